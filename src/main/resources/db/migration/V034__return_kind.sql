-- shopops store: what a return's buyer asked for (task returns19, review19 V7): 'return' (退货: money
-- back for goods sent back, every return stored before this) or 'exchange' (JD 服务类型 换货 / 维修: a
-- replacement or a repair; no refund is owed, no refund deadline runs, its units are not returned
-- units). Never edit once landed.
ALTER TABLE returns ADD COLUMN kind TEXT NOT NULL DEFAULT 'return';
