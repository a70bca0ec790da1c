-- shopops store: each buyer's purchases added up, kept in the writing transaction (issue 15) so
-- that customer reports and segmentations read one row per buyer instead of every paid order.
-- Never edit once landed.
--
-- One row per customer and order currency ('' for an order without one) over the purchases: paid
-- (paid_at set), not cancelled orders with a customer. gross is what the orders brought in (the
-- total, else goods + shipping); refunded what returns refunded of them (refunded_at and
-- refund_amount set), last_refund the latest of those refund times. These are the all-history
-- figures: a report as of an instant before the latest paid or refund time adds up the raw rows.
CREATE TABLE customer_figures (
  customer_id  TEXT NOT NULL,
  currency     TEXT NOT NULL,
  orders       INTEGER NOT NULL,
  first_paid   INTEGER NOT NULL,
  last_paid    INTEGER NOT NULL,
  gross        INTEGER NOT NULL,
  refunded     INTEGER NOT NULL,
  last_refund  INTEGER,
  order_region TEXT,            -- max(region) of the purchases
  inferred     INTEGER NOT NULL, -- purchases whose paid time was inferred from their status
  PRIMARY KEY (customer_id, currency)
) WITHOUT ROWID;

-- Customers whose figures a write changed: marked by the triggers below, refreshed from the raw
-- rows before the transaction commits (store.CustomerFigureUpkeep). Empty between transactions.
-- Rows are only appended (a customer may appear more than once): a trigger's OR IGNORE would give
-- way to the conflict clause of the statement that fired it.
CREATE TABLE customer_figures_dirty (
  customer_id TEXT NOT NULL
);

-- A trigger's last statement ends on the line of its END (Migrations splits at a line-end ';').
CREATE TRIGGER customer_figures_order_in AFTER INSERT ON orders
  WHEN new.customer_id IS NOT NULL
BEGIN
  INSERT INTO customer_figures_dirty (customer_id) VALUES (new.customer_id); END;

CREATE TRIGGER customer_figures_order_out AFTER DELETE ON orders
  WHEN old.customer_id IS NOT NULL
BEGIN
  INSERT INTO customer_figures_dirty (customer_id) VALUES (old.customer_id); END;

CREATE TRIGGER customer_figures_order_change
  AFTER UPDATE OF customer_id, paid_at, status, amount, shipping_fee, total, currency, region,
    paid_at_inferred ON orders
  WHEN old.customer_id IS NOT new.customer_id OR old.paid_at IS NOT new.paid_at
    OR old.status IS NOT new.status OR old.amount IS NOT new.amount
    OR old.shipping_fee IS NOT new.shipping_fee OR old.total IS NOT new.total
    OR old.currency IS NOT new.currency OR old.region IS NOT new.region
    OR old.paid_at_inferred IS NOT new.paid_at_inferred
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT old.customer_id WHERE old.customer_id IS NOT NULL
    UNION ALL SELECT new.customer_id WHERE new.customer_id IS NOT old.customer_id
      AND new.customer_id IS NOT NULL; END;

CREATE TRIGGER customer_figures_return_in AFTER INSERT ON returns
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders WHERE order_id = new.order_id AND customer_id IS NOT NULL; END;

CREATE TRIGGER customer_figures_return_out AFTER DELETE ON returns
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders WHERE order_id = old.order_id AND customer_id IS NOT NULL; END;

CREATE TRIGGER customer_figures_return_change
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns
  WHEN old.order_id IS NOT new.order_id OR old.refunded_at IS NOT new.refunded_at
    OR old.refund_amount IS NOT new.refund_amount
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders
     WHERE order_id IN (old.order_id, new.order_id) AND customer_id IS NOT NULL; END;

-- The figures of the store as it is (store.CustomerFigureUpkeep.REBUILD, the same statement).
INSERT INTO customer_figures (customer_id, currency, orders, first_paid, last_paid, gross,
    refunded, last_refund, order_region, inferred)
  SELECT o.customer_id, coalesce(o.currency, ''), count(*), min(o.paid_at), max(o.paid_at),
         sum(coalesce(o.total, coalesce(o.amount, 0) + coalesce(o.shipping_fee, 0))),
         coalesce(sum((SELECT sum(x.refund_amount) FROM returns x WHERE x.order_id = o.order_id
                         AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)), 0),
         max((SELECT max(x.refunded_at) FROM returns x WHERE x.order_id = o.order_id
                AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)),
         max(o.region), sum(o.paid_at_inferred)
    FROM orders o NOT INDEXED
   WHERE o.paid_at IS NOT NULL AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL
   GROUP BY o.customer_id, coalesce(o.currency, '');
