package com.shopops.app.metrics;

import com.shopops.app.Rules;
import com.shopops.app.TimeSpan;
import com.shopops.app.followups.DueFollowUp;
import com.shopops.app.followups.FollowUpService;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.WaitingReturn;
import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaListing;
import com.shopops.app.sla.SlaOrder;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.app.sla.SlaService;
import com.shopops.domain.metrics.ActionList;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ReturnsSummary;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.metrics.ShippingSummary;
import com.shopops.domain.returns.OpenWindows;
import com.shopops.domain.returns.ReturnReport;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.store.ReturnFigures;
import com.shopops.store.SalesFigures;
import com.shopops.store.ShippingFigures;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The store report ({@code report --html}): the metrics of a period (in total and per day) and of
 * the period before it (for the changes and the overlaid charts), its scorecard, and shipping and
 * returns summaries, gathered for {@code render.report.HtmlReport}; and today's lists of things to
 * do, as of the report's clock, from the services that list them in full ({@link ActionList}).
 */
public final class ReportService {
  /** How many items of each action list the report shows. */
  public static final int SHOWN = 5;

  private final Store store;
  private final Rules rules;

  public ReportService(Store store, Rules rules) {
    this.store = store;
    this.rules = rules;
  }

  public StoreReport report(ReportQuery q) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate().minusDays(1) : q.to();
    DateRange range = MetricsService.range(q.from() == null ? to.minusDays(29) : q.from(), to);
    MetricsService metrics = new MetricsService(store, rules, q.currency());
    metrics.checkCurrency();
    DateRange before = range.previous();
    // amounts of different currencies are never added up, nor drawn as one line: without
    // --currency, when the paid orders of the two periods are in several currencies and the store's
    // is one of them, the report is of the store's currency's orders, the others listed in the
    // notes (review19 V6: two USD orders of a side store no longer blank a CNY shop's money);
    // else, by the rule of `metrics` (per range), the days of a range whose paid orders are in 2+
    // currencies carry no money figures, and the period before loses them too when the two
    // periods differ in currency
    if (q.currency() == null) {
      java.util.Set<String> seen = new java.util.TreeSet<>(currencies(range, q.asOf(), null));
      seen.addAll(currencies(before, q.asOf(), null));
      if (seen.size() > 1 && seen.contains(store.defaultCurrency())) {
        metrics = MetricsService.inStoreCurrency(store, rules);
      }
    }
    List<String> now = currencies(range, q.asOf(), metrics.currency());
    java.util.Set<String> both = new java.util.TreeSet<>(now);
    both.addAll(currencies(before, q.asOf(), metrics.currency()));
    var daily = withoutMoney(metrics.daily(range, q.asOf()), now.size() > 1);
    MetricsService.Total total = metrics.total(range, q.asOf());
    Scorecard card = new ScoreService(store, rules).card(range, q.asOf());
    ShippingSummary ship = null;
    long noShopPromise = 0;
    if (new ShippingFigures(store).hasShippedOrders()) {
      // the total row of `sla report` for the period: orders counted on the day they were paid
      SlaReportResult slaReport =
          new SlaService(store)
              .report(
                  new SlaService.ReportQuery(
                      q.asOf(), new TimeSpan(range.start(zone), range.end(zone)), SlaGrouping.DAY));
      SlaFigures s = slaReport.total();
      noShopPromise = slaReport.noShopPromise();
      long onTime = s.count(ShippingStatus.SHIPPED_ON_TIME);
      long known =
          onTime + s.count(ShippingStatus.SHIPPED_LATE) + s.count(ShippingStatus.SHIPPED_BREACHED);
      ship =
          new ShippingSummary(
              known, onTime, s.onTimeShipRate(), s.medianHoursToShip(), s.deliveryOnTimeRate());
    }
    // the currency the report's money is labelled with
    String currency =
        now.size() == 1
            ? now.get(0)
            : metrics.currency() != null ? metrics.currency() : store.defaultCurrency();
    // the (all) row of `returns report` for the period, its refunds in the report's currency (the
    // refunds of other currencies' orders left out, and a note says so)
    com.shopops.app.returns.ReturnsReport returnsReport =
        new ReturnService(store)
            .report(
                new com.shopops.app.returns.ReportQuery(
                    ReturnReport.By.REASON, range.from(), range.to(), q.asOf(), currency, true));
    List<ReturnReport.Row> rows = returnsReport.rows();
    ReturnReport.Row all = rows.get(rows.size() - 1);
    // no return held: no returns summary of data never given ("no returns imported", tryout26b B1)
    ReturnsSummary returns =
        new ReturnFigures(store).hasReturns()
            ? new ReturnsSummary(
                all.returns(), all.returnedUnits(), all.refundTotal(), all.returnRate())
            : null;
    List<String> notes = new ArrayList<>(total.notes());
    for (String n : returnsReport.notes()) {
      if (!notes.contains(n)) { // the metrics' notes say the no-deliveries one too (tryout27b B6)
        notes.add(n);
      }
    }
    if (noShopPromise > 0) {
      notes.add(SlaReportResult.noShopPromiseNote(noShopPromise));
    }
    // the orders with no order time are in no day of the report: said as metrics says it (tryout25b
    // B1)
    for (String n :
        com.shopops.app.orders.TimelessOrderNotes.of(
            store, com.shopops.app.orders.TimelessOrderNotes.Report.METRICS)) {
      if (!notes.contains(n)) {
        notes.add(n);
      }
    }
    PeriodMetrics previousTotal = metrics.total(before, q.asOf()).metrics();
    return new StoreReport(
        range,
        q.asOf(),
        zone,
        total.metrics(),
        daily,
        card,
        ship,
        returns,
        notes,
        both.size() > 1 ? previousTotal.withoutMoney() : previousTotal,
        withoutMoney(metrics.daily(before, q.asOf()), both.size() > 1),
        actions(q.asOf()),
        currency,
        total.metrics().holdsNothing()
            ? metrics.nothingInRange(range, q.asOf(), Granularity.DAY)
            : null);
  }

  /** The currencies of the paid orders of {@code range} (in {@code currency} only when given). */
  private List<String> currencies(DateRange range, Instant asOf, String currency)
      throws SQLException {
    ZoneId zone = store.zone();
    return new SalesFigures(store, currency)
        .paidFacts(range.start(zone), range.end(zone), asOf)
        .currencies();
  }

  private static List<MetricsRow> withoutMoney(List<MetricsRow> rows, boolean strip) {
    if (!strip) {
      return rows;
    }
    List<MetricsRow> out = new ArrayList<>();
    for (MetricsRow r : rows) {
      out.add(new MetricsRow(r.period(), r.dates(), r.partial(), r.metrics().withoutMoney()));
    }
    return out;
  }

  /** Today's lists as of {@code asOf}, in {@link ActionList.Kind} order. */
  public List<ActionList> actions(Instant asOf) throws SQLException {
    SlaService sla = new SlaService(store);
    ReturnService returns = new ReturnService(store);
    List<ActionList> out = new ArrayList<>();
    out.add(orders(ActionList.Kind.AT_RISK, sla.atRisk(new SlaService.AtRiskQuery(asOf, null))));
    out.add(orders(ActionList.Kind.OVERDUE, sla.overdue(asOf)));
    List<ActionList.Item> refunds = new ArrayList<>();
    for (WaitingReturn w : returns.waiting(asOf)) {
      if (w.timing().step() == ReturnStatus.RECEIVED && w.timing().refundBy() != null) {
        Instant due = w.timing().refundBy();
        refunds.add(
            new ActionList.Item(
                w.record().returnId(), w.record().orderId(), due, Duration.between(asOf, due)));
      }
    }
    refunds.sort(Comparator.comparing(ActionList.Item::due).thenComparing(ActionList.Item::ref));
    out.add(list(ActionList.Kind.REFUNDS_DUE, refunds));
    List<ActionList.Item> windows = new ArrayList<>();
    for (OpenWindows.Row w : returns.eligible(asOf, Duration.ofDays(1))) {
      windows.add(new ActionList.Item(w.orderId(), null, w.closesAt(), w.remaining()));
    }
    out.add(list(ActionList.Kind.WINDOWS_CLOSING, windows));
    List<ActionList.Item> followUps = new ArrayList<>();
    for (DueFollowUp d : new FollowUpService(store).due(asOf)) {
      Instant due = d.standing().entry().nextAt();
      followUps.add(
          new ActionList.Item(
              d.standing().entry().customerId(),
              d.standing().entry().orderId(),
              due,
              Duration.between(asOf, due)));
    }
    out.add(list(ActionList.Kind.FOLLOW_UPS_DUE, followUps));
    return out;
  }

  private static ActionList orders(ActionList.Kind kind, SlaListing listing) {
    List<ActionList.Item> items = new ArrayList<>();
    for (SlaOrder o : listing.rows()) {
      items.add(
          new ActionList.Item(
              o.orderId(), null, o.sla().shipBy().deadline(), o.sla().shipMargin()));
    }
    return list(kind, items);
  }

  private static ActionList list(ActionList.Kind kind, List<ActionList.Item> all) {
    return new ActionList(kind, all.subList(0, Math.min(SHOWN, all.size())), all.size());
  }
}
