package com.shopops.app.customers;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerStandings.Part;
import com.shopops.domain.customers.BuyerAccounts;
import com.shopops.domain.customers.ClvSummary;
import com.shopops.domain.customers.ClvSummaryRow;
import com.shopops.domain.customers.ClvUnit;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerSpend;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.PyramidLayerSummary;
import com.shopops.domain.customers.PyramidMember;
import com.shopops.domain.customers.PyramidPolicy;
import com.shopops.domain.customers.PyramidResult;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.SegmentSummary;
import com.shopops.domain.customers.SegmentSummaryRow;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.customers.TierPolicy;
import com.shopops.domain.order.Order;
import com.shopops.store.CustomerFigures;
import com.shopops.store.CustomerFigures.Buyer;
import com.shopops.store.CustomerQueries;
import com.shopops.store.CustomerRecords;
import com.shopops.store.FollowUpStore;
import com.shopops.store.OrderQueries;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Customers scored and grouped ({@code customers segment}), one customer's whole record ({@code
 * customers show}) and the CLV model inputs ({@code customers summary}).
 */
public final class CustomerService {
  private final Store store;
  private final Rules rules;

  public CustomerService(Store store, Rules rules) {
    this.store = store;
    this.rules = rules;
  }

  /**
   * The customer list ({@code customers list}) with what their paid orders up to {@code asOf} add
   * up to: money in the currency customer money is ranked in, orders and the last one in any.
   *
   * @param otherCurrencies per customer, their purchases in other currencies ({@code EUR 80.00
   *     (1)}); empty when the store's purchases are all in one
   */
  public record CustomerList(
      List<CustomerQueries.Listed> customers,
      Map<String, String> otherCurrencies,
      List<String> notes) {}

  public CustomerList list(CustomerQueries.Filter filter, Instant asOf) throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    CustomerFigures.PaidFacts paid = figures.paidFacts(asOf, null);
    // buyers whose orders have no order time are not listed, nor counted in anyone's (tryout25b B2)
    List<String> notes =
        new ArrayList<>(
            com.shopops.app.orders.TimelessOrderNotes.of(
                store, com.shopops.app.orders.TimelessOrderNotes.Report.CUSTOMERS));
    Map<String, String> others = Map.of();
    if (paid.currencies().size() > 1) {
      notes.add(PaidMoney.rankedOnlyNote("spent", paid.ranked()));
      others = PaidMoney.others(figures.otherCurrencies(asOf, null));
    }
    return new CustomerList(new CustomerQueries(store).list(filter, asOf), others, notes);
  }

  /**
   * What a customer report says of its money: the currency it ranked, what it left out in other
   * currencies and the paid times inferred.
   */
  public List<String> moneyNotes(Instant asOf, String what) throws SQLException {
    return PaidMoney.notes(store, asOf, what);
  }

  /**
   * What the tier table says of its money: growth counts the store currency's spend only, what it
   * left out in other currencies, the paid times inferred ({@link PaidMoney#tierNotes}).
   */
  public List<String> tierNotes(Instant asOf) throws SQLException {
    return PaidMoney.tierNotes(store, asOf);
  }

  /** The RFM table's note on buyers who paid in other currencies only (review19 V9). */
  public List<String> otherCurrencyOnlyNotes(Instant asOf) throws SQLException {
    return PaidMoney.otherCurrencyOnlyNotes(store, asOf);
  }

  /**
   * Whether RFM's lowest R scores can be read as "left" as of {@code asOf} ({@link ShortHistory}).
   */
  public List<String> historyNotes(Instant asOf) throws SQLException {
    return ShortHistory.notes(store, rules.lifecycle(), asOf);
  }

  /** Customers scored by the query's method, kept by its region and segment. */
  public Segmentation segment(SegmentQuery q) throws SQLException {
    return switch (q.method()) {
      case RFM -> rfm(q);
      case TIER -> tiers(q);
      case LIFECYCLE -> lifecycle(q);
      case PYRAMID -> pyramid(q);
    };
  }

  /**
   * One customer's whole record as of {@code asOf}. {@code idOrPhone} is a customer id the store
   * knows (customer list, orders or follow-ups), else a phone number matched on its digits.
   */
  public CustomerView show(String idOrPhone, Instant asOf) throws SQLException {
    CustomerRecords records = new CustomerRecords(store);
    FollowUpStore followUps = new FollowUpStore(store);
    CustomerLookup lookup = new CustomerLookup(store);
    String id = lookup.require(idOrPhone.strip());
    Customer profile =
        records
            .customer(id)
            .orElse(new Customer(id, null, null, null, null, null, null, null, null));
    CustomerStandings.Standing standing = CustomerStandings.of(store, rules, asOf, id);
    List<FollowUpEntry> log = followUps.list(new FollowUpStore.Filter(id, null, null, null));
    Map<String, CustomerRecords.Fulfilled> fulfilment = records.fulfilment(id);
    OrderQueries queries = new OrderQueries(store);
    List<OrderQueries.Listed> list =
        queries.list(new OrderQueries.Filter(null, null, null, null, false, false, id, null));
    List<CustomerView.OrderRow> orders = new ArrayList<>(list.size());
    for (int i = list.size() - 1; i >= 0; i--) { // latest first
      Order o = list.get(i).order();
      // tryout26b B7: the refunds lifetime_value is net of, with what they are made of
      orders.add(
          new CustomerView.OrderRow(
              o,
              fulfilment.get(o.orderId()),
              list.get(i).refunded() > 0 ? queries.refunded(o.orderId()) : null));
    }
    CustomerFigures figures = new CustomerFigures(store);
    String others = PaidMoney.others(figures.otherCurrencies(asOf, id)).get(id);
    List<String> notes = new ArrayList<>();
    if (others != null) {
      notes.add(PaidMoney.rankedOnlyNote("lifetime_value", figures.paidFacts(asOf, null).ranked()));
    }
    notes.addAll(com.shopops.app.orders.TimelessOrderNotes.ofCustomer(store, id)); // generic25
    Optional<String> namesake = lookup.sameAccountName(id); // the other platform's (review14 N5)
    if (namesake.isPresent()) {
      notes.add(
          BuyerAccounts.unscoped(id).isPresent()
              ? id
                  + " is the JD buyer; "
                  + namesake.get()
                  + " is another customer, the"
                  + " Taobao/Tmall buyer of the same account name"
              : id
                  + " is the Taobao/Tmall buyer; "
                  + namesake.get()
                  + " is another customer,"
                  + " the JD buyer of the same account name");
    }
    return new CustomerView(
        asOf,
        others,
        notes,
        profile,
        profile.region() != null ? profile.region() : standing.region(),
        standing,
        orders,
        new ReturnStore(store).forCustomer(id),
        records.reviews(id),
        log,
        FollowUpLog.nextFor(log),
        records.contacts(id));
  }

  /** {@code customers summary}: the rows and what the output says of their money. */
  public record ClvInputs(List<ClvSummaryRow> rows, List<String> notes) {}

  /**
   * The CLV model inputs of every buyer as of {@code asOf} (Python lifetimes' summary). The days
   * (frequency, recency, T) are of every paid order whatever its currency, as orders and the last
   * order are everywhere; monetary_value of the repeat days' purchases in the ranked currency only,
   * blank for a buyer without such (tryout17 U15: before, the other currencies' orders were not
   * seen at all and a buyer who paid in them only was left out, silently).
   */
  public ClvInputs summary(Instant asOf, ClvUnit unit) throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    Set<String> others = figures.otherCurrencyOrders(asOf);
    var purchases = figures.purchases(asOf, false, null, false);
    List<ClvSummaryRow> rows =
        ClvSummary.summarize(
            purchases, p -> !others.contains(p.orderId()), asOf, store.zone(), unit, false);
    List<String> notes = new ArrayList<>();
    CustomerFigures.PaidFacts paid = figures.paidFacts(asOf, null);
    if (paid.currencies().size() > 1) {
      notes.add(
          "monetary_value counts the repeat purchases in "
              + paid.ranked()
              + " only, the currency most paid orders are in; frequency, recency and T count"
              + " every paid order, whatever its currency");
      notes.addAll(PaidMoney.notes(store, asOf, "amounts").subList(1, 2)); // what was left out
      long blank = rows.stream().filter(r -> r.monetaryValue() == null).count();
      if (blank > 0) {
        notes.add(
            "monetary_value is blank for "
                + blank
                + (blank == 1 ? " buyer whose" : " buyers whose")
                + " repeat purchases are all in other currencies");
      }
    }
    return new ClvInputs(rows, notes);
  }

  private Segmentation.Rfm rfm(SegmentQuery q) throws SQLException {
    RfmPolicy policy = rules.rfm();
    if (q.binning() != null) {
      policy = policy.withBinning(q.binning());
    }
    CustomerStandings.RfmStandings rfm = CustomerStandings.rfm(store, policy, q.asOf(), since(q));
    String wanted = pick(q, policy.segments().names(), "segment");
    List<RfmScore> shown = new ArrayList<>();
    for (RfmScore s : rfm.result().scores()) {
      if (keep(q, rfm.buyers().get(s.customerId()).region(), s.segment(), wanted)) {
        shown.add(s);
      }
    }
    List<SegmentSummaryRow> summary =
        q.summary() ? SegmentSummary.summarize(shown, policy.segments()) : List.of();
    return new Segmentation.Rfm(
        q.summary() ? List.of() : shown,
        summary,
        rfm.result().thresholds(),
        policy.segments().unreachable(policy.bins()),
        rfm.buyers().isEmpty());
  }

  private Segmentation.Tiers tiers(SegmentQuery q) throws SQLException {
    TierPolicy policy = rules.tiers();
    CustomerStandings standings =
        CustomerStandings.compute(store, rules, q.asOf(), EnumSet.of(Part.TIER));
    Map<String, String> regions = regions(q);
    String wanted = pick(q, policy.tiers().stream().map(Tier::name).toList(), "tier");
    List<Segmentation.TierRow> rows = new ArrayList<>();
    for (CustomerStandings.Standing s : standings.all()) {
      if (keep(q, regions.get(s.customerId()), s.tierName(), wanted)) {
        rows.add(new Segmentation.TierRow(s.growthSpend(), s.orders(), s.reviews(), s.tier()));
      }
    }
    if (!q.summary()) {
      return new Segmentation.Tiers(rows, List.of());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    policy.tiers().forEach(t -> counts.put(t.name(), 0));
    rows.forEach(r -> counts.merge(r.standing().tier(), 1, Integer::sum));
    List<Segmentation.Count> summary = new ArrayList<>();
    for (Tier t : policy.tiers()) {
      if (wanted == null || wanted.equals(t.name())) {
        int n = counts.get(t.name());
        summary.add(new Segmentation.Count(t.name(), t.threshold(), n, share(n, rows.size())));
      }
    }
    return new Segmentation.Tiers(List.of(), summary);
  }

  private Segmentation.Lifecycle lifecycle(SegmentQuery q) throws SQLException {
    LifecyclePolicy policy = rules.lifecycle();
    CustomerStandings standings =
        CustomerStandings.compute(store, rules, q.asOf(), EnumSet.of(Part.LIFECYCLE));
    Map<String, String> regions = regions(q);
    List<String> labels = new ArrayList<>();
    for (LifecycleStage st : LifecycleStage.values()) {
      labels.add(st.label());
    }
    String wanted = pick(q, labels, "stage");
    List<LifecycleStanding> rows = new ArrayList<>();
    for (CustomerStandings.Standing s : standings.all()) {
      // the stage (a refunded first purchase is a first purchase: the mark is what is shown)
      if (keep(q, regions.get(s.customerId()), s.lifecycle().stage().label(), wanted)) {
        rows.add(s.lifecycle());
      }
    }
    if (!q.summary()) {
      return new Segmentation.Lifecycle(rows, List.of(), policy);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    labels.forEach(l -> counts.put(l, 0));
    rows.forEach(r -> counts.merge(r.stage().label(), 1, Integer::sum));
    List<Segmentation.Count> summary = new ArrayList<>();
    for (String l : labels) {
      if (wanted == null || wanted.equals(l)) {
        summary.add(
            new Segmentation.Count(l, null, counts.get(l), share(counts.get(l), rows.size())));
      }
    }
    return new Segmentation.Lifecycle(List.of(), summary, policy);
  }

  private Segmentation.Pyramid pyramid(SegmentQuery q) throws SQLException {
    PyramidPolicy policy = PyramidPolicy.defaults();
    Map<String, String> regions = new LinkedHashMap<>();
    List<CustomerSpend> spend = new ArrayList<>();
    for (Buyer b : new CustomerFigures(store).buyers(q.asOf(), since(q))) {
      regions.put(b.customerId(), b.region());
      spend.add(new CustomerSpend(b.customerId(), b.monetary()));
    }
    PyramidResult result = com.shopops.domain.customers.ValuePyramid.build(spend, policy);
    List<String> names = new ArrayList<>();
    policy.layers().forEach(l -> names.add(l.name()));
    names.add(policy.restName());
    String wanted = pick(q, names, "layer");
    if (q.summary()) {
      List<PyramidLayerSummary> layers = new ArrayList<>();
      for (PyramidLayerSummary l : result.layers()) {
        if (wanted == null || wanted.equals(l.layer())) {
          layers.add(l);
        }
      }
      return new Segmentation.Pyramid(List.of(), layers, q.region() != null);
    }
    List<PyramidMember> members = new ArrayList<>();
    for (PyramidMember m : result.members()) {
      if (keep(q, regions.get(m.customerId()), m.layer(), wanted)) {
        members.add(m);
      }
    }
    return new Segmentation.Pyramid(members, List.of(), false);
  }

  /** The window's first instant: the as-of day and the days-1 before it; null for all history. */
  private Instant since(SegmentQuery q) {
    if (q.windowDays() == null) {
      return null;
    }
    ZoneId zone = store.zone();
    return q.asOf()
        .atZone(zone)
        .toLocalDate()
        .minusDays(q.windowDays() - 1L)
        .atStartOfDay(zone)
        .toInstant();
  }

  /** Each customer's region for the filter (customer list first, else any order's). */
  private Map<String, String> regions(SegmentQuery q) throws SQLException {
    return q.region() == null ? Map.of() : new CustomerFigures(store).regions();
  }

  /** The query's segment resolved to the spelling of one of {@code names}; null when not given. */
  private static String pick(SegmentQuery q, List<String> names, String what) {
    if (q.segment() == null) {
      return null;
    }
    Function<String, String> key = s -> s.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    for (String n : names) {
      if (key.apply(n).equals(key.apply(q.segment()))) {
        return n;
      }
    }
    throw new UserException(
        ExitCodes.USAGE,
        "--segment: no " + what + " \"" + q.segment() + "\"",
        "use one of " + String.join(", ", names));
  }

  private static boolean keep(SegmentQuery q, String customerRegion, String name, String wanted) {
    return (q.region() == null || q.region().equals(customerRegion))
        && (wanted == null || wanted.equals(name));
  }

  private static BigDecimal share(int n, int total) {
    return total == 0
        ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
  }
}
