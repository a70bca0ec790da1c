-- shopops store on PostgreSQL, schema version 3: returns, as ../V003__returns.sql.
-- Never edit this file once it has landed.

CREATE TABLE returns (
  return_id      TEXT COLLATE "C" PRIMARY KEY,
  order_id       TEXT COLLATE "C" NOT NULL,
  sku            TEXT COLLATE "C",
  quantity       BIGINT NOT NULL,
  requested_at   BIGINT,
  approved_at    BIGINT,
  rejected_at    BIGINT,
  received_at    BIGINT,
  refunded_at    BIGINT,
  reason         TEXT COLLATE "C",
  refund_amount  BIGINT NOT NULL DEFAULT 0,
  outside_window BIGINT NOT NULL DEFAULT 0,
  not_eligible   BIGINT NOT NULL DEFAULT 0,
  import_id      BIGINT
);

CREATE INDEX returns_order ON returns (order_id);
