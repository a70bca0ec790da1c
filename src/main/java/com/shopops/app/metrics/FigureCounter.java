package com.shopops.app.metrics;

import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.TrafficSource;
import com.shopops.domain.sla.ShippingPolicy;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The raw counts ({@link PeriodFigures}) of each span, read through the store's figure classes,
 * with PV/UV taken from where {@link TrafficSource} says.
 */
final class FigureCounter {
  private final SalesFigures sales;
  private final TrafficFigures traffic;
  private final ShippingFigures shipping;
  private final ReturnFigures returns;
  private final ShippingPolicy policy;

  FigureCounter(Store store, ShippingPolicy policy) {
    this.sales = new SalesFigures(store);
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
   */
  record Counted(
      List<PeriodFigures> bySpan,
      List<TrafficSource> sources,
      boolean uvSummed,
      boolean shippingKnown) {}

  Counted count(List<Span> spans, String channel) throws SQLException {
    List<PeriodFigures> out = new ArrayList<>();
    if (spans.isEmpty()) {
      return new Counted(out, List.of(), false, false);
    }
    Instant from = spans.stream().map(Span::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = spans.stream().map(Span::end).max(Comparator.naturalOrder()).orElseThrow();
    List<TrafficSource> sources = new ArrayList<>();
    DateRange eventDays = traffic.eventDays();
    boolean shipped = shipping.hasShippedOrders();
    DailyCounts shipDays = shipped ? shipping.shippedByDay(from, to, policy) : null;
    DailyCounts newBuyers = sales.newBuyersByDay(from, to);
    DailyCounts returnDays = returns.returnedUnitsByDay(from, to);
    DailyCounts deliveredDays = shipping.deliveredUnitsByDay(from, to);
    DailyCounts refundDays = returns.refundsByDay(from, to);
    // each figure of all spans in one statement (per few hundred spans), not one per span
    List<DateRange> dates = spans.stream().map(Span::dates).toList();
    List<OrderCounts> orders = sales.orders(dates);
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
      long[] ship = shipped ? shipDays.over(s.dates()) : null;
      out.add(
          new PeriodFigures(
              pv,
              uv,
              sum && uv != null,
              o.orders(),
              o.buyers(),
              o.sales(),
              refundDays.over(s.dates())[0],
              repeat,
              returnDays.over(s.dates())[0],
              deliveredDays.over(s.dates())[0],
              shipped ? ship[1] : null,
              shipped ? ship[0] : null));
    }
    return new Counted(out, sources, summed, shipped);
  }
}
