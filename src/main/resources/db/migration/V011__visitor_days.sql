-- shopops store: exact distinct visitors without a scan of the events (issue 15). One row per
-- calendar day in the store zone that has events: the visitor numbers (visitors.visitor) with an
-- event that day, as a RoaringBitmap in its portable serialization, the number of them, and the
-- day's page views (events of type 1). UV over a week, a month or a year is the size of the union
-- of its days' sets; PV is the sum. The events import keeps them in its own transaction.
-- Never edit once landed.
CREATE TABLE visitor_days (
  date     TEXT PRIMARY KEY,             -- YYYY-MM-DD, a calendar day in the store zone
  visitors BLOB NOT NULL,                -- RoaringBitmap (portable format) of visitor numbers
  uv       INTEGER NOT NULL,             -- how many visitors the set holds
  pv       INTEGER NOT NULL              -- views that day
);

-- A store whose events were imported before this version has no day sets yet: until the next
-- events import builds them, UV and PV are counted from the events as before.
INSERT INTO settings (key, value)
  SELECT 'visitor_days_stale', '1' WHERE EXISTS (SELECT 1 FROM events);
