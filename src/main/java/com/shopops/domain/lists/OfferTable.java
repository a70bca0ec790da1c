package com.shopops.domain.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The suggested offer for a customer: by RFM segment first (it says what the customer is doing
 * now), else by member tier, else the default. Keys are matched ignoring case, spaces and
 * punctuation. Built from plain maps so that a configuration file can replace {@link #defaults()}.
 */
public record OfferTable(Map<String, Offer> bySegment, Map<String, Offer> byTier, Offer fallback) {

  public OfferTable {
    Objects.requireNonNull(fallback, "fallback");
    bySegment = normalised(bySegment);
    byTier = normalised(byTier);
  }

  public Offer offerFor(String segment, String tier) {
    Offer o = segment == null ? null : bySegment.get(Keys.of(segment));
    if (o == null && tier != null) {
      o = byTier.get(Keys.of(tier));
    }
    return o != null ? o : fallback;
  }

  /**
   * The customer's offer; a {@linkplain Offer#isWinback win-back} offer only when their lifecycle
   * is lapsing or churned: over a short history the lowest R scores (Lost…) hold buyers of last
   * week, who get their tier's offer, else the default (review11 K22). The candidate's lifecycle
   * must have been computed when the table {@link #hasWinback has a win-back offer}.
   */
  public Offer offerFor(Candidate c) {
    Offer o = offerFor(c.segment(), c.tier());
    if (o.isWinback() && !c.hasLeft()) {
      o = offerFor(null, c.tier());
      if (o.isWinback()) {
        o = fallback.isWinback() ? NOT_LEFT : fallback;
      }
    }
    return o;
  }

  /** The offer of a buyer who has not left when every other offer is a win-back one. */
  static final Offer NOT_LEFT = new Offer("new-arrivals", "新品上新提醒", "new-arrival notice");

  /** Whether some offer is a win-back one (its customers' lifecycle is needed). */
  public boolean hasWinback() {
    return fallback.isWinback()
        || bySegment.values().stream().anyMatch(Offer::isWinback)
        || byTier.values().stream().anyMatch(Offer::isWinback);
  }

  /** The built-in table of a CNY store. */
  public static OfferTable defaults() {
    return defaults("CNY");
  }

  /**
   * The built-in table, for the default R `rfm` segment names and tier names. Its one offer with an
   * amount (满200减30, ¥30 off orders over ¥200) is in yuan: a store in another currency gets a plain
   * discount coupon instead (review12 L4), its amounts set with {@code lists.offers}.
   */
  public static OfferTable defaults(String storeCurrency) {
    Offer vipEarly =
        new Offer("vip-early-access", "VIP 新品抢先购 / 会员专享价", "VIP early access / member price");
    Offer memberPrice = new Offer("member-price", "会员专享价", "member price");
    Offer coupon =
        storeCurrency == null || storeCurrency.equalsIgnoreCase("CNY")
            ? new Offer("coupon-200-30", "满200减30优惠券", "¥30 off orders over ¥200")
            : new Offer("coupon", "优惠券", "discount coupon");
    Offer winback = new Offer("winback-coupon", "回归专享券", "win-back coupon");
    Offer newcomer = new Offer("new-customer-coupon", "新人券", "new-customer coupon");
    Offer arrivals = NOT_LEFT;
    Map<String, Offer> seg = new LinkedHashMap<>();
    seg.put("Champions", vipEarly);
    seg.put("Loyal Customers", memberPrice);
    seg.put("Potential Loyalist", memberPrice);
    seg.put("New Customers", newcomer);
    seg.put("Promising", newcomer);
    seg.put("Need Attention", coupon);
    seg.put("About To Sleep", coupon);
    seg.put("At Risk", coupon);
    seg.put("Can't Lose Them", winback);
    seg.put("Lost", winback);
    Map<String, Offer> tier = new LinkedHashMap<>();
    tier.put("钻石", memberPrice);
    tier.put("白金", memberPrice);
    return new OfferTable(seg, tier, arrivals);
  }

  private static Map<String, Offer> normalised(Map<String, Offer> m) {
    Map<String, Offer> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              out.put(Keys.of(k), v);
            }
          });
    }
    return Map.copyOf(out);
  }
}
