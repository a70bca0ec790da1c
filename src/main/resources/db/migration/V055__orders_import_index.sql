-- shopops store: the orders an import wrote, found by their import (load15b; issue 15). The closing
-- steps of an orders import read only its own orders (the currency of new orders, the undated
-- closures and refunds it counts, the shipment records of its orders with parcels): without this
-- index each read the whole orders table, which made a 1-row import into a 100,000-order store
-- cost a scan of every order several times. Never edit once landed.
CREATE INDEX IF NOT EXISTS orders_import ON orders (import_id);
