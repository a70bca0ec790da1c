-- shopops store on PostgreSQL: the age of the export an order's snapshot was last taken from, as
-- ../V030__order_snapshot_as_of.sql. Never edit this file once it has landed.
ALTER TABLE orders ADD COLUMN snapshot_as_of BIGINT;
