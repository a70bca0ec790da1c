package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.FollowUpQuery;
import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.DelayedOrder;
import com.shopops.domain.lists.DeliveredOrder;
import com.shopops.domain.lists.FollowUpKind;
import com.shopops.domain.lists.FollowUpRows;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.PendingReturn;
import com.shopops.domain.lists.Selection;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "followup",
    description = {
      "A follow-up list of one kind (--kind):",
      "  winback       valuable customers (top tier or valuable segment) lapsing or churned, with",
      "                their last order and usual gap; consent and cool-down apply",
      "  delay         orders overdue or at risk of their ship-by deadline, newest risk first,",
      "                with the message to send (sla rules)",
      "  returns       returns waiting on the shop (approval or refund), overdue refunds first",
      "  satisfaction  orders delivered --days N days ago (default 3) without a review yet",
      "  anniversary   customers who bought in next month in at least 2 earlier years, listed",
      "                from --ahead days (default 7) before that month; consent and cool-down",
      "  vip           top-tier customers not contacted in 30 days; consent applies",
      "Service lists (delay, returns, satisfaction) need no marketing consent."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops export followup --kind delay --unmasked --out call-today.csv --excel",
      "  shopops export followup --kind winback --limit 200 --lang zh",
      "  shopops export followup --kind satisfaction --days 5 --dry-run",
      "  shopops export followup --kind anniversary --ahead 10"
    })
final class ExportFollowupCommand extends BaseCommand {
  @Option(
      names = "--kind",
      paramLabel = "KIND",
      required = true,
      converter = Kind.class,
      description = "${COMPLETION-CANDIDATES}.")
  FollowUpKind kind;

  @Option(
      names = "--days",
      paramLabel = "N",
      description =
          "satisfaction: delivered N calendar days ago (default: config"
              + " lists.satisfaction_days, 3).")
  Integer days;

  @Option(
      names = "--ahead",
      paramLabel = "N",
      description =
          "anniversary: list a month's customers from N days before its 1st"
              + " (default: config lists.anniversary_ahead, 7).")
  Integer ahead;

  @Mixin ExportListOptions list;

  @Mixin OutputOptions output;

  private String lang;

  @Override
  public Integer call() throws SQLException {
    if ((days != null && days < 0) || (ahead != null && ahead < 0)) {
      throw new UserException(ExitCodes.USAGE, "--days and --ahead must be 0 or more", null);
    }
    ExportListOptions.check(output);
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      FollowUpQuery q = new FollowUpQuery(asOf(zone).atZone(zone), days, ahead, output.limit);
      lang = list.lang(this);
      list.write(
          this,
          store,
          kind.listKind(),
          output,
          lists ->
              switch (kind) {
                case WINBACK -> listed(lists.winback(q), this::winback);
                case DELAY -> listed(lists.delay(q), this::delay);
                case RETURNS -> listed(lists.returns(q), this::returns);
                case SATISFACTION -> listed(lists.satisfaction(q), this::satisfaction);
                case ANNIVERSARY -> listed(lists.anniversary(q), this::anniversary);
                case VIP -> listed(lists.vip(q), this::vip);
              });
    }
    return ExitCodes.OK;
  }

  /** --kind by its code, case ignored; a bad one names the kinds. */
  static final class Kind implements ITypeConverter<FollowUpKind> {
    @Override
    public FollowUpKind convert(String value) {
      for (FollowUpKind k : FollowUpKind.values()) {
        if (k.code().equalsIgnoreCase(value.strip())) {
          return k;
        }
      }
      throw new TypeConversionException(
          "\""
              + value
              + "\" is not a follow-up kind; use "
              + Arrays.stream(FollowUpKind.values())
                  .map(FollowUpKind::code)
                  .collect(Collectors.joining(", ")));
    }
  }

  private <R extends ListRow> ExportListOptions.Listed listed(
      Selection<R> sel, Function<List<R>, Table> table) {
    return new ExportListOptions.Listed(table.apply(sel.rows()), sel.rows(), sel.summary(lang));
  }

  private Table winback(List<FollowUpRows.Winback> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("segment"),
            Column.text("tier"),
            Column.text("lifecycle"),
            Column.date("last_order"),
            Column.integer("days_since_last_order"),
            Column.integer("usual_gap_days"),
            Column.text("reason"),
            Column.text("offer"),
            Column.text("offer_code"));
    for (FollowUpRows.Winback r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          c.segment(),
          c.tier(),
          c.lifecycle(),
          r.lastOrder(),
          r.daysSinceLastOrder(),
          r.usualGapDays(),
          r.reason().in(lang),
          r.offer().text().in(lang),
          r.offer().code());
    }
    return t;
  }

  private Table delay(List<FollowUpRows.Delay> rows) {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("status"),
            Column.timestamp("ship_by"),
            Column.integer("hours_late"),
            Column.integer("hours_left"),
            Column.text("message"));
    for (FollowUpRows.Delay r : rows) {
      DelayedOrder o = r.order();
      boolean late = o.status() == DelayedOrder.Status.OVERDUE;
      t.addRow(
          o.orderId(),
          o.customerId(),
          o.customerName(),
          list.phone(o.phone()),
          late ? "overdue" : "at_risk",
          o.shipBy(),
          late ? r.hours() : null,
          late ? null : r.hours(),
          r.message().in(lang));
    }
    return t;
  }

  private Table returns(List<FollowUpRows.Return> rows) {
    Table t =
        new Table(
            Column.text("return_id"),
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("waiting_for"),
            Column.timestamp("waiting_since"),
            Column.integer("hours_waiting"),
            Column.bool("refund_overdue"),
            Column.money("refund_amount"),
            Column.text("message"));
    for (FollowUpRows.Return r : rows) {
      PendingReturn p = r.ret();
      t.addRow(
          p.returnId(),
          p.orderId(),
          p.customerId(),
          p.customerName(),
          list.phone(p.phone()),
          p.waiting().code(),
          p.waitingSince(),
          r.hoursWaiting(),
          p.refundOverdue(),
          p.refundAmount() > 0 ? p.refundAmount() : null,
          r.message().in(lang));
    }
    return t;
  }

  private Table satisfaction(List<FollowUpRows.Satisfaction> rows) {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.timestamp("delivered_at"),
            Column.text("message"));
    for (FollowUpRows.Satisfaction r : rows) {
      DeliveredOrder o = r.order();
      t.addRow(
          o.orderId(),
          o.customerId(),
          o.customerName(),
          list.phone(o.phone()),
          o.deliveredAt(),
          r.message().in(lang));
    }
    return t;
  }

  private Table anniversary(List<FollowUpRows.Anniversary> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("month"),
            Column.text("years"),
            Column.text("bought"),
            Column.text("reason"),
            Column.text("offer"),
            Column.text("offer_code"));
    for (FollowUpRows.Anniversary r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          r.month().toString(),
          String.join(" ", r.years().stream().map(String::valueOf).toList()),
          String.join("; ", r.bought()),
          r.reason().in(lang),
          r.offer().text().in(lang),
          r.offer().code());
    }
    return t;
  }

  private Table vip(List<FollowUpRows.Vip> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("tier"),
            Column.text("segment"),
            Column.date("last_contact"),
            Column.integer("days_since_contact"),
            Column.text("reason"));
    for (FollowUpRows.Vip r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          c.tier(),
          c.segment(),
          r.lastContact(),
          r.daysSinceContact(),
          r.reason().in(lang));
    }
    return t;
  }
}
