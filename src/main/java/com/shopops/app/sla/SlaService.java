package com.shopops.app.sla;

import com.shopops.app.Rules;
import com.shopops.app.TimeSpan;
import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Period;
import com.shopops.domain.sla.OrderSla;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaAlerts;
import com.shopops.domain.sla.SlaClassifier;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.domain.sla.SlaNotes;
import com.shopops.domain.sla.SlaReport;
import com.shopops.domain.sla.SlaTally;
import com.shopops.store.SlaFigureUpkeep;
import com.shopops.store.SlaQueries;
import com.shopops.store.SlaQueries.Read;
import com.shopops.store.SlaQueries.SlaRow;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Shipping deadlines (发货时效) as of an instant: which orders will miss their ship-by deadline, which
 * already did, and how the shop ships over time. Each order is classified by {@link SlaClassifier}
 * under the store's rules ({@code Rules.of(store).shipping()}); the alerts ({@link
 * ShippingStatus#isAlert}) are counted over every order a listing looks at.
 */
public final class SlaService {
  private final Store store;

  public SlaService(Store store) {
    this.store = store;
  }

  /** {@code sla at-risk}: as of {@code asOf}; {@code within} (null: the rules') how close. */
  public record AtRiskQuery(Instant asOf, Duration within) {}

  /**
   * {@code sla breaches}: orders paid in {@code span} (created when unpaid), as of {@code asOf}.
   */
  public record BreachesQuery(Instant asOf, TimeSpan span) {}

  /** {@code sla report}: orders paid in {@code span} (created when unpaid), grouped {@code by}. */
  public record ReportQuery(Instant asOf, TimeSpan span, SlaGrouping by) {}

  /** The rules in force: a contradiction between keys is a usage error naming them. */
  public ShippingPolicy policy() throws SQLException {
    return Rules.of(store).shipping();
  }

  /**
   * The paid orders unshipped as of {@code asOf}, classified; those whose status {@code keep}
   * accepts, oldest payment first. The alerts count every unshipped order.
   */
  public SlaListing unshipped(Instant asOf, Predicate<ShippingStatus> keep) throws SQLException {
    return unshipped(policy(), asOf, keep);
  }

  /**
   * Unshipped orders whose deadline is not passed but comes within the window, least time first.
   */
  public SlaListing atRisk(AtRiskQuery q) throws SQLException {
    ShippingPolicy policy = policy();
    if (q.within() != null) {
      policy = policy.withAtRiskWithin(q.within());
    }
    SlaListing all = unshipped(policy, q.asOf(), s -> s == ShippingStatus.AT_RISK);
    List<SlaOrder> rows = new ArrayList<>(all.rows());
    rows.sort(
        Comparator.comparing((SlaOrder o) -> o.sla().shipBy().deadline())
            .thenComparing(SlaOrder::orderId));
    return new SlaListing(rows, all.alerts(), all.inferredPaid(), all.inferredUsed());
  }

  /** Unshipped orders past their deadline (overdue or breached), oldest payment first. */
  /** What each order of a listing holds, by order id ({@link SlaItems}, review19 V14). */
  public java.util.Map<String, SlaItems> items(SlaListing l) throws SQLException {
    java.util.Map<String, SlaItems> out = new java.util.HashMap<>();
    List<String> ids = l.rows().stream().map(SlaOrder::orderId).toList();
    var queries = new com.shopops.store.OrderQueries(store);
    var stated = queries.statedItems(ids);
    queries.lines(ids).forEach((id, lines) -> out.put(id, SlaItems.of(lines, stated.get(id))));
    return out;
  }

  public SlaListing overdue(Instant asOf) throws SQLException {
    return unshipped(
        policy(), asOf, s -> s == ShippingStatus.OVERDUE || s == ShippingStatus.BREACHED);
  }

  /** Orders past the hard limit, shipped or not, by paid time. */
  public SlaListing breaches(BreachesQuery q) throws SQLException {
    ShippingPolicy policy = policy();
    SlaAlerts.Counter alerts = new SlaAlerts.Counter();
    List<SlaOrder> kept = new ArrayList<>();
    SlaQueries queries = queries();
    queries.inPeriod(
        q.span().from(),
        q.span().to(),
        false,
        row -> {
          OrderSla sla = SlaClassifier.classify(row.shipment(), policy, q.asOf());
          alerts.add(sla.shipping());
          if (sla.shipping().isBreach()) {
            kept.add(new SlaOrder(sla, row.customerId(), row.clockFromOrderTime()));
          }
        });
    kept.sort(
        Comparator.comparing((SlaOrder o) -> o.sla().order().paidAt())
            .thenComparing(SlaOrder::orderId));
    return new SlaListing(kept, alerts.alerts(), queries.inferredPaidTimes(), inferPaidAt());
  }

  /**
   * Figures per group and in total. Time groups come in time order, the others with most orders
   * first (then by key); orders without a value for the grouping come last under {@link
   * SlaReportResult#NONE}.
   */
  public SlaReportResult report(ReportQuery q) throws SQLException {
    ShippingPolicy policy = policy();
    ZoneId zone = store.zone();
    SlaReport<String> report = new SlaReport<>();
    Days days = new Days(zone);
    SlaTally total = new SlaTally(); // each order once, even when fed under several SKUs
    SlaNotes notes = new SlaNotes();
    String[] last = {null};
    SlaQueries queries = queries();
    boolean perSku = q.by() == SlaGrouping.SKU;
    Instant from = q.span().from();
    Instant to = q.span().to();
    boolean classify = true;
    if (!perSku) {
      // the days whose orders are all settled as of the clock come from the figures kept, the
      // others are classified here (an order has one row then, as in the loop below)
      SlaFigureUpkeep.Answer kept =
          SlaFigureUpkeep.read(store, keptKind(q.by()), from, to, q.asOf());
      if (kept != null) {
        for (SlaFigureUpkeep.Cell c : kept.cells()) {
          report.add(keptKey(q.by(), c, zone), c.tally());
          total.merge(c.tally());
          notes.merge(c.notes());
        }
        from = kept.liveFrom();
        to = kept.liveTo();
        classify = from != null;
      }
    }
    if (classify) {
      queries.inPeriod(
          from,
          to,
          perSku,
          q.by().isTime() && !policy.dependsOnPlace() ? Read.TIME_FIGURES : Read.FIGURES,
          row -> {
            OrderSla sla = SlaClassifier.classify(row.shipment(), policy, q.asOf());
            report.add(groupKey(q.by(), row, zone, days), sla);
            if (!perSku || !row.shipment().orderId().equals(last[0])) {
              last[0] = row.shipment().orderId();
              total.add(sla);
              notes.add(sla, policy, row.clockFromOrderTime(), row.inferredPaid());
            }
          });
    }
    List<SlaReportResult.Group> groups = new ArrayList<>();
    report.figures().forEach((k, f) -> groups.add(new SlaReportResult.Group(k, f)));
    Comparator<SlaReportResult.Group> order =
        q.by().isTime()
            ? Comparator.comparing(SlaReportResult.Group::key)
            : Comparator.comparingLong((SlaReportResult.Group g) -> -g.figures().orders())
                .thenComparing(SlaReportResult.Group::key);
    groups.sort(
        Comparator.comparing((SlaReportResult.Group g) -> g.key().equals(SlaReportResult.NONE))
            .thenComparing(order));
    SlaFigures all = total.figures();
    return new SlaReportResult(
        q.by(),
        groups,
        all,
        SlaAlerts.of(all),
        total.leftOut(),
        notes.inferred(),
        inferPaidAt(),
        notes.judgedBy211(),
        notes.noPromise(),
        notes.noShopPromise(),
        notes.otherCarrier(),
        notes.fromOrderTime(),
        notes.presaleWithoutDate(),
        notes.refundedAfterDeadline(),
        notes.balanceUnpaid(),
        com.shopops.config.SlaConfig.shadowedHours(Rules.of(store).config()),
        com.shopops.app.orders.TimelessOrderNotes.of(
            store, com.shopops.app.orders.TimelessOrderNotes.Report.SLA));
  }

  /** The kept figures a grouping reads. */
  private static SlaFigureUpkeep.Kind keptKind(SlaGrouping by) {
    return switch (by) {
      case CARRIER -> SlaFigureUpkeep.Kind.CARRIER;
      case PROVINCE -> SlaFigureUpkeep.Kind.PROVINCE;
      default -> SlaFigureUpkeep.Kind.DAY;
    };
  }

  /** The group of a row of kept figures, as {@link #groupKey} groups its orders. */
  private static String keptKey(SlaGrouping by, SlaFigureUpkeep.Cell c, ZoneId zone) {
    String k =
        switch (by) {
          case DAY -> c.keyDay();
          case WEEK ->
              c.keyDay() == null
                  ? null
                  : Period.of(
                          Granularity.WEEK,
                          LocalDate.parse(c.keyDay()).atStartOfDay(zone).toInstant(),
                          zone)
                      .label();
          case CARRIER -> c.carrier();
          case PROVINCE -> c.province();
          case SKU -> throw new IllegalArgumentException("an order's SKUs are not kept");
        };
    return k == null ? SlaReportResult.NONE : k;
  }

  /**
   * The shipping statuses of the orders paid (created when unpaid) in {@code span}, counted per day
   * of that clock as of {@code asOf}: the counts of the day rows of {@link #report} by day, without
   * the hours, the delivery figures and the orders without a clock ({@code metrics}, the morning
   * report). Width {@link ShippingStatus#values()}, index {@link ShippingStatus#ordinal()}.
   */
  public DailyCounts dayCounts(Instant asOf, TimeSpan span) throws SQLException {
    ShippingPolicy policy = policy();
    ZoneId zone = store.zone();
    int width = ShippingStatus.values().length;
    Map<LocalDate, long[]> counts = new HashMap<>();
    Days days = new Days(zone);
    queries()
        .inPeriod(
            span.from(),
            span.to(),
            false,
            policy.dependsOnPlace() ? Read.FIGURES : Read.TIME_FIGURES,
            row -> {
              Instant when = clock(row);
              if (when != null) {
                ShippingStatus status = SlaClassifier.shipping(row.shipment(), policy, asOf);
                counts.computeIfAbsent(days.day(when), d -> new long[width])[status.ordinal()]++;
              }
            });
    return new DailyCounts(width, counts);
  }

  private SlaListing unshipped(ShippingPolicy policy, Instant asOf, Predicate<ShippingStatus> keep)
      throws SQLException {
    SlaAlerts.Counter alerts = new SlaAlerts.Counter();
    List<SlaOrder> kept = new ArrayList<>();
    SlaQueries queries = queries();
    queries.unshipped(
        asOf,
        row -> {
          OrderSla sla = SlaClassifier.classify(row.shipment(), policy, asOf);
          alerts.add(sla.shipping());
          if (keep.test(sla.shipping())) {
            kept.add(new SlaOrder(sla, row.customerId(), row.clockFromOrderTime()));
          }
        });
    // oldest clock first: a cash-on-delivery order's clock (its order time, ShipClock) is not the
    // paid time the store reads them in
    kept.sort(
        Comparator.comparing((SlaOrder o) -> o.sla().order().paidAt())
            .thenComparing(SlaOrder::orderId));
    return new SlaListing(kept, alerts.alerts(), queries.inferredPaidTimes(), inferPaidAt());
  }

  private boolean inferPaidAt() throws SQLException {
    return Rules.of(store).slaInfersPaidAt();
  }

  private SlaQueries queries() throws SQLException {
    return new SlaQueries(store, inferPaidAt());
  }

  /**
   * The local day of an instant, remembering the bounds of the last day asked: the store reads
   * orders about in the order they were imported, so most rows fall on the day of the row before.
   */
  private static final class Days {
    private final ZoneId zone;
    private LocalDate day;
    private String label;
    private long start;
    private long end; // exclusive, epoch seconds

    Days(ZoneId zone) {
      this.zone = zone;
    }

    LocalDate day(Instant when) {
      long t = when.getEpochSecond();
      if (day == null || t < start || t >= end) {
        day = LocalDate.ofInstant(when, zone);
        start = day.atStartOfDay(zone).toEpochSecond();
        end = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        label = day.toString();
      }
      return day;
    }

    /** {@link #day} as {@code YYYY-MM-DD}. */
    String label(Instant when) {
      day(when);
      return label;
    }
  }

  /** When an order counts: its paid time (the clock's start), else its created time. */
  private static Instant clock(SlaRow row) {
    return row.shipment().paidAt() != null ? row.shipment().paidAt() : row.createdAt();
  }

  private static String groupKey(SlaGrouping by, SlaRow row, ZoneId zone, Days days) {
    Instant when = clock(row);
    String k =
        switch (by) {
          case DAY -> when == null ? null : days.label(when);
          case WEEK -> when == null ? null : Period.of(Granularity.WEEK, when, zone).label();
          case CARRIER -> row.shipment().carrier();
          case PROVINCE -> row.shipment().province();
          case SKU -> row.sku();
        };
    return k == null ? SlaReportResult.NONE : k;
  }
}
