-- shopops store: another id a customer's orders carry (Olist gives every order a customer_id of
-- its own; the person is customer_unique_id). Written by the customers import, read by every
-- orders import, so that the orders stay on the person whichever file comes first or again.
-- Never edit once landed.
CREATE TABLE customer_aliases (
  alias       TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL
);
