-- shopops store: `returns eligible` (issue 15) reads the orders delivered in the last days of the
-- no-reason window through these two indexes instead of scanning every order. An order's delivered
-- time is Fulfilment's (the shipment record's, else the order export's), so the candidates are the
-- orders either table shows delivered in the window (store.ReturnStore.deliveredBetween); both
-- indexes are kept by the database inside every writing transaction. Partial (delivered rows only):
-- a query for the orders not delivered yet (`sla at-risk`, `delivered_at IS NULL`) keeps reading
-- the small orders_unshipped (V002) instead. Never edit once landed.
CREATE INDEX orders_delivered ON orders (delivered_at) WHERE delivered_at IS NOT NULL;

CREATE INDEX shipments_delivered ON shipments (delivered_at) WHERE delivered_at IS NOT NULL;
