-- shopops store: when the export a stored line item came from was made (epoch seconds, NULL: not
-- known), written with the line (lines29; tryout28a A1). An items file does not advance the order's
-- exported_at (that is the order snapshot's time), so a file of line items was compared with the
-- order's time and an items file older than the stored lines replaced them. The lines' own time is
-- what a later file of lines is held against. Lines stored before: the order's export time, the
-- one known. Never edit once landed.
ALTER TABLE order_lines ADD COLUMN exported_at INTEGER;
UPDATE order_lines SET exported_at = (SELECT o.exported_at FROM orders o WHERE o.order_id = order_lines.order_id);
