-- shopops store: when an order paid and stored open with no refund was first stored with one (a
-- 退款金额 / Refunded Amount above 0.00 in a later export; task timeedge). An order paid 10-28 for
-- 300.00, still open, with 退款金额 100.00 in an export imported on 11-05 had the 100.00 taken off
-- October's net_sales, a month already closed. It now counts on the day the store learnt it: this
-- time, the clock (--now) of the import that first stored a refund on the order after an import had
-- stored it paid without one (the export gives no refund time). NULL for every other order, and
-- for an order first imported with its refund: that stays on its payment day, as before
-- (store/ReturnFigures). Not an export's time, so not one of the times that say which snapshot is
-- newer (store/Snapshots). Never edit once landed.
ALTER TABLE orders ADD COLUMN refund_seen_at INTEGER;
