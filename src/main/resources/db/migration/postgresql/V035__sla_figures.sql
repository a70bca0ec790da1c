-- shopops store on PostgreSQL: the SLA report's figures kept in the writing transaction (issue 15,
-- task perf19); the SQLite twin ../V035__sla_figures.sql says what each column holds. The marks
-- come once per statement, from its transition tables. Migrations splits statements at a ';' that
-- ends a line, so each function body keeps its inner ';' inside the line. Never edit once landed.
CREATE TABLE sla_figures (
  kind       TEXT NOT NULL,
  span_day   BIGINT,
  key_day    TEXT,
  carrier    TEXT,
  province   TEXT,
  settled_at BIGINT NOT NULL,
  counts     TEXT NOT NULL,
  to_ship    BYTEA NOT NULL,
  to_deliver BYTEA NOT NULL
);

CREATE INDEX sla_figures_day ON sla_figures (kind, span_day);

CREATE TABLE sla_figures_dirty (
  hour     BIGINT,
  order_id TEXT
);

CREATE FUNCTION sla_figures_mark_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN INSERT INTO sla_figures_dirty (hour) SELECT DISTINCT coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at) / 3600 FROM gone o; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO sla_figures_dirty (hour) SELECT DISTINCT coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at) / 3600 FROM came o; END IF; RETURN NULL; END $$;

CREATE FUNCTION sla_figures_mark_shipments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT order_id FROM gone; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT order_id FROM came; END IF; RETURN NULL; END $$;

CREATE TRIGGER sla_figures_orders_in AFTER INSERT ON orders
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_orders();

CREATE TRIGGER sla_figures_orders_out AFTER DELETE ON orders
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_orders();

CREATE TRIGGER sla_figures_orders_change AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_orders();

CREATE TRIGGER sla_figures_shipments_in AFTER INSERT ON shipments
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_shipments();

CREATE TRIGGER sla_figures_shipments_out AFTER DELETE ON shipments
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_shipments();

CREATE TRIGGER sla_figures_shipments_change AFTER UPDATE ON shipments
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_shipments();
