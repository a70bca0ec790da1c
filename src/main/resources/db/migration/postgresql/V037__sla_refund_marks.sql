-- shopops store on PostgreSQL: the kept SLA figures follow refunds too (task sla21, tryout20 Y3),
-- as ../V037__sla_refund_marks.sql: a return refunded before or after a write marks its order. The
-- marks come once per statement, from its transition tables. Migrations splits statements at a ';'
-- that ends a line, so the function body keeps its inner ';' inside the line. Never edit once
-- landed.
CREATE FUNCTION sla_figures_mark_refunds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT order_id FROM gone WHERE refunded_at IS NOT NULL; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT order_id FROM came WHERE refunded_at IS NOT NULL; END IF; RETURN NULL; END $$;

CREATE TRIGGER sla_figures_refunds_in AFTER INSERT ON returns
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_refunds();

CREATE TRIGGER sla_figures_refunds_out AFTER DELETE ON returns
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_refunds();

CREATE TRIGGER sla_figures_refunds_change AFTER UPDATE ON returns
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT
  EXECUTE FUNCTION sla_figures_mark_refunds();
