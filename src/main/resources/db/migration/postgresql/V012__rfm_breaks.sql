-- shopops store on PostgreSQL: RFM breaks computed once per version of the customer figures, as
-- ../V012__rfm_breaks.sql. Never edit this file once it has landed.
CREATE TABLE figures_version (
  version BIGINT NOT NULL
);

INSERT INTO figures_version (version) VALUES (1);

CREATE TABLE rfm_breaks (
  as_of_day   TEXT COLLATE "C" NOT NULL,
  method      TEXT COLLATE "C" NOT NULL,
  dimension   TEXT COLLATE "C" NOT NULL,
  k           BIGINT NOT NULL,
  version     BIGINT NOT NULL,
  bound       BIGINT NOT NULL,
  customer_id TEXT COLLATE "C",
  PRIMARY KEY (as_of_day, method, dimension, k)
);
