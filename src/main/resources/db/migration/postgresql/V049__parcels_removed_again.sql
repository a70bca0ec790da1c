-- shopops store: parcels removed by hand (parcel_removals, not restored) that an order export
-- imported again before session 23 brought back into the order (tryout22b B4, tryout23b A8): the
-- upgrade (store/ParcelStore.removeAgain, in Java: the removal's own steps) takes each out again, from
-- the order's own outbound and its parcels, and makes the order's shipment again from what is left.
-- The triggers mark the SLA and buyers' figures, which the upgrade then adds up again.
-- orders.paid_seen_at (tryout23a A3): the time a presale paid in stages was seen paid, kept when its
-- first outbound capped its paid time (store/StagedPaidSql), so that removing that parcel makes the
-- paid time again from the outbound left. NULL: never capped, or capped before this version.
-- Never edit once landed.
ALTER TABLE orders ADD COLUMN paid_seen_at BIGINT;
