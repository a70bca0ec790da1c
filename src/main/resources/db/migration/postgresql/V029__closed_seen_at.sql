-- shopops store on PostgreSQL: when an order paid and stored open was first stored closed, as
-- ../V029__closed_seen_at.sql. Never edit this file once it has landed.
ALTER TABLE orders ADD COLUMN closed_seen_at BIGINT;
