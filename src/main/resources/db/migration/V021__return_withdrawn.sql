-- shopops store: a return closed without a refund by the buyer or the platform (Taobao/Tmall
-- 退款关闭, JD 取消) is its own final step, withdrawn, dated here; it was stored as rejected and
-- counted under 已拒绝 as if the shop had refused it (review11 K20). Never edit once landed.
ALTER TABLE returns ADD COLUMN withdrawn_at INTEGER;
