-- shopops store on PostgreSQL, schema version 19: whether an order's amount and total were read or
-- derived, as ../V019__money_derived.sql. Never edit this file once it has landed.

ALTER TABLE orders ADD COLUMN amount_derived BIGINT NOT NULL DEFAULT 0;

ALTER TABLE orders ADD COLUMN total_derived BIGINT NOT NULL DEFAULT 0;
