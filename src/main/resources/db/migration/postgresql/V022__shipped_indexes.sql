-- shopops store on PostgreSQL: the indexes of `sla at-risk` on the shipped times, partial as
-- ../V022__shipped_indexes.sql. Never edit this file once it has landed.
CREATE INDEX orders_shipped ON orders (shipped_at) WHERE shipped_at IS NOT NULL;

CREATE INDEX shipments_shipped ON shipments (shipped_at) WHERE shipped_at IS NOT NULL;
