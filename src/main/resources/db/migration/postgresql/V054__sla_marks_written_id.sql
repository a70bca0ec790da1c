-- shopops store: an order write's SLA mark names the order it wrote (written_id) beside its hour,
-- so that the kept SLA figures can be brought up to date by deltas after an orders import too
-- (sla27; SlaFigureUpkeep.Deltas): at commit every mark must be of an order read before the
-- transaction wrote it. The hour stays the mark the other paths read (order_id stays NULL for an
-- order write, a shipment's or a refund's mark is still order_id alone). Never edit once landed.
ALTER TABLE sla_figures_dirty ADD COLUMN written_id TEXT;

CREATE OR REPLACE FUNCTION sla_figures_mark_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN INSERT INTO sla_figures_dirty (hour, written_id) SELECT coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at) / 3600, o.order_id FROM gone o; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO sla_figures_dirty (hour, written_id) SELECT coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at) / 3600, o.order_id FROM came o; END IF; RETURN NULL; END $$;
