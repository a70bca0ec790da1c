-- shopops store: the age of the export an order's snapshot was last taken from (review R4), epoch
-- seconds: the newest time (created, paid, shipped, delivered, completed, cancelled) of any order
-- in that file. Two exports that show an order at the same status, times and refund (an order
-- edited in the shop: a line taken off, a quantity changed) are told apart by it: the newer file's
-- lines and money replace the stored ones, an older file's change nothing of it (store/Snapshots).
-- NULL when no file told it (orders stored before this migration, a file with no times): such a
-- snapshot is the same as any other of equal status, times and refund, and their lines are merged
-- as before. Never edit once landed.
ALTER TABLE orders ADD COLUMN snapshot_as_of INTEGER;
