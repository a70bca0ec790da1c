package com.shopops.domain.lists;

import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.customers.LifecycleStanding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One customer as the list rules see it: profile, the segment/tier/lifecycle the customers module
 * computed (as names, so that configuration can rename them), consent, last contact and what they
 * bought. The store fills it; the rules never look anything up.
 *
 * @param customerId the shop's customer id (text)
 * @param name may be null
 * @param phone raw, unmasked; the command masks it on output unless {@code --unmasked}
 * @param email may be null
 * @param region 华东, 华南… (may be null)
 * @param province 浙江, 广东… (may be null)
 * @param segment RFM segment name (Champions, At Risk…), null when not segmented
 * @param tier member tier name (普通…钻石), may be null
 * @param lifecycle lifecycle stage name (prospect, first purchase, repeat, loyal, lapsing,
 *     churned), may be null
 * @param acceptsMarketing the customer's marketing consent: {@code TRUE} only when they gave it.
 *     {@code null} (never asked, or the import had no such column) counts as NO consent: PIPL
 *     (个人信息保护法 Art. 13/14, Art. 24 on automated marketing) requires consent to be given, not
 *     presumed, so a promotion list never includes an unknown.
 * @param lastContactAt the last time any list or follow-up reached this customer, null if never
 * @param hasOpenReturnOrComplaint a return not yet closed or a complaint not yet resolved: a
 *     promotion now would read as not listening
 * @param totalSpend everything paid, in fen
 * @param boughtSkus every SKU they bought (empty when unknown)
 * @param boughtCategories every category they bought (empty when unknown)
 * @param lastOrderAt their latest order, null if they never ordered
 * @param purchases their purchase history, oldest first or in any order; only the anniversary and
 *     winback ("usual gap") rules need it, and it may be empty for the others
 * @param currency the currency of {@code totalSpend} (ISO code; null: CNY, or with {@code
 *     otherSpend} a buyer who paid in other currencies only, whose spend is said in those alone)
 * @param otherSpend what they paid in other currencies than {@code currency}, as figures (currency,
 *     amount, orders), empty when nothing: not in {@code totalSpend}, which ranks lists in one
 *     currency (review17 R5); each reason words it in its own language
 */
public record Candidate(
    String customerId,
    String name,
    String phone,
    String email,
    String region,
    String province,
    String segment,
    String tier,
    String lifecycle,
    Boolean acceptsMarketing,
    Instant lastContactAt,
    boolean hasOpenReturnOrComplaint,
    long totalSpend,
    Set<String> boughtSkus,
    Set<String> boughtCategories,
    Instant lastOrderAt,
    List<PastPurchase> purchases,
    String currency,
    List<OtherSpend> otherSpend) {

  public Candidate {
    Objects.requireNonNull(customerId, "customerId");
    boughtSkus = boughtSkus == null ? Set.of() : Set.copyOf(boughtSkus);
    boughtCategories = boughtCategories == null ? Set.of() : Set.copyOf(boughtCategories);
    purchases = purchases == null ? List.of() : List.copyOf(purchases);
    otherSpend = otherSpend == null ? List.of() : List.copyOf(otherSpend);
  }

  /**
   * What they spent, as a list's reason says it: the ranked currency's money, then what they paid
   * in others ({@code spent EUR 10.00; GBP 117.00 (2)}): a buyer who pays in pounds in a euro shop
   * is not a buyer who spent nothing (review17 R5); with no currency (they paid in others only),
   * those only ({@code spent GBP 117.00 (2)}, review19 V9).
   */
  public String spent() {
    if (otherSpend.isEmpty()) {
      return Format.money(totalSpend, currency);
    }
    String others = OtherSpend.english(otherSpend);
    return currency == null ? others : Format.money(totalSpend, currency) + "; " + others;
  }

  /**
   * {@link #spent()} inside a Chinese reason, whose parts are parted by {@code ；}: the currencies
   * parted by {@code ，} ({@code 累计消费 ¥500.00，EUR 25.00（1 单）}, tryout17 U7), not by an ASCII "; "; a
   * buyer who paid in other currencies only: {@code 累计消费 USD 35.00（1 单）} (review19 V9).
   */
  public String spentZh() {
    if (otherSpend.isEmpty()) {
      return Format.money(totalSpend, currency);
    }
    String others = OtherSpend.chinese(otherSpend);
    return currency == null ? others : Format.money(totalSpend, currency) + "，" + others;
  }

  /**
   * Their lifecycle stage's label without the mark of a refunded first purchase ({@code first
   * purchase (refunded)} is a first purchase, review19 V8): what --lifecycle filters match.
   */
  public String lifecycleStage() {
    return lifecycle != null && lifecycle.endsWith(LifecycleStanding.REFUNDED_MARK)
        ? lifecycle.substring(0, lifecycle.length() - LifecycleStanding.REFUNDED_MARK.length())
        : lifecycle;
  }

  /** Whether their lifecycle stage is lapsing or churned (false when it was not computed). */
  public boolean hasLeft() {
    return LifecycleStage.LAPSING.label().equals(lifecycle)
        || LifecycleStage.CHURNED.label().equals(lifecycle);
  }

  /** True only for an explicit yes; unknown is no (see {@link #acceptsMarketing()}). */
  public boolean mayMarketTo() {
    return Boolean.TRUE.equals(acceptsMarketing);
  }

  /**
   * Whether there are customers and not one of them has a consent value, yes or no: consent was
   * never imported, rather than refused (a list left empty for that says how to record it).
   */
  public static boolean noConsentKnown(List<Candidate> candidates) {
    return !candidates.isEmpty() && candidates.stream().allMatch(c -> c.acceptsMarketing() == null);
  }

  public static Builder builder(String customerId) {
    return new Builder(customerId);
  }

  /** For the store's row mapping and for tests: only the fields at hand need setting. */
  public static final class Builder {
    private final String customerId;
    private String name;
    private String phone;
    private String email;
    private String region;
    private String province;
    private String segment;
    private String tier;
    private String lifecycle;
    private Boolean acceptsMarketing;
    private Instant lastContactAt;
    private boolean hasOpenReturnOrComplaint;
    private long totalSpend;
    private Set<String> boughtSkus = Set.of();
    private Set<String> boughtCategories = Set.of();
    private Instant lastOrderAt;
    private List<PastPurchase> purchases = List.of();
    private String currency;
    private List<OtherSpend> otherSpend = List.of();

    private Builder(String customerId) {
      this.customerId = customerId;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder phone(String v) {
      phone = v;
      return this;
    }

    public Builder email(String v) {
      email = v;
      return this;
    }

    public Builder region(String v) {
      region = v;
      return this;
    }

    public Builder province(String v) {
      province = v;
      return this;
    }

    public Builder segment(String v) {
      segment = v;
      return this;
    }

    public Builder tier(String v) {
      tier = v;
      return this;
    }

    public Builder lifecycle(String v) {
      lifecycle = v;
      return this;
    }

    public Builder acceptsMarketing(Boolean v) {
      acceptsMarketing = v;
      return this;
    }

    public Builder lastContactAt(Instant v) {
      lastContactAt = v;
      return this;
    }

    public Builder hasOpenReturnOrComplaint(boolean v) {
      hasOpenReturnOrComplaint = v;
      return this;
    }

    public Builder totalSpend(long v) {
      totalSpend = v;
      return this;
    }

    public Builder boughtSkus(Set<String> v) {
      boughtSkus = v;
      return this;
    }

    public Builder boughtCategories(Set<String> v) {
      boughtCategories = v;
      return this;
    }

    public Builder lastOrderAt(Instant v) {
      lastOrderAt = v;
      return this;
    }

    public Builder purchases(List<PastPurchase> v) {
      purchases = v;
      return this;
    }

    public Builder currency(String v) {
      currency = v;
      return this;
    }

    public Builder otherSpend(List<OtherSpend> v) {
      otherSpend = v;
      return this;
    }

    public Candidate build() {
      return new Candidate(
          customerId,
          name,
          phone,
          email,
          region,
          province,
          segment,
          tier,
          lifecycle,
          acceptsMarketing,
          lastContactAt,
          hasOpenReturnOrComplaint,
          totalSpend,
          boughtSkus,
          boughtCategories,
          lastOrderAt,
          purchases,
          currency,
          otherSpend);
    }
  }
}
