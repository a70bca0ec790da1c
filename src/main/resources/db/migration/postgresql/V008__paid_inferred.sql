-- shopops store on PostgreSQL, schema version 8: paid times inferred, refunds, several reviews
-- per order, as ../V008__paid_inferred.sql. Never edit this file once it has landed.

ALTER TABLE orders ADD COLUMN paid_at_inferred BIGINT NOT NULL DEFAULT 0;

ALTER TABLE orders ADD COLUMN refunded BIGINT;

CREATE TABLE reviews_by_id (
  order_id           TEXT COLLATE "C" NOT NULL,
  review_id          TEXT COLLATE "C" NOT NULL DEFAULT '',
  rating_description BIGINT,
  rating_service     BIGINT,
  rating_logistics   BIGINT,
  comment            TEXT COLLATE "C",
  reviewed_at        BIGINT,
  import_id          BIGINT,
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
