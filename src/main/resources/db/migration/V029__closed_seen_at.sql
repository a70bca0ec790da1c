-- shopops store: when an order paid and stored open was first stored closed (review16 Q6). An order
-- paid 10-28 and closed 11-03 had its whole money taken off net_sales on its payment day, so the
-- export that closed it rewrote October, a month already closed. Its refund now counts on the day
-- the money went back: the export's cancelled_at when it gives one (Shopify Cancelled at), else
-- this time: the clock (--now) of the import that first stored the order closed after an import
-- had stored it paid and open (the Tmall 订单报表 and the JD export date no cancellation). NULL for
-- every other order, and for an order first imported already closed: its refund stays on its
-- payment day, as before (store/ReturnFigures). Not an export's time, so not one of the times that
-- say which snapshot is newer (store/Snapshots). Never edit once landed.
ALTER TABLE orders ADD COLUMN closed_seen_at INTEGER;
