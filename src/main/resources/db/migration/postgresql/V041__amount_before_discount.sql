-- shopops store: one meaning of an order's amount for every source (tryout21 Z12): the goods before
-- the order's discount (what its lines list), the discount beside it, so that total = amount −
-- discount + shipping. A Taobao/Tmall order whose 宝贝报表 showed a discount (满减, shop coupons;
-- review20 X5, V030) was stored with its amount after it (订单报表 买家应付货款): its discount is added
-- back. Every other source already held the goods before the discount. The kept customer and SLA
-- figures read the total, not the amount: the triggers this update fires mark them and they come out
-- the same. Never edit once landed.
UPDATE orders SET amount = amount + discount
  WHERE source IN ('taobao-orders', 'taobao-suborders')
    AND amount IS NOT NULL AND discount IS NOT NULL AND discount <> 0;
