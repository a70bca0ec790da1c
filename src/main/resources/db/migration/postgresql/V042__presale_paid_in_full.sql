-- shopops store: a presale paid in stages is a purchase on the day it is paid in full (tryout21 Z2;
-- DOMAIN.md 1.4: 支付金额 "预售分阶段付款付清当天才计入"). orders.deposited_at holds its deposit (定金)
-- time; orders.paid_at, what every figure of purchases counts by, is none while only the deposit is
-- paid and the time the balance (尾款) was seen paid after (StagedPayment). A presale stored held
-- pending with a paid time has only its deposit paid (review20 X6): that time moves to the new
-- column (the triggers mark its buyer's and its hour's figures to be added up again). Never edit
-- once landed.
ALTER TABLE orders ADD COLUMN deposited_at BIGINT;

UPDATE orders SET deposited_at = paid_at, paid_at = NULL
 WHERE order_type = 'presale' AND status = 'pending' AND paid_at IS NOT NULL
   AND paid_at_inferred = 0;
