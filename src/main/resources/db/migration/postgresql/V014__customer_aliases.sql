-- shopops store on PostgreSQL: another id a customer's orders carry, as
-- ../V014__customer_aliases.sql. Never edit this file once it has landed.
CREATE TABLE customer_aliases (
  alias       TEXT COLLATE "C" PRIMARY KEY,
  customer_id TEXT COLLATE "C" NOT NULL
);
