package com.shopops.app.customers;

import com.shopops.app.Rules;
import com.shopops.domain.customers.CustomerPurchases;
import com.shopops.domain.customers.Lifecycle;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.MemberTiers;
import com.shopops.domain.customers.Purchase;
import com.shopops.domain.customers.RfmBreaks;
import com.shopops.domain.customers.RfmInput;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.RfmResult;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmScorer;
import com.shopops.domain.customers.SegmentTable;
import com.shopops.domain.customers.TierInput;
import com.shopops.domain.customers.TierPolicy;
import com.shopops.domain.customers.TierStanding;
import com.shopops.store.CustomerFigures;
import com.shopops.store.CustomerFigures.Buyer;
import com.shopops.store.RfmBreakCache;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where every customer stands as of an instant: RFM score and segment, member tier (growth value)
 * and lifecycle stage. The one place these are computed, for {@code customers segment}, {@code
 * customers show} and the lists: RFM is scored over every buyer (all history), tiers over every
 * known customer (customer list and buyers), lifecycle over every known customer's paid orders.
 */
public final class CustomerStandings {

  /**
   * One customer's standing.
   *
   * @param orders paid, not cancelled orders up to as-of (0 for a prospect)
   * @param monetary what they paid in minor units, net of refunds (0 for a prospect)
   * @param lastPaidAt their last paid order's time; null for a prospect
   * @param region the buyer's region (customer list first, else their paid orders'); for a prospect
   *     null (the customer list holds it); null when only lifecycle was computed
   * @param rfm their RFM row; null for a prospect, or when not asked for
   * @param reviews reviews written up to as-of (growth value counts them); 0 without the tier
   * @param paidInRanked whether they paid in the currency customer money is ranked in: false for a
   *     buyer who paid in other currencies only, whose spend is said in those (review19 V9)
   * @param growthSpend the spend growth value counts: their paid orders in the store's own currency
   *     ({@code init --currency}) only, net of refunds (tryout18 W6: a member's tier never depends
   *     on the currencies other buyers pay in); 0 for a prospect
   * @param tier growth value and tier; null when not asked for
   * @param lifecycle their lifecycle stage; null when it was not asked for
   */
  public record Standing(
      String customerId,
      int orders,
      long monetary,
      Instant lastPaidAt,
      String region,
      RfmScore rfm,
      int reviews,
      boolean paidInRanked,
      long growthSpend,
      TierStanding tier,
      LifecycleStanding lifecycle) {

    /** Whether the customer has a paid order (a buyer), as opposed to a prospect. */
    public boolean isBuyer() {
      return lastPaidAt != null;
    }

    /**
     * The RFM segment; {@link SegmentTable#OTHER_CURRENCY_ONLY} for a buyer who paid in other
     * currencies than the ranked one only (review19 V9: not scored, said apart); null for a
     * prospect or when RFM was not computed.
     */
    public String segment() {
      if (rfm != null) {
        return rfm.segment();
      }
      return isBuyer() && !paidInRanked ? SegmentTable.OTHER_CURRENCY_ONLY : null;
    }

    /** The tier's name, or null when not computed. */
    public String tierName() {
      return tier == null ? null : tier.tier();
    }

    /**
     * The lifecycle stage's label ("first purchase"; "first purchase (refunded)" when its money all
     * went back, review19 V8), or null when not computed.
     */
    public String stage() {
      return lifecycle == null ? null : lifecycle.shown();
    }
  }

  /** RFM over a set of buyers: the domain result and each buyer's figures, by customer id. */
  public record RfmStandings(RfmPolicy policy, RfmResult result, Map<String, Buyer> buyers) {}

  private final Instant asOf;
  private final Map<String, Standing> byCustomer;
  private final Map<String, CustomerPurchases> purchases;

  private CustomerStandings(
      Instant asOf, Map<String, Standing> byCustomer, Map<String, CustomerPurchases> purchases) {
    this.asOf = asOf;
    this.byCustomer = Collections.unmodifiableMap(byCustomer);
    this.purchases = Collections.unmodifiableMap(purchases);
  }

  /** What to compute: each part costs a pass over the orders. */
  public enum Part {
    /** RFM scores and segments, over every buyer. */
    RFM,
    /** Growth value and tier (reads reviews). */
    TIER,
    /** Lifecycle stages (reads every paid order, one buyer at a time). */
    LIFECYCLE,
    /**
     * With {@link #LIFECYCLE}: keep each customer's purchases ({@link #purchases()}, winback's
     * usual gap), which holds every paid order in memory at once.
     */
    PURCHASES
  }

  /** Every known customer's standing, lifecycle included. */
  public static CustomerStandings compute(Store store, Rules rules, Instant asOf)
      throws SQLException {
    return compute(store, rules, asOf, EnumSet.allOf(Part.class));
  }

  /**
   * Every known customer's standing, in customer-id order; {@code withLifecycle} false skips the
   * lifecycle stages (a pass over every paid order), leaving {@link Standing#lifecycle()} null, and
   * the purchases.
   */
  public static CustomerStandings compute(
      Store store, Rules rules, Instant asOf, boolean withLifecycle) throws SQLException {
    return compute(
        store,
        rules,
        asOf,
        withLifecycle
            ? EnumSet.of(Part.RFM, Part.TIER, Part.LIFECYCLE)
            : EnumSet.of(Part.RFM, Part.TIER));
  }

  /**
   * Every known customer's standing with only these parts (the others null). With lifecycle alone,
   * a buyer's orders, money and last paid time come from their paid orders and the region is null
   * (it takes the buyers' query the other parts read).
   */
  public static CustomerStandings compute(Store store, Rules rules, Instant asOf, Set<Part> parts)
      throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    boolean buyerQuery = parts.contains(Part.RFM) || parts.contains(Part.TIER);
    Map<String, Buyer> buyers = new HashMap<>();
    Map<String, RfmScore> scores = new HashMap<>();
    if (buyerQuery) {
      // tiers count every buyer's paid orders whatever their currency, so they read every buyer;
      // RFM ranks on money, so those who paid in the ranked currency only (tryout17 U8)
      List<Buyer> all = figures.buyers(asOf, null, parts.contains(Part.TIER));
      List<Buyer> ranked = new ArrayList<>(all.size());
      for (Buyer b : all) {
        buyers.put(b.customerId(), b);
        if (b.ranked()) {
          ranked.add(b);
        }
      }
      if (parts.contains(Part.RFM) && figures.maintained(asOf)) {
        // each buyer scored from the breaks kept for the current figures: no ranking
        RfmPolicy policy = rules.rfm();
        RfmBreaks breaks = ranked.isEmpty() ? null : breaks(store, policy, asOf, ranked);
        for (Buyer b : ranked) {
          scores.put(b.customerId(), breaks.score(input(b, asOf, store.zone()), policy.segments()));
        }
      } else if (parts.contains(Part.RFM)) {
        for (RfmScore s : rfm(rules.rfm(), asOf, store.zone(), ranked).result().scores()) {
          scores.put(s.customerId(), s);
        }
      }
    }
    // lifecycle: each buyer's purchases classified as they are read and let go (a million paid
    // orders held at once were most of the memory of lifecycle and promotion: 326 MB), unless
    // PURCHASES asks to keep them
    boolean lifecycle = parts.contains(Part.LIFECYCLE);
    boolean keep = lifecycle && parts.contains(Part.PURCHASES);
    Map<String, LifecycleStanding> stages = new HashMap<>();
    Map<String, CustomerPurchases> kept = new TreeMap<>();
    if (lifecycle) {
      LifecyclePolicy policy = rules.lifecycle();
      ZoneId zone = store.zone();
      Map<String, Buyer> paid = buyers;
      figures.eachBuyer(
          asOf,
          c -> {
            stages.put(c.customerId(), Lifecycle.classify(c, policy, asOf, zone));
            if (keep) {
              kept.put(c.customerId(), c);
            }
            if (!buyerQuery) {
              paid.put(c.customerId(), fromPurchases(c));
            }
          });
    }
    // every known customer: the customer list and the buyers
    List<String> ids =
        buyerQuery || lifecycle
            ? figures.customerIds(buyerQuery ? buyers.keySet() : stages.keySet())
            : List.of();
    Map<String, Integer> reviews =
        parts.contains(Part.TIER) ? figures.reviewsPerCustomer(asOf) : Map.of();
    TierPolicy tiers = parts.contains(Part.TIER) ? rules.tiers() : null;
    Map<String, Standing> out = new LinkedHashMap<>();
    for (String id : ids) {
      LifecycleStanding stage = stages.get(id);
      if (stage == null && lifecycle) { // on the customer list, never paid
        CustomerPurchases none = new CustomerPurchases(id, List.of());
        stage = Lifecycle.classify(none, rules.lifecycle(), asOf, store.zone());
        if (keep) {
          kept.putIfAbsent(id, none);
        }
      }
      out.put(
          id,
          standing(id, buyers.get(id), scores.get(id), reviews.getOrDefault(id, 0), tiers, stage));
    }
    return new CustomerStandings(asOf, out, new LinkedHashMap<>(kept));
  }

  /** A buyer's figures added up from their paid orders; no region. */
  private static Buyer fromPurchases(CustomerPurchases c) {
    long money = 0;
    for (Purchase p : c.purchases()) {
      money += p.amount();
    }
    Instant last = c.purchases().get(c.purchases().size() - 1).paidAt();
    return new Buyer(
        c.customerId(), last, c.purchases().size(), money, null, c.purchases().size(), money);
  }

  /**
   * One customer's standing (RFM still scored over every buyer: a segment is relative); a customer
   * the store does not know is a prospect with nothing.
   */
  public static Standing of(Store store, Rules rules, Instant asOf, String customerId)
      throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    RfmPolicy policy = rules.rfm();
    Buyer buyer;
    RfmScore score = null;
    if (figures.maintained(asOf)) { // their figures and the breaks kept for all buyers
      buyer = figures.keptBuyer(asOf, customerId).orElse(null);
      if (buyer != null && buyer.ranked()) {
        score =
            breaks(store, policy, asOf, null)
                .score(input(buyer, asOf, store.zone()), policy.segments());
      }
    } else { // as of an instant before the latest purchase or refund: every buyer ranked
      List<Buyer> all = figures.buyers(asOf, null, true);
      buyer = all.stream().filter(b -> b.customerId().equals(customerId)).findFirst().orElse(null);
      RfmStandings rfm =
          rfm(policy, asOf, store.zone(), all.stream().filter(Buyer::ranked).toList());
      for (RfmScore s : rfm.result().scores()) {
        if (s.customerId().equals(customerId)) {
          score = s;
        }
      }
    }
    LifecycleStanding stage =
        Lifecycle.classify(
            figures.purchases(asOf, true, customerId).get(0),
            rules.lifecycle(),
            asOf,
            store.zone());
    int reviews = figures.reviewsOf(asOf, customerId);
    return standing(customerId, buyer, score, reviews, rules.tiers(), stage);
  }

  private static RfmInput input(Buyer b, Instant asOf, ZoneId zone) {
    return new RfmInput(
        b.customerId(), RfmInput.recencyDays(b.lastPaidAt(), asOf, zone), b.orders(), b.monetary());
  }

  /**
   * The RFM breaks of every buyer (all history) as of {@code asOf}, whose figures must be {@link
   * CustomerFigures#maintained} then: those kept for the current figures, as-of day and method;
   * else computed from {@code buyers} (read from the figures when null) and kept.
   */
  private static RfmBreaks breaks(Store store, RfmPolicy policy, Instant asOf, List<Buyer> buyers)
      throws SQLException {
    RfmBreakCache cache = new RfmBreakCache(store);
    LocalDate day = asOf.atZone(store.zone()).toLocalDate();
    String method =
        RfmBreakCache.method(
            policy.binning(), policy.bins(), policy.monetaryShift(), store.defaultCurrency());
    Optional<RfmBreaks> kept = cache.load(day, method, policy.binning(), policy.bins());
    if (kept.isPresent()) {
      return kept.get();
    }
    long version = cache.version();
    List<Buyer> all = buyers != null ? buyers : new CustomerFigures(store).buyers(asOf, null);
    List<RfmInput> inputs = new ArrayList<>(all.size());
    for (Buyer b : all) {
      inputs.add(input(b, asOf, store.zone()));
    }
    RfmBreaks computed = RfmScorer.breaks(inputs, policy);
    if (computed != null) {
      cache.save(day, method, version, computed);
    }
    return computed;
  }

  /**
   * RFM scores of the buyers with a paid order up to {@code asOf} (paid on or after {@code since}
   * when given: {@code customers segment --window}), under {@code policy}.
   */
  public static RfmStandings rfm(Store store, RfmPolicy policy, Instant asOf, Instant since)
      throws SQLException {
    return rfm(policy, asOf, store.zone(), new CustomerFigures(store).buyers(asOf, since));
  }

  /** RFM scores of {@code ranked}, buyers with money in the ranked currency. */
  private static RfmStandings rfm(RfmPolicy policy, Instant asOf, ZoneId zone, List<Buyer> ranked) {
    Map<String, Buyer> buyers = new LinkedHashMap<>();
    List<RfmInput> inputs = new ArrayList<>();
    for (Buyer b : ranked) {
      buyers.put(b.customerId(), b);
      inputs.add(input(b, asOf, zone));
    }
    return new RfmStandings(policy, RfmScorer.score(inputs, policy), buyers);
  }

  private static Standing standing(
      String id, Buyer b, RfmScore score, int reviews, TierPolicy tiers, LifecycleStanding stage) {
    int orders = b == null ? 0 : b.orders();
    long monetary = b == null ? 0 : b.monetary();
    long growthSpend = b == null ? 0 : b.storeMoney();
    TierStanding tier =
        tiers == null
            ? null
            : MemberTiers.standing(
                id,
                MemberTiers.growthValue(
                    new TierInput(id, growthSpend, orders, reviews), tiers.weights()),
                tiers);
    return new Standing(
        id,
        orders,
        monetary,
        b == null ? null : b.lastPaidAt(),
        b == null ? null : b.region(),
        score,
        reviews,
        b != null && b.ranked(),
        growthSpend,
        tier,
        stage);
  }

  public Instant asOf() {
    return asOf;
  }

  /** Every known customer's standing by customer id, in customer-id order. */
  public Map<String, Standing> byCustomer() {
    return byCustomer;
  }

  /** Every known customer's standing, in customer-id order. */
  public List<Standing> all() {
    return List.copyOf(byCustomer.values());
  }

  public Optional<Standing> get(String customerId) {
    return Optional.ofNullable(byCustomer.get(customerId));
  }

  /**
   * Each known customer's paid orders up to as-of (what lifecycle was computed from), by customer
   * id in customer-id order; empty unless computed with {@link Part#PURCHASES}.
   */
  public Map<String, CustomerPurchases> purchases() {
    return purchases;
  }
}
