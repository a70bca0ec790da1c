-- shopops store, schema version 1: settings, import bookkeeping, customers, orders and order lines.
-- Timestamps are INTEGER seconds since the epoch (instants); money is INTEGER minor units (fen/cents).
-- Never edit this file once it has landed: add V002__... instead.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);

CREATE TABLE imports (
  import_id   INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  file        TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  preset      TEXT,
  encoding    TEXT,
  rows_read   INTEGER NOT NULL DEFAULT 0,
  inserted    INTEGER NOT NULL DEFAULT 0,
  updated     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0,
  started_at  INTEGER NOT NULL,
  finished_at INTEGER
);

CREATE TABLE customers (
  customer_id       TEXT PRIMARY KEY,
  name              TEXT,
  phone             TEXT,
  email             TEXT,
  province          TEXT,
  city              TEXT,
  region            TEXT,
  registered_at     INTEGER,
  accepts_marketing INTEGER,
  import_id         INTEGER
);

CREATE TABLE orders (
  order_id        TEXT PRIMARY KEY,
  customer_id     TEXT,
  created_at      INTEGER,
  paid_at         INTEGER,
  shipped_at      INTEGER,
  delivered_at    INTEGER,
  completed_at    INTEGER,
  cancelled_at    INTEGER,
  carrier         TEXT,
  tracking_no     TEXT,
  status          TEXT,
  platform_status TEXT,
  amount          INTEGER,  -- goods paid: the sum of the order's rows
  shipping_fee    INTEGER,
  total           INTEGER,  -- what the buyer paid: amount + shipping_fee unless the export states it
  currency        TEXT,
  province        TEXT,
  city            TEXT,
  region          TEXT,
  source          TEXT,     -- the preset the order came from
  import_id       INTEGER
);

CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_paid_at ON orders (paid_at);

CREATE TABLE order_lines (
  order_id   TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
  line_no    INTEGER NOT NULL,
  sku        TEXT,
  title      TEXT,
  quantity   INTEGER,
  unit_price INTEGER,
  amount     INTEGER,
  import_id  INTEGER,
  PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;
