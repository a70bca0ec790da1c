-- shopops store: paid times inferred from a platform's "paid" status, and refunds read from order
-- exports (issue 12). Never edit once landed.

-- 1 when paid_at was not in the export but inferred from its status (created time of a prepaid
-- order, delivery or completion time of cash on delivery); 0 when the export said it.
ALTER TABLE orders ADD COLUMN paid_at_inferred INTEGER NOT NULL DEFAULT 0;

-- What the platform says was refunded of the order (退款金额, Shopify Refunded Amount), minor units.
ALTER TABLE orders ADD COLUMN refunded INTEGER;

-- Several reviews per order (a buyer's review and its follow-up, or one per item): the key is the
-- order and the review id (the file's, else the review time, else '').
CREATE TABLE reviews_by_id (
  order_id           TEXT NOT NULL,
  review_id          TEXT NOT NULL DEFAULT '',
  rating_description INTEGER,
  rating_service     INTEGER,
  rating_logistics   INTEGER,
  comment            TEXT,
  reviewed_at        INTEGER,
  import_id          INTEGER,
  PRIMARY KEY (order_id, review_id)
);

INSERT INTO reviews_by_id (order_id, review_id, rating_description, rating_service,
    rating_logistics, comment, reviewed_at, import_id)
  SELECT order_id, '', rating_description, rating_service, rating_logistics, comment,
         reviewed_at, import_id
  FROM reviews;

DROP TABLE reviews;

ALTER TABLE reviews_by_id RENAME TO reviews;

CREATE INDEX reviews_reviewed_at ON reviews (reviewed_at);
