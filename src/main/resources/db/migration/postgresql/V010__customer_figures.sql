-- shopops store on PostgreSQL, schema version 10: each buyer's purchases added up, as
-- ../V010__customer_figures.sql. The triggers are plpgsql functions; Migrations splits statements
-- at a ';' that ends a line, so each function body keeps its inner ';' inside the line.
-- Never edit this file once it has landed.
CREATE TABLE customer_figures (
  customer_id  TEXT COLLATE "C" NOT NULL,
  currency     TEXT COLLATE "C" NOT NULL,
  orders       BIGINT NOT NULL,
  first_paid   BIGINT NOT NULL,
  last_paid    BIGINT NOT NULL,
  gross        BIGINT NOT NULL,
  refunded     BIGINT NOT NULL,
  last_refund  BIGINT,
  order_region TEXT COLLATE "C",
  inferred     BIGINT NOT NULL,
  PRIMARY KEY (customer_id, currency)
);

CREATE TABLE customer_figures_dirty (
  customer_id TEXT COLLATE "C" NOT NULL
);

CREATE FUNCTION customer_figures_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id) VALUES (new.customer_id); RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id) VALUES (old.customer_id); RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT old.customer_id WHERE old.customer_id IS NOT NULL
    UNION ALL SELECT new.customer_id WHERE new.customer_id IS DISTINCT FROM old.customer_id
      AND new.customer_id IS NOT NULL; RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_return_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders WHERE order_id = new.order_id AND customer_id IS NOT NULL
  ; RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_return_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders WHERE order_id = old.order_id AND customer_id IS NOT NULL
  ; RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_return_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM orders
     WHERE order_id IN (old.order_id, new.order_id) AND customer_id IS NOT NULL
  ; RETURN NULL; END $$;

CREATE TRIGGER customer_figures_order_in AFTER INSERT ON orders FOR EACH ROW
  WHEN (new.customer_id IS NOT NULL) EXECUTE FUNCTION customer_figures_mark_new();

CREATE TRIGGER customer_figures_order_out AFTER DELETE ON orders FOR EACH ROW
  WHEN (old.customer_id IS NOT NULL) EXECUTE FUNCTION customer_figures_mark_old();

CREATE TRIGGER customer_figures_order_change
  AFTER UPDATE OF customer_id, paid_at, status, amount, shipping_fee, total, currency, region,
    paid_at_inferred ON orders FOR EACH ROW
  WHEN (old.customer_id IS DISTINCT FROM new.customer_id
    OR old.paid_at IS DISTINCT FROM new.paid_at
    OR old.status IS DISTINCT FROM new.status OR old.amount IS DISTINCT FROM new.amount
    OR old.shipping_fee IS DISTINCT FROM new.shipping_fee OR old.total IS DISTINCT FROM new.total
    OR old.currency IS DISTINCT FROM new.currency OR old.region IS DISTINCT FROM new.region
    OR old.paid_at_inferred IS DISTINCT FROM new.paid_at_inferred)
  EXECUTE FUNCTION customer_figures_mark_change();

CREATE TRIGGER customer_figures_return_in AFTER INSERT ON returns FOR EACH ROW
  EXECUTE FUNCTION customer_figures_mark_return_new();

CREATE TRIGGER customer_figures_return_out AFTER DELETE ON returns FOR EACH ROW
  EXECUTE FUNCTION customer_figures_mark_return_old();

CREATE TRIGGER customer_figures_return_change
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns FOR EACH ROW
  WHEN (old.order_id IS DISTINCT FROM new.order_id
    OR old.refunded_at IS DISTINCT FROM new.refunded_at
    OR old.refund_amount IS DISTINCT FROM new.refund_amount)
  EXECUTE FUNCTION customer_figures_mark_return_change();

-- The figures of the store as it is (store.CustomerFigureUpkeep.REBUILD in this dialect).
INSERT INTO customer_figures (customer_id, currency, orders, first_paid, last_paid, gross,
    refunded, last_refund, order_region, inferred)
  SELECT o.customer_id, coalesce(o.currency, ''), count(*), min(o.paid_at), max(o.paid_at),
         sum(coalesce(o.total, coalesce(o.amount, 0) + coalesce(o.shipping_fee, 0))),
         coalesce(sum((SELECT sum(x.refund_amount) FROM returns x WHERE x.order_id = o.order_id
                         AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)), 0),
         max((SELECT max(x.refunded_at) FROM returns x WHERE x.order_id = o.order_id
                AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)),
         max(o.region), sum(o.paid_at_inferred)
    FROM orders o
   WHERE o.paid_at IS NOT NULL AND o.status IS DISTINCT FROM 'cancelled'
     AND o.customer_id IS NOT NULL
   GROUP BY o.customer_id, coalesce(o.currency, '');
