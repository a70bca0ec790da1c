-- shopops store: what an older shopops stored under a reading it has since corrected (review13 M1):
-- a Tmall/Taobao total net of its refund (before V019, review11 K12), a JD total without its
-- 余额支付 (before V019, K27), a Taobao 退款关闭 / JD 取消 return as rejected by the shop (before
-- V021, K20), a JD order JD holds (锁定/暂停) as cancelled (before review13 M17). Filled once, by
-- the upgrade that adds this table (store/OldReadings): what the store alone could put right is put
-- right and marked repaired; the rest stays listed by `shopops check` (with the file to import
-- again) until an import writes it again. Never edit once landed.
CREATE TABLE old_readings (
  kind      TEXT NOT NULL,              -- order or return
  id        TEXT NOT NULL,              -- its order_id or return_id
  reading   TEXT NOT NULL,              -- paid-net-of-refund, balance-not-counted, closed-as-rejected, held-as-cancelled
  import_id INTEGER,                    -- the import that stored it so
  repaired  INTEGER NOT NULL DEFAULT 0, -- 1: put right by the upgrade from what the store holds
  PRIMARY KEY (kind, id, reading)
);
