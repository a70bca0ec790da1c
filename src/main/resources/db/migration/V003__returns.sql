-- Returns (退货退款), SPEC §5: one row per return of some units of one SKU of one order.
-- The step is not stored: it follows from which of the five step times are set (ReturnRecord).
-- outside_window / not_eligible are the flags computed when the return was recorded (ReturnFlags):
-- a no-reason request at or after 24:00 of the 7th day after delivery, or of an excluded item.

CREATE TABLE returns (
  return_id      TEXT PRIMARY KEY,
  order_id       TEXT NOT NULL,
  sku            TEXT,               -- null: the whole order
  quantity       INTEGER NOT NULL,
  requested_at   INTEGER,
  approved_at    INTEGER,
  rejected_at    INTEGER,
  received_at    INTEGER,
  refunded_at    INTEGER,
  reason         TEXT,               -- no_reason, quality, wrong_item, damaged, other
  refund_amount  INTEGER NOT NULL DEFAULT 0,
  outside_window INTEGER NOT NULL DEFAULT 0,
  not_eligible   INTEGER NOT NULL DEFAULT 0,
  import_id      INTEGER
);

CREATE INDEX returns_order ON returns (order_id);
