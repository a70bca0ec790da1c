-- shopops store: why a removed parcel was taken back (`shipments restore-parcel --reason`, tryout22b
-- B8): parcel_removals.restored_reason beside restored_at/by (V043); `shipments list` shows it on the
-- restored row instead of repeating the removal's reason. Never edit once landed.
ALTER TABLE parcel_removals ADD COLUMN restored_reason TEXT;
