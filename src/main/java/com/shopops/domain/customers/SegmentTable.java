package com.shopops.domain.customers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Named RFM segments: an ordered list of {@link SegmentRule}s; the first rule whose ranges hold the
 * customer's scores names the segment, otherwise {@code otherName} ("Others"). The table is
 * convention, not standard — configuration can replace it with its own rows.
 *
 * <p>The default is the R {@code rfm} package's vignette table (DOMAIN §2.1) listed in the order
 * docs/customers.md names the segments. Order matters where rows overlap: score 3-3-3 is "Loyal
 * Customers" here but "Potential Loyalist" in the vignette's order, and in this order every score
 * of "Can't Lose Them" (R1–2 F3–4 M4–5) is already taken by "Need Attention" (R1–3 F3–5 M3–5) — see
 * {@link #unreachable(int)}. {@link #rVignette()} gives the vignette's own order.
 */
public record SegmentTable(List<SegmentRule> rules, String otherName) {
  public static final String OTHERS = "Others";

  /**
   * The segment of a buyer who paid in other currencies than the ranked one only (review19 V9): not
   * ranked on money they did not spend in it, so no R/F/M scores, but a buyer, not a prospect.
   */
  public static final String OTHER_CURRENCY_ONLY = "Other Currency Only";

  public SegmentTable {
    rules = List.copyOf(rules);
    Objects.requireNonNull(otherName, "otherName");
    if (otherName.isBlank()) {
      throw new IllegalArgumentException("the name for unmatched customers must not be blank");
    }
    Set<String> names = new HashSet<>();
    for (SegmentRule rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("segment " + rule.name() + " is listed twice");
      }
    }
    if (names.contains(otherName)) {
      throw new IllegalArgumentException(
          "segment " + otherName + " is also the name for unmatched customers");
    }
  }

  /** A table from configuration rows, unmatched customers named "Others". */
  public static SegmentTable of(List<SegmentRule> rules) {
    return new SegmentTable(rules, OTHERS);
  }

  /** The R rfm vignette table in docs/customers.md's order (the shopops default). */
  public static SegmentTable defaults() {
    return of(
        List.of(
            CHAMPIONS,
            LOYAL,
            POTENTIAL_LOYALIST,
            NEW_CUSTOMERS,
            PROMISING,
            NEED_ATTENTION,
            ABOUT_TO_SLEEP,
            AT_RISK,
            CANT_LOSE,
            LOST));
  }

  /** The same ten rows in the order the R rfm vignette passes them to {@code rfm_segment}. */
  public static SegmentTable rVignette() {
    return of(
        List.of(
            CHAMPIONS,
            POTENTIAL_LOYALIST,
            LOYAL,
            PROMISING,
            NEW_CUSTOMERS,
            CANT_LOSE,
            AT_RISK,
            NEED_ATTENTION,
            ABOUT_TO_SLEEP,
            LOST));
  }

  /** The segment for a score triple: first matching rule, else {@link #otherName()}. */
  public String segmentOf(int r, int f, int m) {
    for (SegmentRule rule : rules) {
      if (rule.matches(r, f, m)) {
        return rule.name();
      }
    }
    return otherName;
  }

  /** Segment names in table order, then the name for unmatched customers. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    rules.forEach(r -> out.add(r.name()));
    out.add(otherName);
    return out;
  }

  /**
   * Rules that no score triple in 1..bins can reach because earlier rows take every triple they
   * cover — worth a warning when a configuration is loaded.
   */
  public List<String> unreachable(int bins) {
    Set<String> reached = new HashSet<>();
    for (int r = 1; r <= bins; r++) {
      for (int f = 1; f <= bins; f++) {
        for (int m = 1; m <= bins; m++) {
          reached.add(segmentOf(r, f, m));
        }
      }
    }
    return rules.stream().map(SegmentRule::name).filter(n -> !reached.contains(n)).toList();
  }

  // The vignette's rows (rfm-introduction.Rmd); descriptions are the vignette's.
  static final SegmentRule CHAMPIONS =
      new SegmentRule(
          "Champions", "Bought recently, buy often and spend the most", 5, 5, 5, 5, 5, 5);
  static final SegmentRule LOYAL =
      new SegmentRule(
          "Loyal Customers", "Spend good money. Responsive to promotions", 2, 4, 2, 4, 2, 4);
  static final SegmentRule POTENTIAL_LOYALIST =
      new SegmentRule(
          "Potential Loyalist",
          "Recent customers, spent good amount, bought more than once",
          3,
          5,
          3,
          5,
          2,
          5);
  static final SegmentRule NEW_CUSTOMERS =
      new SegmentRule("New Customers", "Bought more recently, but not often", 4, 5, 1, 3, 1, 5);
  static final SegmentRule PROMISING =
      new SegmentRule("Promising", "Recent shoppers, but haven't spent much", 3, 4, 1, 3, 3, 5);
  static final SegmentRule NEED_ATTENTION =
      new SegmentRule(
          "Need Attention", "Above average recency, frequency & monetary values", 1, 3, 3, 5, 3, 5);
  static final SegmentRule ABOUT_TO_SLEEP =
      new SegmentRule(
          "About To Sleep", "Below average recency, frequency & monetary values", 2, 3, 1, 3, 1, 4);
  static final SegmentRule AT_RISK =
      new SegmentRule(
          "At Risk", "Spent big money, purchased often but long time ago", 1, 2, 2, 5, 4, 5);
  static final SegmentRule CANT_LOSE =
      new SegmentRule(
          "Can't Lose Them", "Made big purchases and often, but long time ago", 1, 2, 3, 4, 4, 5);
  static final SegmentRule LOST =
      new SegmentRule("Lost", "Bought a long time ago, average amount spent", 1, 1, 1, 5, 1, 5);
}
