-- shopops store: `sla at-risk` and `sla overdue` (issue 15) read the orders shipped or delivered
-- after their clock (unshipped as of then, whatever their status says now) through these two
-- indexes and V018's on the delivered times, instead of scanning every order with its shipment
-- record (0.8 s on a million orders). An order's shipped time is Fulfilment's (the shipment
-- record's, else the order export's), so the candidates are the orders either table shows shipped
-- after the clock (store.SlaQueries.UNSHIPPED); both indexes are kept by the database inside every
-- writing transaction. Partial (shipped rows only), as V018's. Never edit once landed.
CREATE INDEX orders_shipped ON orders (shipped_at) WHERE shipped_at IS NOT NULL;

CREATE INDEX shipments_shipped ON shipments (shipped_at) WHERE shipped_at IS NOT NULL;
