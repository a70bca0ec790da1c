package com.shopops.domain.lists;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code export promotion}: who gets today's promotion. A customer is chosen when they match every
 * criterion and pass the guards, checked in {@link Exclusion} order; chosen customers are ordered
 * most valuable first — total spend descending, then customer id — and the limit is applied after
 * ordering, so {@code --limit 100} takes the 100 best.
 */
public final class PromotionSelector {
  private PromotionSelector() {}

  /** Most valuable first: spend descending, then customer id (text order) for a stable list. */
  static final Comparator<Candidate> MOST_VALUABLE_FIRST =
      Comparator.comparingLong(Candidate::totalSpend)
          .reversed()
          .thenComparing(Candidate::customerId);

  /**
   * @param asOf the clock and the store zone: day boundaries for {@code since} and the cool-down
   */
  public static Selection<PromotionRow> select(
      List<Candidate> candidates,
      PromotionCriteria criteria,
      OfferTable offers,
      ZonedDateTime asOf) {
    Matcher matcher = new Matcher(criteria, asOf);
    Selection.Counter counter = new Selection.Counter();
    List<Candidate> eligible = new ArrayList<>();
    for (Candidate c : candidates) {
      Exclusion why = exclusion(c, matcher, criteria.cooldownDays(), asOf);
      if (why == null) {
        eligible.add(c);
      } else {
        counter.add(why);
      }
    }
    eligible.sort(MOST_VALUABLE_FIRST);
    int n =
        criteria.limit() == null ? eligible.size() : Math.min(criteria.limit(), eligible.size());
    List<PromotionRow> rows = new ArrayList<>(n);
    for (Candidate c : eligible.subList(0, n)) {
      rows.add(new PromotionRow(c, matcher.reason(c), offers.offerFor(c)));
    }
    return new Selection<>(rows, counter.counts(), eligible.size());
  }

  /** The first rule that leaves the customer out, or null when they may be on the list. */
  static Exclusion exclusion(Candidate c, Matcher matcher, int cooldownDays, ZonedDateTime asOf) {
    if (!matcher.matches(c)) {
      return Exclusion.NOT_MATCHING;
    }
    return guard(c, cooldownDays, asOf);
  }

  /** The marketing guards every promotional list shares: consent, open issue, cool-down. */
  static Exclusion guard(Candidate c, int cooldownDays, ZonedDateTime asOf) {
    if (!c.mayMarketTo()) {
      return Exclusion.NO_CONSENT;
    }
    if (c.hasOpenReturnOrComplaint()) {
      return Exclusion.OPEN_RETURN_OR_COMPLAINT;
    }
    if (Cooldown.within(c.lastContactAt(), cooldownDays, asOf)) {
      return Exclusion.COOLING_DOWN;
    }
    return null;
  }

  /** The criteria with their names normalised once, not once per customer. */
  static final class Matcher {
    private final PromotionCriteria criteria;
    private final Set<String> segments;
    private final Set<String> tiers;
    private final Set<String> lifecycles;
    private final Set<String> regions;
    private final ZoneId zone;

    Matcher(PromotionCriteria criteria, ZonedDateTime asOf) {
      this.criteria = criteria;
      this.zone = asOf.getZone();
      this.segments = Keys.of(criteria.segments());
      this.tiers = Keys.of(criteria.tiers());
      this.lifecycles = Keys.of(criteria.lifecycles());
      this.regions = Keys.of(criteria.regions());
    }

    boolean matches(Candidate c) {
      if (!segments.isEmpty() && !Keys.in(segments, c.segment())) {
        return false;
      }
      if (!tiers.isEmpty() && !Keys.in(tiers, c.tier())) {
        return false;
      }
      if (!lifecycles.isEmpty() && !Keys.in(lifecycles, c.lifecycleStage())) {
        return false;
      }
      if (!regions.isEmpty() && !Keys.in(regions, c.region()) && !Keys.in(regions, c.province())) {
        return false;
      }
      if (!criteria.boughtSkuOrCategory().isEmpty() && bought(c).isEmpty()) {
        return false;
      }
      if (criteria.minSpend() != null && c.totalSpend() < criteria.minSpend()) {
        return false;
      }
      if (criteria.since() != null) {
        return c.lastOrderAt() != null && !lastOrderDate(c, zone).isBefore(criteria.since());
      }
      return true;
    }

    /** The asked-for SKUs and categories this customer bought, sorted. */
    Set<String> bought(Candidate c) {
      Set<String> hit = new TreeSet<>();
      for (String want : criteria.boughtSkuOrCategory()) {
        if (c.boughtSkus().contains(want) || c.boughtCategories().contains(want)) {
          hit.add(want);
        }
      }
      return hit;
    }

    /**
     * Why this customer is on the list: the segment (it drives the offer), each criterion the
     * operator gave with the customer's value, then spend and last order — e.g. {@code segment
     * Champions; spent ¥1,234.00; last order 2026-11-02}.
     */
    Message reason(Candidate c) {
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      if (c.segment() != null) {
        en.add("segment " + c.segment());
        zh.add("分群 " + c.segment());
      }
      if (!tiers.isEmpty()) {
        en.add("tier " + c.tier());
        zh.add("等级 " + c.tier());
      }
      if (!lifecycles.isEmpty()) {
        en.add("lifecycle " + c.lifecycle());
        zh.add("生命周期 " + c.lifecycle());
      }
      if (!regions.isEmpty()) {
        String where = Keys.in(regions, c.region()) ? c.region() : c.province();
        en.add("region " + where);
        zh.add("地区 " + where);
      }
      if (!criteria.boughtSkuOrCategory().isEmpty()) {
        String what = String.join(", ", bought(c));
        en.add("bought " + what);
        zh.add("购买过 " + what);
      }
      en.add("spent " + c.spent());
      zh.add("累计消费 " + c.spentZh());
      if (c.lastOrderAt() != null) {
        LocalDate last = lastOrderDate(c, zone);
        en.add("last order " + last);
        zh.add("最近下单 " + last);
      }
      return new Message(String.join("；", zh), String.join("; ", en));
    }
  }

  static LocalDate lastOrderDate(Candidate c, ZoneId zone) {
    return c.lastOrderAt().atZone(zone).toLocalDate();
  }
}
