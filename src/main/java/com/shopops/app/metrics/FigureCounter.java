package com.shopops.app.metrics;

import com.shopops.app.TimeSpan;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.ReturnsReport;
import com.shopops.app.sla.SlaService;
import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.TrafficSource;
import com.shopops.domain.order.OrderChannel;
import com.shopops.domain.returns.ReturnReport;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.store.ReturnFigures;
import com.shopops.store.SalesFigures;
import com.shopops.store.SalesFigures.OrderCounts;
import com.shopops.store.ShippingFigures;
import com.shopops.store.Store;
import com.shopops.store.TrafficFigures;
import com.shopops.store.TrafficFigures.DailyVisits;
import com.shopops.store.TrafficFigures.Visits;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The raw counts ({@link PeriodFigures}) of each span, read through the store's figure classes,
 * with PV/UV taken from where {@link TrafficSource} says. The return rate and the on-time ship rate
 * are read from the services of {@code returns report} and {@code sla report} (by day), so the
 * figures cannot differ from those commands': returned units leave rejected returns out, a return
 * counts on the day of its request and an order's shipping on the day it was paid.
 */
final class FigureCounter {
  private final SalesFigures sales;
  private final OrderChannel platform;
  private final TrafficFigures traffic;
  private final ShippingFigures shipping;
  private final ReturnFigures returns;
  private final ShippingPolicy policy;
  private final Store store;
  private final Instant asOf;
  private final PaidDays paidDays;
  private final String currency;

  /** The shipping status counts per paid day: {@link SlaService#dayCounts}, or a copy of them. */
  @FunctionalInterface
  interface PaidDays {
    DailyCounts counts(Instant asOf, TimeSpan span) throws SQLException;
  }

  /**
   * @param asOf the clock of the return and shipping figures (what had happened by then), or null
   *     to leave them out (the caller does not read them).
   */
  FigureCounter(Store store, ShippingPolicy policy, Instant asOf) {
    this(store, policy, asOf, (a, span) -> new SlaService(store).dayCounts(a, span));
  }

  FigureCounter(Store store, ShippingPolicy policy, Instant asOf, PaidDays paidDays) {
    this(store, policy, asOf, paidDays, null);
  }

  /**
   * @param currency the orders counted (orders, buyers, sales, refunds, repeat buyers) are those in
   *     this currency, or every order when null; traffic, returned and delivered units and shipping
   *     are the whole store's.
   */
  FigureCounter(
      Store store, ShippingPolicy policy, Instant asOf, PaidDays paidDays, String currency) {
    this(store, policy, asOf, paidDays, currency, null);
  }

  /**
   * As above; with {@code platform}, the orders counted (orders, buyers, sales, refunds, repeat
   * buyers) are those of that marketplace only ({@code metrics --channel tmall}, review18 T7).
   */
  FigureCounter(
      Store store,
      ShippingPolicy policy,
      Instant asOf,
      PaidDays paidDays,
      String currency,
      OrderChannel platform) {
    this.store = store;
    this.asOf = asOf;
    this.paidDays = paidDays;
    this.currency = currency;
    this.platform = platform;
    this.sales = new SalesFigures(store, currency, platform);
    this.traffic = new TrafficFigures(store);
    this.shipping = new ShippingFigures(store);
    this.returns = new ReturnFigures(store);
    this.policy = policy;
  }

  /**
   * The figures of every span, with what they were computed from.
   *
   * @param sources where each span's PV/UV came from.
   * @param uvSummed true when some span's UV is a sum of daily (or per-channel) UV.
   * @param shippingKnown false when no order has a ship time (the on-time ship rate is then not
   *     computed).
   * @param returnsKnown false when the store holds no return (the return rate is then not computed,
   *     tryout26b B1).
   * @param trafficDays per span, the days with daily traffic figures its PV/UV were read from when
   *     they are fewer than its days (3 of a week's 7), else null (review12 L14).
   */
  record Counted(
      List<PeriodFigures> bySpan,
      List<TrafficSource> sources,
      boolean uvSummed,
      boolean shippingKnown,
      boolean returnsKnown,
      List<Long> trafficDays) {}

  Counted count(List<Span> spans, String channel) throws SQLException {
    List<PeriodFigures> out = new ArrayList<>();
    if (spans.isEmpty()) {
      return new Counted(out, List.of(), false, false, false, List.of());
    }
    Instant from = spans.stream().map(Span::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = spans.stream().map(Span::end).max(Comparator.naturalOrder()).orElseThrow();
    List<TrafficSource> sources = new ArrayList<>();
    DateRange eventDays = traffic.eventDays();
    boolean shipped = asOf != null && shipping.hasShippedOrders();
    boolean returned = returns.hasReturns();
    DailyCounts shipDays = shipped ? shippedByPaidDay(from, to) : null;
    // what was paid or refunded after as-of is not known yet (review12 L10)
    Instant known = SalesFigures.asOfEnd(to, asOf);
    known = known.isBefore(from) ? from : known;
    DailyCounts newBuyers = sales.newBuyersByDay(from, known);
    DailyCounts[] units = unitsByDay(spans);
    DailyCounts returnDays = units[0];
    DailyCounts deliveredDays = units[1];
    DailyCounts refundDays = returns.refundsByDay(from, known, currency, platform);
    // each figure of all spans in one statement (per few hundred spans), not one per span
    List<DateRange> dates = spans.stream().map(Span::dates).toList();
    List<OrderCounts> orders = sales.orders(dates, asOf);
    boolean[] eventsIn = channel == null ? traffic.hasEventsIn(dates) : new boolean[dates.size()];
    List<DailyVisits> daily = traffic.daily(dates, channel);
    List<DateRange> eventSpans = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      TrafficSource source =
          TrafficSource.of(channel, eventDays, dates.get(i), eventsIn[i], daily.get(i).rows() > 0);
      sources.add(source);
      if (source == TrafficSource.EVENTS) {
        eventSpans.add(dates.get(i));
      }
    }
    Iterator<Visits> events = traffic.events(eventSpans).iterator();
    boolean summed = false;
    List<Long> trafficDays = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      OrderCounts o = orders.get(i);
      long repeat = o.buyersWithId() - newBuyers.over(s.dates())[0];
      TrafficSource source = sources.get(i);
      Long pv = null;
      Long uv = null;
      boolean sum = false;
      if (source == TrafficSource.EVENTS) {
        Visits v = events.next();
        pv = v.pv();
        uv = v.uv();
      } else if (source == TrafficSource.DAILY) {
        DailyVisits d = daily.get(i);
        if (d.rows() > 0) {
          pv = d.pv();
          uv = d.uv();
          sum = TrafficSource.dailyUvIsSum(d.days(), d.mostRowsInADay());
        }
      }
      summed |= sum && uv != null;
      trafficDays.add(coveredDays(source, dates.get(i), daily.get(i)));
      long[] ship = shipped ? shipDays.over(s.dates()) : null;
      long[] refunds = refundDays.over(s.dates());
      out.add(
          new PeriodFigures(
              pv,
              uv,
              sum && uv != null,
              o.orders(),
              o.buyers(),
              o.sales(),
              refunds[ReturnFigures.ISSUED],
              repeat,
              returned ? returnDays.over(s.dates())[0] : null,
              deliveredDays.over(s.dates())[0],
              shipped ? ship[1] : null,
              shipped ? ship[0] : null,
              refunds[ReturnFigures.REVERSED]));
    }
    return new Counted(out, sources, summed, shipped, returned, trafficDays);
  }

  /**
   * The days of {@code span} with daily traffic figures when its PV/UV are read from them and they
   * are fewer than its days; null otherwise (events are read as {@link TrafficSource} says).
   */
  private static Long coveredDays(TrafficSource source, DateRange span, DailyVisits daily) {
    long covered = source == TrafficSource.DAILY && daily.rows() > 0 ? daily.days() : span.days();
    return covered < span.days() ? covered : null;
  }

  /**
   * Per day of payment in [from, to): {shipped with a known time, of which on time}, counted from
   * the day counts of {@code sla report} as of {@link #asOf}.
   */
  private DailyCounts shippedByPaidDay(Instant from, Instant to) throws SQLException {
    DailyCounts statuses = paidDays.counts(asOf, new TimeSpan(from, to));
    Map<LocalDate, long[]> out = new HashMap<>();
    statuses
        .byDay()
        .forEach(
            (day, counts) -> {
              long known = 0;
              for (ShippingStatus s : ShippingStatus.values()) {
                known += s.isShippedOnRecord() ? counts[s.ordinal()] : 0;
              }
              out.put(day, new long[] {known, counts[ShippingStatus.SHIPPED_ON_TIME.ordinal()]});
            });
    return new DailyCounts(2, out);
  }

  /**
   * Per day of the spans: {returned units} and {delivered units}, the day rows of {@code returns
   * report} as of {@link #asOf} (zero without a clock).
   */
  private DailyCounts[] unitsByDay(List<Span> spans) throws SQLException {
    Map<LocalDate, long[]> returned = new HashMap<>();
    Map<LocalDate, long[]> delivered = new HashMap<>();
    if (asOf != null) {
      LocalDate first =
          spans.stream().map(s -> s.dates().from()).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate last =
          spans.stream().map(s -> s.dates().to()).max(Comparator.naturalOrder()).orElseThrow();
      ReturnsReport r = new ReturnService(store).dayRowsAsOfEnd(first, last, asOf);
      for (ReturnReport.Row row : r.rows()) {
        if (ReturnReport.ALL.equals(row.key())) {
          continue;
        }
        LocalDate day = LocalDate.parse(row.key());
        returned.put(day, new long[] {row.returnedUnits()});
        long units = row.deliveredUnits() == null ? 0 : row.deliveredUnits();
        delivered.put(day, new long[] {units});
      }
    }
    return new DailyCounts[] {new DailyCounts(1, returned), new DailyCounts(1, delivered)};
  }
}
