package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.ReportQuery;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.ReturnsReport;
import com.shopops.domain.returns.ReturnReport;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "report",
    description = {
      "Return rates, refunds and refund times by SKU, category, reason or period.",
      "Columns: returns, rejected, returned units, delivered units, return rate (returned "
          + "units / delivered units of the same SKU, category or period; returns counted by "
          + "request time, deliveries by delivery time), refunds and the median hours from request "
          + "to refund. The last row is the total.",
      "By day, week or month each row counts its returns as they stood at the row's end, so an "
          + "ended month is the same whatever later --to; a row the report covers in part is "
          + "marked partial.",
      "Default period: the 30 days up to today."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops returns report --by sku --from 2026-11-01 --to 2026-11-20",
      "  shopops returns report --by week --from 2026-09-01",
      "  shopops returns report --by reason --format json",
      "  shopops returns report --by month --currency CNY"
    })
final class ReturnsReportCommand extends BaseCommand {
  @Option(
      names = "--by",
      paramLabel = "KEY",
      defaultValue = "sku",
      converter = Key.class,
      description = "sku (default), category, reason, day, week or month.")
  ReturnReport.By by;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "refund_total in this currency (e.g. CNY, EUR): the refunds of the returns of orders in"
              + " it. Default: the store's currency; other currencies' refunds are never added to"
              + " it (a note says how many are left out). The other columns count every return.")
  String currency;

  @Mixin PeriodOptions period;

  @Mixin OutputOptions output;

  /** --by: the codes, any case; an unknown one is named with the codes (not the constants). */
  static final class Key implements ITypeConverter<ReturnReport.By> {
    @Override
    public ReturnReport.By convert(String text) {
      for (ReturnReport.By by : ReturnReport.By.values()) {
        if (by.code().equalsIgnoreCase(text.strip())) {
          return by;
        }
      }
      throw new TypeConversionException(
          "unknown grouping \"" + text + "\"; use sku, category, reason, day, week or month");
    }
  }

  @Override
  public Integer call() throws SQLException {
    period.check();
    String code = currency == null ? null : com.shopops.app.CurrencyOption.code(currency);
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      if (code != null) {
        com.shopops.app.CurrencyOption.checkHeld(store, code);
      }
      ReturnsReport report =
          new ReturnService(store)
              .report(new ReportQuery(by, period.from(), period.to(), asOf(zone), code));
      java.util.List<Column> columns =
          new java.util.ArrayList<>(
              java.util.List.of(
                  Column.text(by.code()),
                  Column.integer("returns"),
                  Column.integer("rejected"),
                  Column.integer("returned_units"),
                  Column.integer("delivered_units"),
                  Column.rate("return_rate"),
                  Column.integer("refunded"),
                  Column.money("refund_total"),
                  Column.decimal("median_refund_hours"),
                  Column.integer("withdrawn")));
      if (by.isPeriod()) {
        // a day, week or month the report covers only in part (review16 Q7)
        columns.add(Column.bool("partial"));
      }
      Table t = new Table(columns);
      // what fits 80 columns (review7 G1); --wide or csv/json give every column (withdrawn, and
      // partial: the note on stderr names the partial periods too)
      t.defaultColumns(
          by.code(), "returns", "rejected", "returned_units", "return_rate", "refund_total");
      java.util.List<String> partial = new java.util.ArrayList<>();
      for (ReturnReport.Row r : report.rows()) {
        java.util.List<Object> row =
            new java.util.ArrayList<>(
                java.util.Arrays.asList(
                    r.key(),
                    r.returns(),
                    r.rejected(),
                    r.returnedUnits(),
                    r.deliveredUnits(),
                    r.returnRate(),
                    r.refunded(),
                    r.refundTotal(),
                    r.medianRefundHours(),
                    r.withdrawn()));
        if (by.isPeriod()) {
          row.add(r.partial());
        }
        t.addRow(row.toArray());
        if (Boolean.TRUE.equals(r.partial())) {
          partial.add(r.key());
        }
      }
      t.addNote(
          "return_rate = returned units / delivered units "
              + denominator(by)
              + ", "
              + report.first()
              + " to "
              + report.last()
              + " (returns by request time, deliveries by"
              + " delivery time; rejected and withdrawn returns are not returned units)");
      if (by.isPeriod()) {
        t.addNote(messages().get("note.returns_period_as_of"));
      }
      if (!partial.isEmpty()) {
        t.addNote(messages().get("note.returns_partial", SaidColumns.listed(messages(), partial)));
      }
      report.notes().forEach(t::addNote);
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }

  private static String denominator(ReturnReport.By key) {
    return switch (key) {
      case SKU -> "of the same SKU";
      case CATEGORY -> "of the same category";
      case REASON -> "of all SKUs";
      default -> "in the same " + key.code();
    };
  }
}
