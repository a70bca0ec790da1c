-- shopops store: the SLA report's figures kept in the writing transaction (issue 15, task perf19),
-- so that `sla report` by day, week, carrier or province reads one row per day, carrier and
-- province instead of classifying every order. Never edit once landed.
--
-- Three groupings of the same orders (kind 'day', 'carrier', 'province'): one row per local
-- day of the order's clock (span_day, the epoch day in the store zone of store.SlaQueries.CLOCK:
-- the day a period holds the order by; NULL for an order without any time) and the report's day
-- of the order (key_day, 'YYYY-MM-DD'; NULL: none) for 'day', its carrier for 'carrier', its
-- province for 'province' (the other two columns NULL), over the orders classified as they end (domain.sla.SlaClassifier
-- SETTLED) under the rules named by the setting sla_figures.rules. settled_at: the epoch second
-- from which every order of the row is classified so (SlaClassifier.settledFrom); a report as of
-- an earlier instant classifies the day's orders anew. counts: the tally's and the notes' counts
-- (domain.sla.SlaTally, SlaNotes), comma-separated; to_ship, to_deliver: the hours' samples in
-- seconds, sorted, each in 4 bytes (big-endian) after a first byte 4, or in 8 after a first byte 8
-- when one needs more.
CREATE TABLE sla_figures (
  kind       TEXT NOT NULL,
  span_day   INTEGER,
  key_day    TEXT,
  carrier    TEXT,
  province   TEXT,
  settled_at INTEGER NOT NULL,
  counts     TEXT NOT NULL,
  to_ship    BLOB NOT NULL,
  to_deliver BLOB NOT NULL
);

CREATE INDEX sla_figures_day ON sla_figures (kind, span_day);

-- What the transaction's writes changed, classified again before it commits
-- (store.SlaFigureUpkeep), day by day: the hours (epoch second / 3600 of the order's clock; NULL:
-- an order without one) of the orders written, before and after, with order_id NULL; the ids of
-- the orders whose shipments were written (hour NULL). Only appended (a trigger's OR IGNORE would
-- give way to the conflict clause of the statement that fired it); empty between transactions.
CREATE TABLE sla_figures_dirty (
  hour     INTEGER,
  order_id TEXT
);

CREATE TRIGGER sla_figures_order_in AFTER INSERT ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour) VALUES (coalesce(CASE WHEN new.cash_on_delivery = 1 THEN new.created_at END, new.paid_at, new.created_at) / 3600); END;

CREATE TRIGGER sla_figures_order_out AFTER DELETE ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour) VALUES (coalesce(CASE WHEN old.cash_on_delivery = 1 THEN old.created_at END, old.paid_at, old.created_at) / 3600); END;

CREATE TRIGGER sla_figures_order_change AFTER UPDATE ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour)
    VALUES (coalesce(CASE WHEN old.cash_on_delivery = 1 THEN old.created_at END, old.paid_at, old.created_at) / 3600),
      (coalesce(CASE WHEN new.cash_on_delivery = 1 THEN new.created_at END, new.paid_at, new.created_at) / 3600); END;

CREATE TRIGGER sla_figures_shipment_in AFTER INSERT ON shipments
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (new.order_id); END;

CREATE TRIGGER sla_figures_shipment_out AFTER DELETE ON shipments
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id); END;

CREATE TRIGGER sla_figures_shipment_change AFTER UPDATE ON shipments
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id), (new.order_id); END;
