-- shopops store: when the export that stored an order was made (task exportage, review18 T9,
-- tryout17 U1): `import orders --exported-at`, else the time in a Taobao/Tmall download's name
-- (ExportOrderList202611201000.csv). NULL when not known (every order stored before this version).
-- Two exports of the same snapshot of an order (same status, times and refund) that both have one:
-- the later export wins whole (store/Snapshots); either unknown: their lines are merged as before.
-- An items-only file made before the stored export changes nothing. Not a time of the order, so
-- not one of the times that say which snapshot is newer. Never edit once landed.
ALTER TABLE orders ADD COLUMN exported_at INTEGER;
