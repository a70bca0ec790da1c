-- shopops store on PostgreSQL: the indexes of `returns eligible` on the delivered times, partial
-- as ../V018__delivered_indexes.sql. Never edit this file once it has landed.
CREATE INDEX orders_delivered ON orders (delivered_at) WHERE delivered_at IS NOT NULL;

CREATE INDEX shipments_delivered ON shipments (delivered_at) WHERE delivered_at IS NOT NULL;
