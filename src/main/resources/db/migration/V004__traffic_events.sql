-- shopops store: traffic (daily figures), raw events, reviews and products (issue 5, metrics).
-- Times are INTEGER epoch seconds, money INTEGER minor units. Never edit once landed.

-- Daily figures as the platforms export them (生意参谋 / 京东商智 流量): one row per day and channel.
-- channel '' is the store total of that day; without it the day's total is the sum of its channels.
CREATE TABLE traffic (
  date      TEXT NOT NULL,               -- YYYY-MM-DD, a calendar day in the store zone
  channel   TEXT NOT NULL DEFAULT '',
  pv        INTEGER,
  uv        INTEGER,
  import_id INTEGER,
  PRIMARY KEY (date, channel)
) WITHOUT ROWID;

-- Visitor ids interned to small integers so that millions of events stay compact.
CREATE TABLE visitors (
  visitor    INTEGER PRIMARY KEY,
  visitor_id TEXT NOT NULL UNIQUE        -- as imported; for access logs "IP user-agent"
);

-- Raw events, clustered by time so that a period is one range scan. The key makes a re-import of
-- the same events a no-op: one visitor doing the same thing to the same SKU in the same second is
-- one event. type: 0 other, 1 view, 2 cart, 3 order, 4 pay, 5 fav.
CREATE TABLE events (
  time      INTEGER NOT NULL,
  visitor   INTEGER NOT NULL REFERENCES visitors (visitor),
  type      INTEGER NOT NULL,
  sku       TEXT NOT NULL DEFAULT '',
  session   TEXT,
  import_id INTEGER,
  PRIMARY KEY (time, visitor, type, sku)
) WITHOUT ROWID;

-- Buyer reviews (Taobao DSR / JD 评价): three 1–5 ratings per order.
CREATE TABLE reviews (
  order_id           TEXT PRIMARY KEY,
  rating_description INTEGER,
  rating_service     INTEGER,
  rating_logistics   INTEGER,
  comment            TEXT,
  reviewed_at        INTEGER,
  import_id          INTEGER
);

CREATE INDEX reviews_reviewed_at ON reviews (reviewed_at);

-- The catalogue, for the pre-sale part of the scorecard.
CREATE TABLE products (
  sku             TEXT PRIMARY KEY,
  title           TEXT,
  category        TEXT,
  price           INTEGER,
  stock           INTEGER,
  has_description INTEGER,                -- 1/0, NULL when the export does not say
  has_image       INTEGER,
  import_id       INTEGER
);
