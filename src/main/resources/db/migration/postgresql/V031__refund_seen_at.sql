-- shopops store on PostgreSQL: when an order paid and stored open with no refund was first stored
-- with one, as ../V031__refund_seen_at.sql. Never edit this file once it has landed.
ALTER TABLE orders ADD COLUMN refund_seen_at BIGINT;
