-- shopops store on PostgreSQL: when the export that stored an order was made, as
-- ../V032__exported_at.sql. Never edit this file once it has landed.
ALTER TABLE orders ADD COLUMN exported_at BIGINT;
