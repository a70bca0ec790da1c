package com.shopops.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Offer;
import com.shopops.domain.lists.OfferTable;
import org.junit.jupiter.api.Test;

/**
 * {@code lists.offers} laid over the built-in table, and the built-in table of a store's currency.
 */
class OfferTableConfigTest {
  private static String code(OfferTable t, String segment, String tier) {
    Offer o = t.offerFor(segment, tier);
    return o.code();
  }

  /** review12 L20: setting one segment's offer keeps every other built-in offer. */
  @Test
  void oneSegmentsOfferKeepsTheOthersBuiltInOffers() {
    OfferTable t =
        ListsConfig.offers(
            "{\"segments\":{\"Need Attention\":{\"code\":\"gbp5\",\"en\":\"£5 off orders over"
                + " £40\"}},\"tiers\":{\"金牌\":\"gold-gift\"}}",
            "GBP");
    assertEquals("gbp5", code(t, "Need Attention", null));
    assertEquals("vip-early-access", code(t, "Champions", null));
    assertEquals("member-price", code(t, "Loyal Customers", null));
    assertEquals("winback-coupon", code(t, "Lost", null));
    assertEquals("gold-gift", code(t, null, "金牌"));
    assertEquals("member-price", code(t, null, "钻石"));
    assertEquals("new-arrivals", code(t, null, null));
  }

  /** review12 L4: the built-in ¥ coupon is a CNY store's; another currency gets a plain coupon. */
  @Test
  void theBuiltInCouponIsInYuanOnlyInACnyStore() {
    assertEquals("coupon-200-30", code(ListsConfig.offers("", "CNY"), "At Risk", null));
    OfferTable gbp = ListsConfig.offers("", "GBP");
    assertEquals("coupon", code(gbp, "At Risk", null));
    assertEquals("discount coupon", gbp.offerFor("At Risk", null).en());
    assertEquals("优惠券", gbp.offerFor("At Risk", null).zh());
  }
}
