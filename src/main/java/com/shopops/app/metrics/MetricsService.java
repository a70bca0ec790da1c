package com.shopops.app.metrics;

import static com.shopops.text.Grouping.money;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.TimeSpan;
import com.shopops.app.UserException;
import com.shopops.app.imports.CancellationInvoices;
import com.shopops.app.orders.TimelessOrderNotes;
import com.shopops.app.returns.ReturnsReport;
import com.shopops.app.sla.SlaService;
import com.shopops.config.SlaConfig;
import com.shopops.domain.metrics.Comparison;
import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Funnel;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.TrafficSource;
import com.shopops.domain.order.OrderChannel;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.store.ImportLog;
import com.shopops.store.ReturnFigures;
import com.shopops.store.SalesFigures;
import com.shopops.store.Store;
import com.shopops.store.TrafficFigures;
import com.shopops.store.TrafficFigures.FunnelCounts;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store metrics ({@code metrics}, {@code metrics compare}, {@code metrics funnel}): periods
 * from the query, counts from the store, definitions from {@link Metrics}, PV/UV from where {@link
 * TrafficSource} says, the on-time ship rate by the store's shipping rules ({@code sla.*}).
 */
public final class MetricsService {
  private final Store store;
  private final Rules rules;
  private final String currency;

  /** Whether {@link #currency} is the store's, taken because none was given (review19 V6). */
  private final boolean storeCurrency;

  public MetricsService(Store store, Rules rules) {
    this(store, rules, null);
  }

  private MetricsService(Store store, Rules rules, String currency, boolean storeCurrency) {
    this.store = store;
    this.rules = rules;
    this.currency = currency;
    this.storeCurrency = storeCurrency;
  }

  /**
   * The figures of the store's currency's orders when no {@code --currency} was given and the paid
   * orders are in several (the report of a shop with a side store in another currency, review19
   * V6): as {@code --currency} of the store's, its notes saying so and listing the other
   * currencies' orders and sales in their own currency.
   */
  static MetricsService inStoreCurrency(Store store, Rules rules) {
    return new MetricsService(store, rules, store.defaultCurrency(), true);
  }

  /**
   * The figures of one currency's orders ({@code --currency}, review15 P3): orders, buyers, sales,
   * net sales, 客单价, AOV and repeat buyers count the paid orders in {@code currency} only; traffic,
   * returns and shipping are the whole store's. Null: every order, and money only where the paid
   * orders are in one currency.
   *
   * @param currency an ISO 4217 code in any case, or null; one the store holds no paid order in
   *     (nor is its default) is refused with the currencies it does hold.
   */
  public MetricsService(Store store, Rules rules, String currency) {
    this(
        store,
        rules,
        currency == null ? null : com.shopops.app.CurrencyOption.code(currency),
        false);
  }

  public MetricsSeries metrics(MetricsQuery q) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate() : q.to();
    DateRange range = range(q.from() == null ? q.by().defaultFrom(to) : q.from(), to);
    // a storefront with its own order export (tmall, jd, shopify: OrderChannel): its orders are
    // known by the export they came from
    // (review18 T7); none stored: it has none, never the whole store's (tryout18 W7)
    OrderChannel platform = OrderChannel.ofChannel(q.channel()).orElse(null);
    boolean platformOrders = platform != null && new SalesFigures(store).hasOrdersOf(platform);
    checkChannel(q.channel(), platformOrders);
    checkCurrency();
    boolean noPlatformOrders = platform != null && !platformOrders;
    List<Span> spans = Span.periods(q.by(), range, zone);
    SalesFigures sales = new SalesFigures(store, currency, platform);
    SalesFigures.PaidFacts paid = sales.paidFacts(range.start(zone), range.end(zone), q.asOf());
    FigureCounter.Counted f = counter(q.asOf(), platform).count(spans, q.channel());
    List<MetricsRow> rows = rows(spans, f);
    // a marketplace's channel computes its conversion rates too: the same coverage rule (tryout22a
    // A7); another channel has none
    List<String> partialTraffic =
        q.channel() == null || platform != null
            ? withoutPartialConversion(rows, f.trafficDays())
            : List.of();
    Set<Metric> notComputed = EnumSet.noneOf(Metric.class);
    List<String> paidNotes = new ArrayList<>();
    if (paid.currencies().size() > 1) {
      List<DateRange> dates = spans.stream().map(Span::dates).toList();
      paidNotes.addAll(moneyByPeriod(rows, sales.currencies(dates, q.asOf())));
      if (paid.inferredPaidTimes() > 0) {
        paidNotes.add(inferredNote(paid.inferredPaidTimes()));
      }
      paidNotes.add(currencyHint(range.toString(), paid));
    } else {
      if (currency != null) {
        paidNotes.addAll(oneCurrency(rows, q.asOf(), platform, q.channel()));
      }
      paidNotes.addAll(paidNotes(paid));
    }
    if (q.channel() != null) {
      for (Metric m : Metric.values()) {
        if (platform == null ? !m.appliesToChannel() : !m.appliesToPlatform()) {
          notComputed.add(m);
        }
      }
    }
    List<String> notes = notes(f, q.channel(), platform);
    if (noPlatformOrders) {
      notes.add(
          "no orders of "
              + platform.code()
              + " are stored (no "
              + platform.code()
              + " order export imported): channel "
              + q.channel()
              + " counts 0 orders");
    }
    if (!partialTraffic.isEmpty()) {
      notes.add(partialTrafficNote(partialTraffic));
    }
    buyersOverVisitorsNote(notes, rows);
    if (platform == null) {
      returnsOverDeliveries(notes, rows, f);
    }
    notes.addAll(paidNotes);
    notes.addAll(TimelessOrderNotes.of(store, TimelessOrderNotes.Report.METRICS)); // generic25
    cancellationNote(notes, range.start(zone), range.end(zone));
    closureNotes(notes, range.start(zone), range.end(zone), q.asOf(), platform);
    reversalNotes(
        notes,
        rows.stream().mapToLong(r -> r.metrics().figures().refundsReversed()).sum(),
        range.start(zone),
        range.end(zone),
        q.asOf(),
        platform);
    if (platform == null && q.channel() == null && nothingIn(rows)) {
      String nothing = nothingInRange(range, q.asOf(), q.by());
      if (nothing != null) {
        notes.add(0, nothing);
      }
    }
    for (MetricsRow r : rows) {
      if (r.partial() && q.by() != Granularity.DAY) {
        notes.add(partialNote(r, q));
      }
    }
    return new MetricsSeries(range, rows, notComputed, notes);
  }

  /** Whether no row has a paid order or page views: the range holds no data at all. */
  static boolean nothingIn(List<MetricsRow> rows) {
    return rows.stream().allMatch(r -> r.metrics().holdsNothing());
  }

  /** Periods a note names one by one before it says how many more there are. */
  private static final int NAMED_PERIODS = 12;

  /**
   * The currency rule per period when the range's paid orders are in several currencies (review12
   * L1): a period whose paid orders are all in one currency (or that has none: 0.00) keeps its
   * money figures, in that currency; a period whose paid orders are in several has them left empty
   * ({@code rows} changed in place), as amounts of different currencies are never added up. The
   * notes name the periods of each kind.
   */
  private List<String> moneyByPeriod(List<MetricsRow> rows, List<List<String>> currencies) {
    String home = store.defaultCurrency();
    List<String> mixed = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MetricsRow r = rows.get(i);
      List<String> c = currencies.get(i);
      String label = r.period().label() + " (" + String.join(", ", c) + ")";
      if (c.size() > 1) {
        rows.set(i, new MetricsRow(r.period(), r.dates(), r.partial(), r.metrics().withoutMoney()));
        mixed.add(label);
      } else if (c.size() == 1 && !c.get(0).equals(home)) {
        other.add(label);
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "sales, aov and sales_per_buyer are in "
            + home
            + (other.isEmpty() ? "" : ", except in " + named(other)));
    if (!mixed.isEmpty()) {
      notes.add(
          "sales, net_sales, sales_per_buyer, aov: not computed in "
              + mixed.size()
              + (mixed.size() == 1 ? " period" : " periods")
              + " whose paid orders are in several currencies: "
              + named(mixed)
              + "; amounts of different currencies are never added up");
    }
    return notes;
  }

  /**
   * Review20 X14: periods whose conversion rate is above 100 % (more paying buyers than visitors),
   * which cannot be: the traffic imported is short of the store's (one channel's or terminal's, not
   * every day's, a page's UV). The rate is kept as computed and the note says why it is so.
   */
  static void buyersOverVisitorsNote(List<String> notes, List<MetricsRow> rows) {
    List<String> over = new ArrayList<>();
    for (MetricsRow r : rows) {
      BigDecimal rate = r.metrics().decimal(Metric.CONVERSION_RATE);
      if (rate != null && rate.compareTo(BigDecimal.ONE) > 0) {
        over.add(
            (r.period() == null ? r.dates().toString() : r.period().label())
                + " ("
                + r.metrics().value(Metric.BUYERS)
                + "/"
                + r.metrics().value(Metric.UV)
                + ")");
      }
    }
    if (!over.isEmpty()) {
      notes.add(
          "conversion_rate above 100% in "
              + over.size()
              + (over.size() == 1 ? " period" : " periods")
              + " (buyers/uv): "
              + named(over)
              + "; more buyers than visitors means the traffic imported is not all the store's"
              + " (not imported for every channel or day, or one terminal's or page's visitors)");
    }
  }

  /**
   * The one rule on periods whose traffic covers only some of their days (review12 L14): their
   * conversion rates are left empty ({@code rows} changed in place), since their orders and buyers
   * are of every day; a channel's view keeps to it as the store's does (tryout22a A7).
   *
   * @param trafficDays per row, the days with traffic when fewer than its days, else null.
   * @return the periods left without, as "label (days with traffic/days)" for {@link
   *     #partialTrafficNote}.
   */
  static List<String> withoutPartialConversion(List<MetricsRow> rows, List<Long> trafficDays) {
    List<String> partial = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MetricsRow r = rows.get(i);
      Long days = trafficDays.get(i);
      if (days != null) {
        rows.set(
            i, new MetricsRow(r.period(), r.dates(), r.partial(), r.metrics().withoutConversion()));
        String label = r.period() == null ? r.dates().toString() : r.period().label();
        partial.add(label + " (" + days + "/" + r.dates().days() + ")");
      }
    }
    return partial;
  }

  /**
   * The note on periods whose traffic covers only some of their days: their conversion rates are
   * left empty, since their orders and buyers are of every day (review12 L14).
   */
  private static String partialTrafficNote(List<String> periods) {
    return "conversion_rate, order_conversion_rate: not computed in "
        + periods.size()
        + (periods.size() == 1 ? " period" : " periods")
        + " whose traffic covers only some of its days (days with traffic/days): "
        + named(periods)
        + "; pv and uv there are of those days only";
  }

  /**
   * A return rate over 100 % (review18 T7): the units whose return was asked for in a period are
   * set against the units delivered in it, and goods delivered earlier come back later, so a week
   * of few deliveries can show 133 %. Say so where it happens, with the two figures.
   */
  private static void returnsOverDeliveries(
      List<String> notes, List<MetricsRow> rows, FigureCounter.Counted f) {
    List<String> over = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PeriodFigures p = f.bySpan().get(i);
      Long returned = p.returnedUnits();
      Long delivered = p.deliveredUnits();
      if (returned != null && delivered != null && delivered > 0 && returned > delivered) {
        over.add(rows.get(i).period().label() + " (" + returned + "/" + delivered + ")");
      }
    }
    if (!over.isEmpty()) {
      notes.add(
          "return_rate: over 100% in "
              + over.size()
              + (over.size() == 1 ? " period" : " periods")
              + " (units returned/units delivered): "
              + named(over)
              + "; returns are counted when asked for, so goods delivered in earlier periods"
              + " count against the period's deliveries");
    }
  }

  /** The first {@link #NAMED_PERIODS} labels, then how many more. */
  private static String named(List<String> labels) {
    if (labels.size() <= NAMED_PERIODS) {
      return String.join(", ", labels);
    }
    return String.join(", ", labels.subList(0, NAMED_PERIODS))
        + ", … (+"
        + (labels.size() - NAMED_PERIODS)
        + ")";
  }

  /**
   * Why a week or month covers only part of its days: the --from or --to given, or, without --to,
   * today (the period is not over yet).
   */
  static String partialNote(MetricsRow r, MetricsQuery q) {
    boolean cutByFrom = q.from() != null && r.dates().from().isAfter(r.period().startDate());
    boolean cutByTo = q.to() != null && r.dates().to().isBefore(r.period().endDate());
    String why = cutByFrom || cutByTo ? "cut by --from/--to" : "up to today";
    return r.period().label() + " covers " + r.dates() + " only (" + why + ")";
  }

  public MetricsComparison compare(CompareQuery q) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate().minusDays(1) : q.to();
    DateRange current = range(q.from() == null ? to.minusDays(6) : q.from(), to);
    DateRange previous = q.against() == null ? current.previous() : q.against();
    checkCurrency();
    SalesFigures sales = new SalesFigures(store, currency);
    SalesFigures.PaidFacts paidNow =
        sales.paidFacts(current.start(zone), current.end(zone), q.asOf());
    SalesFigures.PaidFacts paidBefore =
        sales.paidFacts(previous.start(zone), previous.end(zone), q.asOf());
    java.util.Set<String> currencies = new java.util.TreeSet<>(paidNow.currencies());
    currencies.addAll(paidBefore.currencies());
    boolean mixed = currencies.size() > 1;
    List<String> paidNotes = new ArrayList<>();
    if (mixed) {
      paidNotes.add(mixedNote(List.copyOf(currencies)));
      SalesFigures.PaidFacts both =
          sales.paidFacts(
              min(current.start(zone), previous.start(zone)),
              max(current.end(zone), previous.end(zone)),
              q.asOf());
      paidNotes.add(currencyHint(current + ", " + previous, both));
    } else {
      paidNotes.addAll(paidNotes(paidNow));
      paidNotes.addAll(paidNotes(paidBefore));
    }
    FigureCounter counter = counter(q.asOf());
    FigureCounter.Counted f =
        counter.count(List.of(Span.of(current, zone), Span.of(previous, zone)), null);
    PeriodMetrics now = Metrics.compute(f.bySpan().get(0));
    PeriodMetrics before = Metrics.compute(f.bySpan().get(1));
    if (currency != null) {
      List<MetricsRow> two = new ArrayList<>();
      two.add(new MetricsRow(null, current, false, now));
      two.add(new MetricsRow(null, previous, false, before));
      paidNotes.addAll(0, oneCurrency(two, q.asOf(), null, null));
      now = two.get(0).metrics();
      before = two.get(1).metrics();
    }
    List<MetricsRow> both =
        new ArrayList<>(
            List.of(
                new MetricsRow(null, current, false, now),
                new MetricsRow(null, previous, false, before)));
    List<String> partialTraffic = withoutPartialConversion(both, f.trafficDays());
    now = both.get(0).metrics();
    before = both.get(1).metrics();
    Map<Metric, Comparison> cmp =
        mixed
            ? Metrics.compare(now.withoutMoney(), before.withoutMoney())
            : Metrics.compare(now, before);
    Map<Metric, List<BigDecimal>> trends = new EnumMap<>(Metric.class);
    if (q.trend()) {
      List<Span> days = Span.periods(Granularity.DAY, current, zone);
      List<MetricsRow> daily = rows(days, counter.count(days, null));
      if (currency != null) {
        oneCurrency(daily, q.asOf(), null, null);
      }
      for (Metric m : Metric.values()) {
        if (!(mixed && m.kind() == Metric.Kind.MONEY)) {
          trends.put(m, Metrics.seriesOf(daily, m));
        }
      }
    }
    List<String> notes = notes(f, null, null);
    if (!partialTraffic.isEmpty()) {
      notes.add(partialTrafficNote(partialTraffic));
    }
    buyersOverVisitorsNote(
        notes,
        List.of(
            new MetricsRow(null, current, false, now),
            new MetricsRow(null, previous, false, before)));
    notes.addAll(paidNotes.stream().distinct().toList());
    notes.addAll(TimelessOrderNotes.of(store, TimelessOrderNotes.Report.METRICS)); // generic25
    cancellationNote(notes, current.start(zone), current.end(zone));
    closureNotes(notes, current.start(zone), current.end(zone), q.asOf(), null);
    reversalNotes(
        notes,
        f.bySpan().get(0).refundsReversed(),
        current.start(zone),
        current.end(zone),
        q.asOf(),
        null);
    return new MetricsComparison(current, previous, cmp, trends, notes);
  }

  public FunnelReport funnel(FunnelQuery q) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate() : q.to();
    DateRange r = range(q.from() == null ? Granularity.DAY.defaultFrom(to) : q.from(), to);
    FunnelCounts c = new TrafficFigures(store).funnel(r.start(zone), r.end(zone));
    List<String> notes = new ArrayList<>();
    notes.add(r + ": distinct visitors reaching each stage");
    if (c.visitors() == 0) {
      notes.add(
          "no events in these dates: import clickstream or access logs with"
              + " `shopops import events`");
    } else if (c.order() == 0 && c.paid() > 0) {
      notes.add(
          "the events have no order step (e.g. Taobao UserBehavior): order is 0, so"
              + " paid has no step conversion");
    }
    return new FunnelReport(
        r, Funnel.compute(c.visitors(), c.viewedSku(), c.cart(), c.order(), c.paid()), notes);
  }

  // ------------------------------------------------------------------ shared with score, report

  private FigureCounter counter(Instant asOf) {
    return counter(asOf, null);
  }

  private FigureCounter counter(Instant asOf, OrderChannel platform) {
    return new FigureCounter(store, rules.shipping(), asOf, this::paidDays, currency, platform);
  }

  /** The currency of the figures ({@code --currency}, in capitals), or null for every order. */
  String currency() {
    return currency;
  }

  /**
   * Refuses a {@code --currency} the store holds no paid order in (and that is not its default
   * currency), naming those it holds: a typo must not give a report of zeros.
   */
  void checkCurrency() throws SQLException {
    if (currency != null) {
      com.shopops.app.CurrencyOption.checkHeld(store, currency);
    }
  }

  /**
   * The notes of a {@code --currency} view, with the conversion rates of {@code rows} (changed in
   * place) left empty where the period has paid orders in other currencies: its visitors (traffic
   * carries no currency) are those of every currency's orders, so buyers of one over them would
   * understate the rate. With a marketplace's channel ({@code platform}), only its orders are
   * looked at: its visitors are its own (review19 V17). Under a {@code channel} the note says the
   * pv and uv are that channel's, as the channel's own note does (tryout20 Y2).
   */
  private List<String> oneCurrency(
      List<MetricsRow> rows, Instant asOf, OrderChannel platform, String channel)
      throws SQLException {
    List<DateRange> dates = rows.stream().map(MetricsRow::dates).toList();
    List<Map<String, Long>> found =
        new SalesFigures(store, null, platform).ordersByCurrency(dates, asOf);
    List<String> others = new ArrayList<>();
    Map<String, Long> leftOut = new java.util.TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      MetricsRow r = rows.get(i);
      Map<String, Long> c = found.get(i);
      c.forEach(
          (code, n) -> {
            if (!code.equals(currency)) {
              leftOut.merge(code, n, Long::sum);
            }
          });
      if (c.keySet().stream().anyMatch(code -> !code.equals(currency))) {
        rows.set(
            i, new MetricsRow(r.period(), r.dates(), r.partial(), r.metrics().withoutConversion()));
        String label = r.period() == null ? r.dates().toString() : r.period().label();
        others.add(label + " (" + String.join(", ", c.keySet()) + ")");
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        (storeCurrency ? "" : "--currency " + currency + ": ")
            + "orders, buyers, sales, net_sales, sales_per_buyer, aov and repeat_rate count the"
            + " paid orders in "
            + currency
            + (storeCurrency ? " (the store's currency)" : "")
            + " only; "
            + (channel == null
                ? "pv, uv, return_rate and on_time_ship_rate are the whole store's"
                : "pv and uv are channel "
                    + channel
                    + "'s (traffic carries no currency)"
                    + (platform == null
                        ? "; return_rate and on_time_ship_rate are the whole store's"
                        : "")));
    for (Map.Entry<String, Long> e : leftOut.entrySet()) {
      // each other currency's orders and sales in its own money (review19 V6, V14)
      long sales = 0;
      for (SalesFigures.OrderCounts c :
          new SalesFigures(store, e.getKey(), platform).orders(dates, asOf)) {
        sales += c.sales();
      }
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "paid orders in %s left out: %,d (%,.2f %s); `--currency %s` shows them",
              e.getKey(),
              e.getValue(),
              BigDecimal.valueOf(sales, 2),
              e.getKey(),
              e.getKey()));
    }
    if (!others.isEmpty()) {
      notes.add(
          "conversion_rate, order_conversion_rate: not computed in "
              + others.size()
              + (others.size() == 1 ? " period" : " periods")
              + " with paid orders in other currencies: "
              + named(others)
              + "; the visitors there are those of every currency's orders");
    }
    return notes;
  }

  /**
   * The note that says once, on a range whose paid orders are in several currencies, which they are
   * and the option that shows each one's money figures (review15 P3).
   *
   * @param where the dates
   */
  private static String currencyHint(String where, SalesFigures.PaidFacts p) {
    List<String> counts = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (int i = 0; i < p.currencies().size(); i++) {
      counts.add(p.currencies().get(i) + ": " + p.orders().get(i)); // "USD: 2", review19 V14
      options.add("--currency " + p.currencies().get(i));
    }
    String last = options.remove(options.size() - 1);
    return p.currencies().size()
        + " currencies in "
        + where
        + " (paid orders: "
        + String.join(", ", counts)
        + "): add "
        + String.join(", ", options)
        + " or "
        + last
        + " to see each one's sales";
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The spans {@link #paidDayCounts} holds the days of, as of {@link #paidDaysAsOf}. */
  private final List<TimeSpan> paidDaysRead = new ArrayList<>();

  private final Map<LocalDate, long[]> paidDayCounts = new HashMap<>();
  private Instant paidDaysAsOf;

  /**
   * The SLA day counts of {@code span}, read once per service: the morning report asks for the days
   * of its two periods twice each (the daily rows and the total).
   */
  private DailyCounts paidDays(Instant asOf, TimeSpan span) throws SQLException {
    if (!asOf.equals(paidDaysAsOf)) {
      paidDaysRead.clear();
      paidDayCounts.clear();
      paidDaysAsOf = asOf;
    }
    int width = ShippingStatus.values().length;
    boolean read = paidDaysRead.stream().anyMatch(r -> covers(r, span));
    if (!read) {
      paidDayCounts.putAll(new SlaService(store).dayCounts(asOf, span).byDay());
      paidDaysRead.add(span);
    }
    return new DailyCounts(width, paidDayCounts);
  }

  private static boolean covers(TimeSpan outer, TimeSpan inner) {
    boolean from =
        outer.from() == null || inner.from() != null && !inner.from().isBefore(outer.from());
    boolean to = outer.to() == null || inner.to() != null && !inner.to().isAfter(outer.to());
    return from && to;
  }

  /** The metrics of a whole range, with the notes on how they were counted. */
  record Total(PeriodMetrics metrics, List<String> notes) {}

  Total total(DateRange range, Instant asOf) throws SQLException {
    SalesFigures.PaidFacts paid =
        new SalesFigures(store, currency)
            .paidFacts(range.start(store.zone()), range.end(store.zone()), asOf);
    FigureCounter.Counted f = counter(asOf).count(List.of(Span.of(range, store.zone())), null);
    List<String> notes = notes(f, null, null);
    List<MetricsRow> whole =
        new ArrayList<>(
            List.of(new MetricsRow(null, range, false, Metrics.compute(f.bySpan().get(0)))));
    List<String> partialTraffic = withoutPartialConversion(whole, f.trafficDays());
    PeriodMetrics m = whole.get(0).metrics();
    if (!partialTraffic.isEmpty()) {
      notes.add(partialTrafficNote(partialTraffic));
    }
    buyersOverVisitorsNote(notes, List.of(new MetricsRow(null, range, false, m)));
    if (paid.currencies().size() > 1) {
      notes.add(mixedNote(paid.currencies()));
      notes.add(currencyHint(range.toString(), paid));
      m = m.withoutMoney();
    } else {
      if (currency != null) {
        List<MetricsRow> one = new ArrayList<>(List.of(new MetricsRow(null, range, false, m)));
        notes.addAll(oneCurrency(one, asOf, null, null));
        m = one.get(0).metrics();
      }
      notes.addAll(paidNotes(paid));
    }
    cancellationNote(notes, range.start(store.zone()), range.end(store.zone()));
    closureNotes(notes, range.start(store.zone()), range.end(store.zone()), asOf, null);
    reversalNotes(
        notes,
        f.bySpan().get(0).refundsReversed(),
        range.start(store.zone()),
        range.end(store.zone()),
        asOf,
        null);
    return new Total(m, notes);
  }

  /**
   * Adds the notes on the orders closed after payment whose export gives no close time, whose
   * refund net_sales takes off in [from, to) (by as-of): how each was dated (review16 Q6, {@link
   * ReturnFigures#undatedClosures}).
   */
  private void closureNotes(
      List<String> notes, Instant from, Instant to, Instant asOf, OrderChannel channel)
      throws SQLException {
    Instant known = SalesFigures.asOfEnd(to, asOf);
    if (!known.isAfter(from)) {
      return;
    }
    ReturnFigures.UndatedClosures c =
        new ReturnFigures(store).undatedClosures(from, known, currency, channel);
    if (c.onImportDay() > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "net_sales: %,d %s closed after payment without a close time in the export %s on the"
                  + " day an import first stored %s closed, not on %s payment day",
              c.onImportDay(),
              c.onImportDay() == 1 ? "order" : "orders",
              c.onImportDay() == 1 ? "is taken off" : "are taken off",
              c.onImportDay() == 1 ? "it" : "them",
              c.onImportDay() == 1 ? "its" : "their"));
    }
    if (c.onPaymentDay() > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "net_sales: %,d %s closed after payment without a close time in the export %s on"
                  + " %s payment day: %s already closed when first imported",
              c.onPaymentDay(),
              c.onPaymentDay() == 1 ? "order" : "orders",
              c.onPaymentDay() == 1 ? "is taken off" : "are taken off",
              c.onPaymentDay() == 1 ? "its" : "their",
              c.onPaymentDay() == 1 ? "it was" : "they were"));
    }
    // the import counts these among the closed; metrics has nothing of them to take off (B7)
    if (c.nothingOff() > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "net_sales: %,d %s closed after payment without a close time in the export %s"
                  + " nothing off: no money of %s is left to refund (0.00: no order lines, or"
                  + " %s returns refunded it)",
              c.nothingOff(),
              c.nothingOff() == 1 ? "order" : "orders",
              c.nothingOff() == 1 ? "takes" : "take",
              c.nothingOff() == 1 ? "it" : "theirs",
              c.nothingOff() == 1 ? "its" : "their"));
    }
    long seen = c.refundsOnImportDay();
    if (seen > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "net_sales: %,d %s an order export states without a refund time %s on the day an"
                  + " import first stored %s, not on %s payment day",
              seen,
              seen == 1 ? "refund" : "refunds",
              seen == 1 ? "is taken off" : "are taken off",
              seen == 1 ? "it" : "them",
              seen == 1 ? "its order's" : "their orders'"));
    }
    long first = c.refundsOnPaymentDay();
    if (first > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "net_sales: %,d %s an order export states without a refund time %s on %s payment"
                  + " day: %s there when %s first imported",
              first,
              first == 1 ? "refund" : "refunds",
              first == 1 ? "is taken off" : "are taken off",
              first == 1 ? "its order's" : "their orders'",
              first == 1 ? "it was" : "they were",
              first == 1 ? "the order was" : "the orders were"));
    }
  }

  /** Refunds taken back a note names one by one before it says how many more there are. */
  private static final int NAMED_REVERSALS = 12;

  /**
   * Adds a note per refund taken back in [from, to) (退款冲回, tryout24b A2: an order export stating
   * less refunded than was counted before is taken as it states): the day, the order, what its
   * export states, what was counted before and what is reversed — what makes a day's net_sales
   * rise. Read only when the figures hold a reversal ({@code reversed}, minor units, above 0).
   */
  private void reversalNotes(
      List<String> notes,
      long reversed,
      Instant from,
      Instant to,
      Instant asOf,
      OrderChannel channel)
      throws SQLException {
    Instant known = SalesFigures.asOfEnd(to, asOf);
    if (reversed <= 0 || !known.isAfter(from)) {
      return;
    }
    List<ReturnFigures.Reversal> all =
        new ReturnFigures(store).reversals(from, known, currency, channel);
    for (int i = 0; i < all.size() && i < NAMED_REVERSALS; i++) {
      ReturnFigures.Reversal r = all.get(i);
      // English like the other net_sales notes here, said in zh by its known_messages pattern
      notes.add(com.shopops.app.RefundReversalNote.of(r, null).english());
    }
    if (all.size() > NAMED_REVERSALS) {
      List<ReturnFigures.Reversal> rest = all.subList(NAMED_REVERSALS, all.size());
      notes.add(
          com.shopops.text.Problem.of(
                  REVERSED_MORE,
                  String.format(java.util.Locale.ROOT, "%,d", rest.size()),
                  money(rest.stream().mapToLong(ReturnFigures.Reversal::reversed).sum()))
              .english());
    }
  }

  private static final String REVERSED_MORE = "note.refund_reversed_more";

  /**
   * Adds the note on the cancellations an import left out of [from, to) (Online Retail's
   * C-invoices, which name no invoice they cancel): net_sales is not net of them.
   */
  private void cancellationNote(List<String> notes, Instant from, Instant to) throws SQLException {
    CancellationInvoices.Skipped s =
        CancellationInvoices.skipped(
            new ImportLog(store).leftOut(CancellationInvoices.REASON_PREFIX),
            from,
            to,
            store.zone());
    if (s.invoices() > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "%,d %s (%,.2f %s) in this period %s not deducted: the export does not say which"
                  + " invoice %s",
              s.invoices(),
              s.invoices() == 1 ? "cancellation" : "cancellations",
              BigDecimal.valueOf(s.amount(), 2),
              store.defaultCurrency(),
              s.invoices() == 1 ? "is" : "are",
              s.invoices() == 1 ? "it cancels" : "they cancel"));
    }
  }

  /** One row per day of {@code range}. */
  List<MetricsRow> daily(DateRange range, Instant asOf) throws SQLException {
    List<Span> days = Span.periods(Granularity.DAY, range, store.zone());
    List<MetricsRow> rows = rows(days, counter(asOf).count(days, null));
    if (currency != null) {
      oneCurrency(rows, asOf, null, null);
    }
    return rows;
  }

  /** {@code from..to}; a --to before --from (given or defaulted) is a usage error. */
  static DateRange range(LocalDate from, LocalDate to) {
    try {
      return new DateRange(from, to);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, e.getMessage(), null);
    }
  }

  private static List<MetricsRow> rows(List<Span> spans, FigureCounter.Counted f) {
    List<MetricsRow> rows = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      rows.add(
          new MetricsRow(s.period(), s.dates(), s.partial(), Metrics.compute(f.bySpan().get(i))));
    }
    return rows;
  }

  private static String mixedNote(List<String> currencies) {
    return "sales, net_sales, sales_per_buyer, aov: not computed: the paid orders are in "
        + currencies.size()
        + " currencies ("
        + String.join(", ", currencies)
        + ") and amounts"
        + " of different currencies are never added up";
  }

  /** The notes on paid orders in one currency: which, and how many paid times were inferred. */
  private static List<String> paidNotes(SalesFigures.PaidFacts p) {
    List<String> notes = new ArrayList<>();
    if (!p.currencies().isEmpty()) {
      notes.add("sales, aov and sales_per_buyer are in " + p.currencies().get(0));
    }
    if (p.inferredPaidTimes() > 0) {
      notes.add(inferredNote(p.inferredPaidTimes()));
    }
    return notes;
  }

  /** The note on paid times inferred from an order's status, shared by every report. */
  public static String inferredNote(long inferred) {
    return inferred
        + (inferred == 1 ? " order counts as paid by its" : " orders count as paid by their")
        + " status without a paid time in the export: paid time inferred (created time; cash on"
        + " delivery: delivery time)";
  }

  /** Why return_rate is empty when the store holds no return (tryout26b B1). */
  static final String RETURNS_NOT_COMPUTED =
      "return_rate: not computed: no returns imported (`shopops import returns FILE`: a refund or"
          + " 售后 export)";

  /**
   * What a range without a paid order says when the store holds paid orders on other days
   * (tryout26b B4): how many, from when to when, and a --from/--to that shows the last of them
   * ({@code by}'s default period up to the last day paid); null when it holds none.
   */
  String nothingInRange(DateRange range, Instant asOf, Granularity by) throws SQLException {
    SalesFigures.PaidSpan s = new SalesFigures(store, currency).paidSpan(asOf);
    if (s == null) {
      return null;
    }
    return "no orders paid in "
        + range
        + "; the store's "
        + String.format(java.util.Locale.ROOT, "%,d", s.orders())
        + (s.orders() == 1 ? " paid order runs" : " paid orders run")
        + " from "
        + s.first()
        + " to "
        + s.last()
        + ": give their period with --from/--to, e.g. --from "
        + by.defaultFrom(s.last())
        + " --to "
        + s.last();
  }

  /** What the output says about how the figures were counted. */
  private List<String> notes(FigureCounter.Counted f, String channel, OrderChannel platform) {
    List<String> notes =
        new ArrayList<>(TrafficSource.notes(f.sources(), f.uvSummed(), channel, platform != null));
    if (platform != null) {
      notes.add(
          "pv and uv of channel "
              + channel
              + "; orders, buyers, sales, refunds and the conversion rates are those of its orders"
              + " (imported from the "
              + platform.code()
              + " order export); return_rate and on_time_ship_rate are left empty: returns and"
              + " shipping are the whole store's (`shopops metrics` without --channel)");
      return notes;
    }
    if (!f.returnsKnown()) { // a rate of data never given is no 0 % (tryout26b B1)
      notes.add(RETURNS_NOT_COMPUTED);
    } else if (ReturnsReport.noDeliveries(
        true,
        f.bySpan().stream()
            .mapToLong(p -> p.deliveredUnits() == null ? 0 : p.deliveredUnits())
            .sum())) {
      notes.add(ReturnsReport.NO_DELIVERIES); // returns held, nothing to rate them against (B6)
    }
    if (!f.shippingKnown()) {
      notes.add("on_time_ship_rate: not computed: no ship times imported");
    } else {
      notes.add(
          "on_time_ship_rate: shipped by the ship-by deadline of `sla report` ("
              + rules.config().get(SlaConfig.SHIP_WITHIN)
              + " after payment) / shipped with a known time, by day of payment (as `sla"
              + " report`)");
    }
    return notes;
  }

  /**
   * Refuses a {@code channel} with neither traffic nor, for a marketplace's, orders stored ({@code
   * platformOrders}).
   */
  private void checkChannel(String channel, boolean platformOrders) throws SQLException {
    if (channel == null) {
      return;
    }
    List<String> known = new TrafficFigures(store).channels();
    if (!known.contains(channel) && !platformOrders) {
      throw new UserException(
          ExitCodes.USAGE,
          "--channel: no traffic imported for channel \"" + channel + "\"",
          known.isEmpty() || known.equals(List.of(""))
              ? "import daily traffic with a channel column first (`shopops import traffic`)"
              : "channels: "
                  + String.join(", ", known.stream().filter(c -> !c.isEmpty()).toList()));
    }
  }
}
