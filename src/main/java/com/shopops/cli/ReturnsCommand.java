package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.returns.LinePurchase;
import com.shopops.domain.returns.OpenWindows;
import com.shopops.domain.returns.ReturnCheck;
import com.shopops.domain.returns.ReturnFlags;
import com.shopops.domain.returns.ReturnLifecycle;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.returns.ReturnProblem;
import com.shopops.domain.returns.ReturnReason;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnReport;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.returns.ReturnTiming;
import com.shopops.domain.returns.ReturnValidator;
import com.shopops.domain.returns.ReturnWindow;
import com.shopops.config.ConfigValues;
import com.shopops.config.ReturnsConfig;
import com.shopops.parse.ValueException;
import com.shopops.parse.Values;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "returns",
    description = {
      "Returns (退货退款): the 7-day no-reason window, the return lifecycle",
      "(requested → approved | rejected → received → refunded) and the refund deadlines."
    },
    subcommands = {
      ReturnsCommand.Add.class, ReturnsCommand.Update.class, ReturnsCommand.Eligible.class,
      ReturnsCommand.Open.class, ReturnsCommand.Overdue.class, ReturnsCommand.Report.class
    })
final class ReturnsCommand {
  private ReturnsCommand() {}

  static ReturnPolicy policy(Store store) throws SQLException {
    return ReturnsConfig.policy(ConfigCommand.load(store), store.zone());
  }

  /** The columns of a return: the generic import layout, plus its step and flags. */
  static Table returnTable() {
    return new Table(
        Column.text("return_id"), Column.text("order_id"), Column.text("sku"),
        Column.integer("quantity"), Column.text("step"), Column.timestamp("requested_at"),
        Column.timestamp("approved_at"), Column.timestamp("rejected_at"),
        Column.timestamp("received_at"), Column.timestamp("refunded_at"), Column.text("reason"),
        Column.money("refund_amount"), Column.bool("outside_window"),
        Column.bool("not_eligible"));
  }

  static void addReturn(Table t, ReturnRecord r, boolean outside, boolean notEligible) {
    t.addRow(r.returnId(), r.orderId(), r.sku(), (long) r.quantity(), r.status().code(),
        r.requestedAt(), r.approvedAt(), r.rejectedAt(), r.receivedAt(), r.refundedAt(),
        r.reason() == null ? null : r.reason().code(), r.refundAmount(), outside, notEligible);
  }

  static Instant time(String option, String value, ZoneId zone) {
    try {
      Instant t = Values.timestamp(value, zone);
      if (t == null) {
        throw new ValueException("empty");
      }
      return t;
    } catch (ValueException e) {
      throw new UserException(ExitCodes.USAGE, option + ": " + e.getMessage(),
          "use e.g. '2026-11-20 10:00' (store zone) or 2026-11-20T10:00:00+08:00");
    }
  }

  static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1,
        RoundingMode.HALF_UP);
  }

  /**
   * Checks a return against its order before it is written, as the importer does; refuses with
   * every problem in the message.
   */
  static ReturnCheck.Result check(ReturnStore rs, ReturnStore.OrderFacts order, ReturnRecord r,
      ReturnPolicy policy, ZoneId zone) throws SQLException {
    List<ReturnRecord> others = rs.forOrder(order.orderId()).stream()
        .map(ReturnStore.Stored::record)
        .filter(o -> Objects.equals(o.sku(), r.sku()))
        .toList();
    int units = r.quantity();
    for (ReturnRecord o : others) {
      if (!o.returnId().equals(r.returnId()) && o.rejectedAt() == null) {
        units += o.quantity();
      }
    }
    LinePurchase bought = order.purchase(r.sku(), units);
    ReturnWindow window =
        ReturnWindow.of(order.deliveredAt(), r.sku(), order.category(r.sku()), policy);
    ReturnCheck.Result result =
        new ReturnCheck(new ReturnValidator(zone)).check(r, bought, others, window);
    if (!result.ok()) {
      throw new UserException(ExitCodes.BAD_INPUT, "cannot record " + r.returnId() + ": "
          + result.problems().stream().map(ReturnProblem::toString)
              .collect(Collectors.joining("; ")),
          "nothing was changed");
    }
    return result;
  }

  static ReturnStore.OrderFacts order(ReturnStore rs, String orderId, Store store)
      throws SQLException {
    return rs.orderFacts(orderId).orElseThrow(() -> new UserException(ExitCodes.BAD_INPUT,
        "no order " + orderId + " in " + store.path(), "import the order first"));
  }

  private static String flagNotes(ReturnFlags flags, ReturnStore.OrderFacts order,
      ReturnPolicy policy, String sku) {
    List<String> notes = new ArrayList<>();
    if (flags.outsideWindow()) {
      var fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
      notes.add("requested after the " + policy.windowDays() + "-day no-reason window closed at "
          + fmt.format(ReturnWindow.closingTime(order.deliveredAt(), policy))
          + "; recorded and flagged outside_window");
    }
    if (flags.notEligible()) {
      notes.add(policy.notEligibleReason(sku, order.category(sku)) + "; recorded and flagged");
    }
    return String.join("; ", notes);
  }

  // ------------------------------------------------------------------ add

  @Command(
      name = "add",
      description = {
        "Record a return request, checked against its order.",
        "The order must be in the store and sell the SKU, and all returns of the line together",
        "may not exceed the units bought. A no-reason request after the window closed is",
        "recorded and flagged."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops returns add SO202611150003 --sku TEA-LJ-250 --quantity 1 --reason no-reason",
        "  shopops returns add SO202611150003 --sku TEA-LJ-250 --reason quality"
            + " --at '2026-11-18 09:30' --id RT-0042"
      })
  static final class Add extends BaseCommand {
    @Parameters(paramLabel = "ORDER_ID", description = "The order the goods came with.")
    String orderId;

    @Option(names = "--sku", paramLabel = "SKU",
        description = "The returned item (may be left out when the order has one SKU).")
    String sku;

    @Option(names = "--quantity", paramLabel = "N", defaultValue = "1",
        description = "Units returned (default 1).")
    int quantity;

    @Option(names = "--reason", paramLabel = "REASON", required = true,
        description = "no-reason, quality, wrong-item, damaged or other (Chinese words such as"
            + " 七天无理由, 质量问题 are understood).")
    String reason;

    @Option(names = "--at", paramLabel = "TIME",
        description = "When the buyer asked (default: now, or --now).")
    String at;

    @Option(names = "--id", paramLabel = "RETURN_ID",
        description = "The return's id (default: RT + request date + a number, e.g. RT20261120001).")
    String id;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      ReturnReason why = reason(reason);
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant when = at == null ? asOf(zone) : time("--at", at, zone);
        ReturnPolicy policy = policy(store);
        ReturnStore rs = new ReturnStore(store);
        ReturnStore.OrderFacts order = order(rs, orderId, store);
        String item = sku(order);
        String returnId = id != null ? id.strip() : newId(rs, when, zone);
        if (rs.exists(returnId)) {
          throw new UserException(ExitCodes.BAD_INPUT, "return " + returnId + " already exists",
              "change it with `shopops returns update " + returnId + " --status …`");
        }
        ReturnRecord r = ReturnRecord.requested(returnId, orderId, item, quantity, when, why);
        ReturnCheck.Result result = check(rs, order, r, policy, zone);
        rs.save(r, result.flags(), null);
        info("Recorded return " + returnId + " of order " + orderId
            + (item == null ? "" : " SKU " + item) + " (" + quantity + " unit"
            + (quantity == 1 ? "" : "s") + ", " + why.code() + ")");
        if (result.flags().any()) {
          info("warning: " + flagNotes(result.flags(), order, policy, item));
        }
        Table t = returnTable();
        addReturn(t, r, result.flags().outsideWindow(), result.flags().notEligible());
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }

    private String sku(ReturnStore.OrderFacts order) {
      if (sku != null) {
        if (!order.sells(sku)) {
          throw new UserException(ExitCodes.BAD_INPUT,
              "order " + order.orderId() + " has no line with SKU " + sku,
              "its SKUs: " + skus(order));
        }
        return sku;
      }
      List<String> skus = order.lines().stream().map(ReturnStore.Line::sku)
          .filter(Objects::nonNull).distinct().toList();
      if (skus.size() > 1) {
        throw new UserException(ExitCodes.USAGE,
            "order " + order.orderId() + " has " + skus.size() + " SKUs; name the returned one"
                + " with --sku", "its SKUs: " + skus(order));
      }
      return skus.isEmpty() ? null : skus.get(0);
    }

    private static String skus(ReturnStore.OrderFacts order) {
      return order.lines().stream().map(ReturnStore.Line::sku).filter(Objects::nonNull)
          .distinct().collect(Collectors.joining(", "));
    }

    private static ReturnReason reason(String text) {
      ReturnReason r = ReturnReason.parse(text).orElse(null);
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (r == null || (r == ReturnReason.OTHER && !t.startsWith("other") && !t.contains("其他"))) {
        throw new UserException(ExitCodes.USAGE, "--reason: unknown reason \"" + text + "\"",
            "use no-reason, quality, wrong-item, damaged or other");
      }
      return r;
    }

    private static String newId(ReturnStore rs, Instant when, ZoneId zone) throws SQLException {
      String day = DateTimeFormatter.BASIC_ISO_DATE.format(when.atZone(zone).toLocalDate());
      for (int n = 1; ; n++) {
        String candidate = "RT" + day + String.format(Locale.ROOT, "%03d", n);
        if (!rs.exists(candidate)) {
          return candidate;
        }
      }
    }
  }

  // ------------------------------------------------------------------ update

  @Command(
      name = "update",
      description = {
        "Move a return one step: approved, rejected, received or refunded.",
        "requested → approved | rejected; approved → received, or refunded (refund without",
        "return); received → refunded. A step out of order, a time",
        "before the current step or a refund above what was paid is refused and nothing changes.",
        "Marking it refunded without --refund refunds what was paid for the returned units."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops returns update RT20261120001 --status approved",
        "  shopops returns update RT20261120001 --status received --at '2026-11-23 15:10'",
        "  shopops returns update RT20261120001 --status refunded --refund 268.00"
      })
  static final class Update extends BaseCommand {
    @Parameters(paramLabel = "RETURN_ID", description = "The return.")
    String returnId;

    @Option(names = "--status", paramLabel = "STEP", required = true,
        description = "approved, rejected, received or refunded.")
    String status;

    @Option(names = "--at", paramLabel = "TIME",
        description = "When it happened (default: now, or --now).")
    String at;

    @Option(names = "--refund", paramLabel = "AMOUNT",
        description = "The refund amount, e.g. 268.00 (default when refunding: what was paid for"
            + " the returned units).")
    String refund;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      ReturnStatus to = ReturnStatus.parse(status)
          .filter(s -> s != ReturnStatus.REQUESTED)
          .orElseThrow(() -> new UserException(ExitCodes.USAGE,
              "--status: \"" + status + "\" is not a step a return can move to",
              "use approved, rejected, received or refunded"));
      Long amount = null;
      if (refund != null) {
        try {
          amount = Values.amount(refund);
        } catch (ValueException e) {
          throw new UserException(ExitCodes.USAGE, "--refund: " + e.getMessage(), null);
        }
      }
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant when = at == null ? asOf(zone) : time("--at", at, zone);
        ReturnPolicy policy = policy(store);
        ReturnStore rs = new ReturnStore(store);
        ReturnStore.Stored stored = rs.find(returnId).orElseThrow(() -> new UserException(
            ExitCodes.BAD_INPUT, "no return " + returnId + " in " + store.path(),
            "`shopops returns open` lists the open returns"));
        ReturnLifecycle.Transition move =
            new ReturnLifecycle(zone).move(stored.record(), to, when);
        if (!move.ok()) {
          throw new UserException(ExitCodes.BAD_INPUT, move.error(), "nothing was changed");
        }
        ReturnRecord r = move.record();
        ReturnStore.OrderFacts order = order(rs, r.orderId(), store);
        if (amount != null) {
          r = r.withRefundAmount(amount);
        } else if (to == ReturnStatus.REFUNDED && r.refundAmount() == 0) {
          LinePurchase bought = order.purchase(r.sku(), r.quantity());
          if (bought != null) {
            r = r.withRefundAmount(bought.paidFor(r.quantity()));
          }
        }
        ReturnCheck.Result result = check(rs, order, r, policy, zone);
        rs.save(r, result.flags(), null);
        info("Return " + returnId + " is " + to.code() + " at "
            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(when.atZone(zone))
            + (to == ReturnStatus.REFUNDED
                ? " (refund " + BigDecimal.valueOf(r.refundAmount(), 2).toPlainString() + ")"
                : ""));
        Table t = returnTable();
        addReturn(t, r, result.flags().outsideWindow(), result.flags().notEligible());
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------ eligible

  @Command(
      name = "eligible",
      description = {
        "Delivered orders still inside the 7-day no-reason return window (7天无理由退货).",
        "The window runs from the day after delivery to 24:00 of the 7th day, in the store zone",
        "(returns.window_days). Soonest-closing first. Orders whose every item is configured",
        "not eligible are left out; cancelled and refunded orders too."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops returns eligible",
        "  shopops returns eligible --expiring 1d --format csv > closing-today.csv"
      })
  static final class Eligible extends BaseCommand {
    @Option(names = "--expiring", paramLabel = "DURATION",
        description = "Only windows that close within this time, e.g. 1d, 12h.")
    String expiring;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      Duration within = null;
      if (expiring != null) {
        try {
          within = ConfigValues.duration(expiring);
        } catch (IllegalArgumentException e) {
          throw new UserException(ExitCodes.USAGE, "--expiring: " + e.getMessage(), null);
        }
      }
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant now = asOf(zone);
        ReturnPolicy policy = policy(store);
        var items = new ReturnStore(store)
            .deliveredBetween(OpenWindows.earliestOpenDelivery(policy, now), now);
        Table t = new Table(Column.text("order_id"), Column.text("customer_id"),
            Column.timestamp("delivered_at"), Column.timestamp("window_closes_at"),
            Column.integer("days_left"), Column.integer("hours_left"));
        for (OpenWindows.Row row : OpenWindows.of(items, policy, now, within)) {
          t.addRow(row.orderId(), row.customerId(), row.deliveredAt(), row.closesAt(),
              row.daysLeft(), (long) row.hoursLeft());
        }
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------ open

  /** A return still waiting on someone, with its timing as of the clock. */
  record Waiting(ReturnStore.Stored stored, ReturnRecord record, ReturnTiming timing) {}

  static List<Waiting> waiting(Store store, ReturnPolicy policy, Instant now)
      throws SQLException {
    List<Waiting> out = new ArrayList<>();
    for (ReturnStore.Stored s : new ReturnStore(store).openAsOf(now)) {
      ReturnRecord r = s.record().asOf(now);
      ReturnTiming.of(r, policy, now).filter(ReturnTiming::open)
          .ifPresent(t -> out.add(new Waiting(s, r, t)));
    }
    out.sort(Comparator.comparing((Waiting w) -> w.timing().since())
        .thenComparing(w -> w.record().returnId()));
    return out;
  }

  /** When the shop must act next: approval while requested, refund once received. */
  private static Instant dueAt(ReturnTiming t) {
    return switch (t.step()) {
      case REQUESTED -> t.approveBy();
      case RECEIVED -> t.refundBy();
      default -> null;
    };
  }

  @Command(
      name = "open",
      description = {
        "Returns waiting on someone: their step, since when and how long.",
        "Every return not yet rejected or refunded, with when the shop must act (approval while",
        "requested, refund once the goods are received). Longest waiting first."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {"  shopops returns open", "  shopops returns open --format json"})
  static final class Open extends BaseCommand {
    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant now = asOf(zone);
        Table t = new Table(Column.text("return_id"), Column.text("order_id"), Column.text("sku"),
            Column.integer("quantity"), Column.text("reason"), Column.text("step"),
            Column.timestamp("since"), Column.decimal("waited_hours"), Column.timestamp("due_at"),
            Column.bool("overdue"), Column.bool("outside_window"));
        for (Waiting w : waiting(store, policy(store), now)) {
          ReturnRecord r = w.record();
          t.addRow(r.returnId(), r.orderId(), r.sku(), (long) r.quantity(),
              r.reason() == null ? null : r.reason().code(), w.timing().step().code(),
              w.timing().since(), hours(w.timing().waited()), dueAt(w.timing()),
              w.timing().overdue(), w.stored().outsideWindow());
        }
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------ overdue

  @Command(
      name = "overdue",
      description = {
        "Returns past their approval or refund deadline.",
        "approve_within: not approved or rejected in time after the request (default 48 h,",
        "shop policy); refund_within: not refunded",
        "in time after the goods were received; default 7 days, 办法 Art.13). Exactly at the",
        "deadline is on time. penalty_line: past 15 days (办法 Art.31)."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops returns overdue",
        "  shopops returns overdue --fail-on-overdue -q || notify-send 'refunds overdue'"
      })
  static final class Overdue extends BaseCommand {
    @Option(names = "--fail-on-overdue",
        description = "Exit with code 3 when any return is overdue (for cron alerts).")
    boolean failOnOverdue;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant now = asOf(zone);
        ReturnPolicy policy = policy(store);
        Table t = new Table(Column.text("return_id"), Column.text("order_id"), Column.text("sku"),
            Column.text("rule"), Column.text("step"), Column.timestamp("since"),
            Column.timestamp("due_at"), Column.decimal("overdue_hours"),
            Column.bool("penalty_line"));
        for (Waiting w : waiting(store, policy, now)) {
          ReturnTiming timing = w.timing();
          if (!timing.overdue()) {
            continue;
          }
          Instant due = dueAt(timing);
          t.addRow(w.record().returnId(), w.record().orderId(), w.record().sku(),
              timing.approvalOverdue() ? "approve_within" : "refund_within",
              timing.step().code(), timing.since(), due, hours(Duration.between(due, now)),
              timing.penaltyLine());
        }
        render(t, output, zone);
        if (failOnOverdue && !t.rows().isEmpty()) {
          info(t.rows().size() + " return" + (t.rows().size() == 1 ? " is" : "s are")
              + " overdue");
          return ExitCodes.CONDITION;
        }
      }
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------ report

  @Command(
      name = "report",
      description = {
        "Return rates, refunds and refund times by SKU, category, reason or period.",
        "Columns: returns, rejected, returned units,",
        "delivered units, return rate (returned units / delivered units of the same SKU,",
        "category or period; returns counted by request time, deliveries by delivery time),",
        "refunds and the median hours from request to refund. The last row is the total.",
        "Default period: the 30 days up to today."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops returns report --by sku --from 2026-11-01 --to 2026-11-20",
        "  shopops returns report --by week --from 2026-09-01",
        "  shopops returns report --by reason --format json"
      })
  static final class Report extends BaseCommand {
    @Option(names = "--by", paramLabel = "KEY", defaultValue = "sku",
        description = "sku (default), category, reason, day, week or month.")
    String by;

    @Option(names = "--from", paramLabel = "DATE",
        description = "First day (default: 29 days before today).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: today).")
    String to;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      ReturnReport.By key;
      try {
        key = ReturnReport.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.USAGE, "--by: unknown grouping \"" + by + "\"",
            "use sku, category, reason, day, week or month");
      }
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant now = asOf(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate last = to == null ? today : date("--to", to);
        LocalDate first = from == null ? last.minusDays(29) : date("--from", from);
        if (last.isBefore(first)) {
          throw new UserException(ExitCodes.USAGE, "--to " + last + " is before --from " + first,
              null);
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant cut = end.isAfter(now) ? now.plusSeconds(1) : end; // nothing after the clock
        ReturnStore rs = new ReturnStore(store);
        List<ReturnReport.Item> items = new ArrayList<>();
        if (cut.isAfter(start)) {
          for (ReturnStore.Stored s : rs.requestedBetween(start, cut)) {
            items.add(new ReturnReport.Item(s.record().asOf(now), s.category()));
          }
        }
        Map<String, Long> delivered =
            cut.isAfter(start) ? deliveredUnits(rs, key, start, cut, zone) : Map.of();
        Table t = new Table(Column.text(key.name().toLowerCase(Locale.ROOT)),
            Column.integer("returns"), Column.integer("rejected"),
            Column.integer("returned_units"), Column.integer("delivered_units"),
            Column.rate("return_rate"), Column.integer("refunded"), Column.money("refund_total"),
            Column.decimal("median_refund_hours"));
        for (ReturnReport.Row r : ReturnReport.rows(key, items, delivered, zone)) {
          t.addRow(r.key(), r.returns(), r.rejected(), r.returnedUnits(), r.deliveredUnits(),
              r.returnRate(), r.refunded(), r.refundTotal(), r.medianRefundHours());
        }
        t.addNote("return_rate = returned units / delivered units " + denominator(key) + ", "
            + first + " to " + last + " (returns by request time, deliveries by delivery time;"
            + " rejected returns are not returned units)");
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }

    private static String denominator(ReturnReport.By key) {
      return switch (key) {
        case SKU -> "of the same SKU";
        case CATEGORY -> "of the same category";
        case REASON -> "of all SKUs";
        default -> "in the same " + key.name().toLowerCase(Locale.ROOT);
      };
    }

    private static Map<String, Long> deliveredUnits(ReturnStore rs, ReturnReport.By key,
        Instant start, Instant end, ZoneId zone) throws SQLException {
      return switch (key) {
        case SKU -> rs.deliveredUnits(ReturnStore.UnitKey.SKU, start, end);
        case CATEGORY -> rs.deliveredUnits(ReturnStore.UnitKey.CATEGORY, start, end);
        case REASON -> rs.deliveredUnits(ReturnStore.UnitKey.ALL, start, end);
        case DAY, WEEK, MONTH -> {
          Map<String, Long> byPeriod = new LinkedHashMap<>();
          rs.deliveredUnits(ReturnStore.UnitKey.QUARTER_HOUR, start, end).forEach((q, units) ->
              byPeriod.merge(ReturnReport.periodKey(key, Instant.ofEpochSecond(Long.parseLong(q)),
                  zone), units, Long::sum));
          yield byPeriod;
        }
      };
    }
  }
}
