-- shopops store: the discount on the whole order and its code, as the export states them (Shopify
-- `Discount Amount`, `Discount Code`; a `discount` / `discount_code` column of a mapping file). The
-- lines' amounts do not take it off, so `orders show` could not say how the total comes about:
-- total = amount − discount + shipping_fee + taxes (review R20). NULL where the export has no such
-- column: orders stored before keep NULL until their export is imported again.
-- Never edit once landed.
ALTER TABLE orders ADD COLUMN discount INTEGER;

ALTER TABLE orders ADD COLUMN discount_code TEXT;
