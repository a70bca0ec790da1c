-- shopops store: buyers of two platforms (review14 N2, N5). A Taobao/Tmall 买家会员名 and a JD 下单帐号
-- of the same text are two people: the Taobao/Tmall buyer keeps the text, the JD one is jd:<text>
-- (domain/customers/BuyerAccounts), whatever order the exports came in. The upgrade that adds this
-- table (store/TwoPlatformBuyers) splits each buyer an older shopops merged across the two platforms
-- (their orders carry their platform) and moves the buyers a store of schema 25-27 scoped the other
-- way (taobao:<text>). A split buyer's contact data (name, phone, email) cannot be told apart: it is
-- cleared on both, the address taken from each one's own latest order, and the buyer is listed here
-- with the file to import again, named by `shopops check` until that file is imported again or an
-- import fills the buyer in. Never edit once landed.
CREATE TABLE buyer_splits (
  customer_id TEXT PRIMARY KEY, -- a buyer split from another platform's buyer of the same text
  import_id   INTEGER           -- the latest import that wrote its orders: the file to import again
);
