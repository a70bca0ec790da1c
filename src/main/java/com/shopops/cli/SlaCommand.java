package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Period;
import com.shopops.domain.sla.DeliveryStatus;
import com.shopops.domain.sla.Hours;
import com.shopops.domain.sla.OrderSla;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaClassifier;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.domain.sla.SlaReport;
import com.shopops.domain.sla.SlaTally;
import com.shopops.config.ConfigValues;
import com.shopops.config.SlaConfig;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.SlaQueries;
import com.shopops.store.SlaQueries.SlaRow;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sla",
    description = {
      "Shipping deadlines (发货时效) and the 211 delivery promise: which orders will miss their",
      "ship-by deadline, which already did, and how the shop ships over time.",
      "Rules: `shopops config show` (sla.*); every answer is as of --now."
    },
    subcommands = {
      SlaCommand.Report.class,
      SlaCommand.Breaches.class,
      SlaCommand.Overdue.class,
      SlaCommand.AtRisk.class
    })
final class SlaCommand {
  private static final String NONE = "(none)";

  /** The store's rules; a contradiction between keys is a usage error naming them. */
  static ShippingPolicy policy(Store store) throws SQLException {
    try {
      return SlaConfig.policy(ConfigCommand.load(store), store.zone());
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "sla config: " + e.getMessage(),
          "check the rules with `shopops config show` and fix them with `shopops config set`");
    }
  }

  static String code(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** The --fail-on-breach and cron options every sla command shares. */
  static final class AlertOption {
    @Option(names = "--fail-on-breach",
        description = "Exit 3 when any order is breached (past sla.ship_max) or overdue (unshipped"
            + " past sla.ship_within); the data is still printed, a summary goes to stderr.")
    boolean failOnBreach;
  }

  /**
   * Counts alerts (overdue, breached) and, with --fail-on-breach, turns them into exit code 3 and
   * a one-line summary on stderr (printed even with -q: it is the reason for the exit code).
   */
  static int exitFor(BaseCommand cmd, AlertOption option, long overdue, long breached,
      Instant asOf, ZoneId zone) {
    if (!option.failOnBreach || overdue + breached == 0) {
      return ExitCodes.OK;
    }
    String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(asOf.atZone(zone));
    cmd.ctx().err().println("shopops: sla: " + overdue + " overdue, " + breached + " breached as of "
        + when + " (exit 3)");
    cmd.ctx().err().flush();
    return ExitCodes.CONDITION;
  }

  /** The order list shared by breaches, overdue and at-risk. */
  static Table orderTable(boolean late, boolean withLimit) {
    List<Column> cols = new ArrayList<>(List.of(
        Column.text("order_id"), Column.text("customer_id"), Column.timestamp("paid_at"),
        Column.timestamp("ship_by")));
    if (withLimit) {
      cols.add(Column.timestamp("ship_limit"));
    }
    cols.addAll(List.of(Column.timestamp("shipped_at"),
        Column.decimal(late ? "hours_late" : "hours_left"), Column.text("carrier"),
        Column.text("province"), Column.text("status")));
    return new Table(cols);
  }

  /** An order with its classification, for the lists. */
  record Listed(SlaRow row, OrderSla sla) {}

  static void addOrder(Table t, Listed l, boolean late, boolean withLimit) {
    Duration margin = l.sla().shipMargin();
    List<Object> cells = new ArrayList<>();
    cells.add(l.row().shipment().orderId());
    cells.add(l.row().customerId());
    cells.add(l.row().shipment().paidAt());
    cells.add(l.sla().shipBy().deadline());
    if (withLimit) {
      cells.add(l.sla().shipBy().hardLimit());
    }
    cells.add(l.row().shipment().shippedAt());
    cells.add(margin == null ? null : Hours.of(late ? margin.negated() : margin));
    cells.add(l.row().shipment().carrier());
    cells.add(l.row().shipment().province());
    cells.add(code(l.sla().shipping()));
    t.addRow(cells.toArray());
  }

  /** Unshipped paid orders, classified; the rows matching {@code keep} go to the table. */
  static long[] listUnshipped(Store store, ShippingPolicy policy, Instant asOf,
      Predicate<ShippingStatus> keep, List<Listed> kept) throws SQLException {
    long[] alerts = new long[2]; // overdue, breached
    new SlaQueries(store).unshipped(asOf, row -> {
      OrderSla sla = SlaClassifier.classify(row.shipment(), policy, asOf);
      count(alerts, sla.shipping());
      if (keep.test(sla.shipping())) {
        kept.add(new Listed(row, sla));
      }
    });
    return alerts;
  }

  static void count(long[] alerts, ShippingStatus s) {
    if (s == ShippingStatus.OVERDUE) {
      alerts[0]++;
    } else if (s.isBreach()) {
      alerts[1]++;
    }
  }

  @Command(
      name = "report",
      description = {
        "Shipping and delivery figures per day, week, carrier, province or SKU, with a total row:",
        "counts per status, on-time ship rate, breach rate, median and p90 hours paid→shipped and",
        "shipped→delivered, delivery on-time rate. Orders are placed in a period by their paid",
        "day (created day when unpaid); cancelled/refunded-before-shipping orders are counted",
        "under `excluded` and left out of every rate."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops sla report --from 2026-11-01 --to 2026-11-19",
        "  shopops sla report --by carrier --format table",
        "  shopops sla report --by week --from 2026-10-01 --format csv --out sla-weeks.csv"
      })
  static final class Report extends BaseCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "Paid on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Paid on or before this day.")
    String to;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "day",
        description = "day (default), week, carrier, province or sku.")
    String by;

    @Mixin AlertOption alert;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      String key = by.toLowerCase(Locale.ROOT);
      if (!List.of("day", "week", "carrier", "province", "sku").contains(key)) {
        throw new UserException(ExitCodes.USAGE, "--by: \"" + by + "\" is not one of day, week,"
            + " carrier, province, sku", null);
      }
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant asOf = asOf(zone);
        ShippingPolicy policy = policy(store);
        Instant[] p = period(from, to, zone);
        SlaReport<String> report = new SlaReport<>();
        SlaTally total = new SlaTally(); // each order once, even when fed under several SKUs
        String[] last = {null};
        new SlaQueries(store).inPeriod(p[0], p[1], key.equals("sku"), row -> {
          OrderSla sla = SlaClassifier.classify(row.shipment(), policy, asOf);
          report.add(groupKey(key, row, zone), sla);
          if (!row.shipment().orderId().equals(last[0])) {
            last[0] = row.shipment().orderId();
            total.add(sla);
          }
        });
        Table t = reportTable(key);
        List<Map.Entry<String, SlaFigures>> groups = new ArrayList<>(report.figures().entrySet());
        Comparator<Map.Entry<String, SlaFigures>> order = key.equals("day") || key.equals("week")
            ? Map.Entry.comparingByKey()
            : Comparator.<Map.Entry<String, SlaFigures>>comparingLong(e -> -e.getValue().orders())
                .thenComparing(Map.Entry.comparingByKey());
        groups.sort(Comparator.<Map.Entry<String, SlaFigures>, Boolean>comparing(
            e -> e.getKey().equals(NONE)).thenComparing(order));
        for (var e : groups) {
          addFigures(t, e.getKey(), e.getValue());
        }
        SlaFigures all = total.figures();
        addFigures(t, "total", all);
        notes(t, all, key, asOf, zone);
        render(t, output, zone);
        return exitFor(this, alert, all.count(ShippingStatus.OVERDUE),
            all.count(ShippingStatus.BREACHED) + all.count(ShippingStatus.SHIPPED_BREACHED), asOf,
            zone);
      }
    }

    private static String groupKey(String key, SlaRow row, ZoneId zone) {
      Instant when = row.shipment().paidAt() != null ? row.shipment().paidAt() : row.createdAt();
      String k = switch (key) {
        case "day" -> when == null ? null : LocalDate.ofInstant(when, zone).toString();
        case "week" -> when == null ? null : Period.of(Granularity.WEEK, when, zone).label();
        case "carrier" -> row.shipment().carrier();
        case "province" -> row.shipment().province();
        default -> row.sku();
      };
      return k == null ? NONE : k;
    }

    private static Table reportTable(String key) {
      List<Column> cols = new ArrayList<>();
      cols.add(Column.text(key));
      cols.add(Column.integer("orders"));
      for (ShippingStatus s : ShippingStatus.values()) {
        cols.add(Column.integer(code(s)));
      }
      cols.add(Column.rate("on_time_ship_rate"));
      cols.add(Column.rate("breach_rate"));
      cols.add(Column.decimal("median_hours_to_ship"));
      cols.add(Column.decimal("p90_hours_to_ship"));
      for (DeliveryStatus d : DeliveryStatus.values()) {
        if (d != DeliveryStatus.NOT_SHIPPED) {
          cols.add(Column.integer(code(d)));
        }
      }
      cols.add(Column.rate("delivery_on_time_rate"));
      cols.add(Column.decimal("median_hours_to_deliver"));
      cols.add(Column.decimal("p90_hours_to_deliver"));
      return new Table(cols);
    }

    private static void addFigures(Table t, String key, SlaFigures f) {
      List<Object> cells = new ArrayList<>();
      cells.add(key);
      cells.add(f.orders());
      for (ShippingStatus s : ShippingStatus.values()) {
        cells.add(f.count(s));
      }
      cells.add(f.onTimeShipRate());
      cells.add(f.breachRate());
      cells.add(f.medianHoursToShip());
      cells.add(f.p90HoursToShip());
      for (DeliveryStatus d : DeliveryStatus.values()) {
        if (d != DeliveryStatus.NOT_SHIPPED) {
          cells.add(f.count(d));
        }
      }
      cells.add(f.deliveryOnTimeRate());
      cells.add(f.medianHoursToDeliver());
      cells.add(f.p90HoursToDeliver());
      t.addRow(cells.toArray());
    }

    private static void notes(Table t, SlaFigures all, String key, Instant asOf, ZoneId zone) {
      long excluded = all.count(ShippingStatus.EXCLUDED);
      if (excluded > 0) {
        t.addNote(excluded + " cancelled or refunded before shipping: out of scope, left out of"
            + " every rate (column excluded)");
      }
      long notPaid = all.count(ShippingStatus.NOT_PAID);
      if (notPaid > 0) {
        t.addNote(notPaid + " without a paid time (as of --now): not on the shipping clock"
            + " (column not_paid)");
      }
      long unknown = all.count(ShippingStatus.SHIPPED_TIME_UNKNOWN);
      if (unknown > 0) {
        t.addNote(unknown + " shipped without a shipped time (e.g. Taobao/JD order reports): out of"
            + " the on-time rate; `shopops import shipments` gives them one");
      }
      if (key.equals("sku")) {
        t.addNote("an order with several SKUs counts under each of them; the total counts it once");
      }
      t.addNote("as of " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .format(asOf.atZone(zone)) + "; rates are fractions of the orders they can judge"
          + " (docs/sla.md)");
    }
  }

  @Command(
      name = "breaches",
      description = {
        "Orders past the hard limit (sla.ship_max): shipped after it, or still unshipped past it.",
        "hours_late counts from the ship-by deadline (sla.ship_within)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops sla breaches --from 2026-11-01",
        "  shopops sla breaches --fail-on-breach --format csv --out breaches.csv --force"
      })
  static final class Breaches extends BaseCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "Paid on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Paid on or before this day.")
    String to;

    @Mixin AlertOption alert;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant asOf = asOf(zone);
        ShippingPolicy policy = policy(store);
        Instant[] p = period(from, to, zone);
        List<Listed> kept = new ArrayList<>();
        long[] alerts = new long[2];
        new SlaQueries(store).inPeriod(p[0], p[1], false, row -> {
          OrderSla sla = SlaClassifier.classify(row.shipment(), policy, asOf);
          count(alerts, sla.shipping());
          if (sla.shipping().isBreach()) {
            kept.add(new Listed(row, sla));
          }
        });
        kept.sort(Comparator.comparing((Listed l) -> l.row().shipment().paidAt())
            .thenComparing(l -> l.row().shipment().orderId()));
        Table t = orderTable(true, true);
        for (Listed l : kept) {
          addOrder(t, l, true, true);
        }
        render(t, output, zone);
        return exitFor(this, alert, alerts[0], alerts[1], asOf, zone);
      }
    }
  }

  @Command(
      name = "overdue",
      description = {
        "Paid orders still unshipped past their ship-by deadline (sla.ship_within), oldest first;",
        "status breached when also past sla.ship_max."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops sla overdue",
        "  shopops sla overdue --fail-on-breach || notify-ops \"late shipments\""
      })
  static final class Overdue extends BaseCommand {
    @Mixin AlertOption alert;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant asOf = asOf(zone);
        ShippingPolicy policy = policy(store);
        List<Listed> kept = new ArrayList<>();
        long[] alerts = listUnshipped(store, policy, asOf,
            s -> s == ShippingStatus.OVERDUE || s == ShippingStatus.BREACHED, kept);
        Table t = orderTable(true, false);
        for (Listed l : kept) {
          addOrder(t, l, true, false);
        }
        render(t, output, zone);
        return exitFor(this, alert, alerts[0], alerts[1], asOf, zone);
      }
    }
  }

  @Command(
      name = "at-risk",
      description = {
        "Paid, unshipped orders whose ship-by deadline is not yet passed but comes within",
        "--within (default sla.at_risk_within, 4h), least time left first."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops sla at-risk",
        "  shopops sla at-risk --within 8h --format table",
        "  shopops sla at-risk --format csv --out at-risk-$(date +%%F).csv --force"
      })
  static final class AtRisk extends BaseCommand {
    @Option(names = "--within", paramLabel = "DURATION",
        description = "How close the deadline must be, e.g. 4h, 90m, 1d"
            + " (default: sla.at_risk_within).")
    String within;

    @Mixin AlertOption alert;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant asOf = asOf(zone);
        ShippingPolicy policy = policy(store);
        if (within != null) {
          try {
            policy = policy.withAtRiskWithin(ConfigValues.duration(within));
          } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--within: " + e.getMessage(), null);
          }
        }
        List<Listed> kept = new ArrayList<>();
        long[] alerts =
            listUnshipped(store, policy, asOf, s -> s == ShippingStatus.AT_RISK, kept);
        kept.sort(Comparator.comparing((Listed l) -> l.sla().shipBy().deadline())
            .thenComparing(l -> l.row().shipment().orderId()));
        Table t = orderTable(false, false);
        for (Listed l : kept) {
          addOrder(t, l, false, false);
        }
        render(t, output, zone);
        return exitFor(this, alert, alerts[0], alerts[1], asOf, zone);
      }
    }
  }
}
