package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.metrics.CompareQuery;
import com.shopops.app.metrics.MetricsComparison;
import com.shopops.app.metrics.MetricsService;
import com.shopops.domain.metrics.Comparison;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Direction;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.Sparkline;
import com.shopops.render.Column;
import com.shopops.render.OutputFormat;
import com.shopops.render.Shown;
import com.shopops.render.Table;
import com.shopops.render.Tone;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "compare",
    header = "A period's metrics against the period before it.",
    description = {
      "A period against the one before it of the same length (or --against): each metric's "
          + "value, previous value, change, relative change and direction (↑ ↓ →; up, down, flat in "
          + "csv and json; a relative change under 0.5% is flat). On a terminal a sparkline shows "
          + "the daily series of the period.",
      "Whole calendar months are compared with the same number of months before.",
      "Default period: the 7 days up to --to (default: yesterday)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops metrics compare                       # the last 7 days vs the 7 before",
      "  shopops metrics compare --from 2026-11-01 --to 2026-11-19",
      "  shopops metrics compare --from 2026-11-01 --to 2026-11-19 --against 2025-11-01..2025-11-19"
    })
final class MetricsCompareCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Option(
      names = "--against",
      paramLabel = "FROM..TO",
      converter = RangeConverter.class,
      description = "The period to compare with (default: the one just before, same length).")
  DateRange against;

  @Mixin CurrencyOption currency;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    period.check();
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      boolean trend = format(output) == OutputFormat.TABLE;
      MetricsComparison c =
          new MetricsService(store, Rules.of(store), currency.code)
              .compare(new CompareQuery(period.from(), period.to(), against, asOf(zone), trend));
      render(table(c, trend), output, zone);
    }
    return ExitCodes.OK;
  }

  static Table table(MetricsComparison c, boolean trend) {
    List<Column> cols =
        new ArrayList<>(
            List.of(
                Column.text("metric"),
                Column.decimal("value"),
                Column.decimal("previous"),
                Column.decimal("change"),
                Column.rate("relative_change"),
                Column.text("direction")));
    if (trend) {
      cols.add(Column.text("trend"));
    }
    Table table = new Table(cols);
    for (Metric m : Metric.values()) {
      Comparison x = c.comparisons().get(m);
      List<Object> row = new ArrayList<>(List.of(m.column()));
      row.add(display(m, x.current()));
      row.add(display(m, x.previous()));
      row.add(display(m, x.change()));
      row.add(x.relativeChange());
      // the terminal shows the arrow; csv/tsv/json/xlsx write the code (up|down|flat, or null)
      row.add(trend ? x.arrow() : x.direction().code());
      if (trend) {
        List<BigDecimal> series = c.trends().get(m); // none for money in mixed currencies
        row.add(series == null ? null : Sparkline.of(series));
      }
      table
          .addRow(row.toArray())
          .tone(
              "direction",
              Tone.ofChange(
                  x.direction() == Direction.UP ? 1 : x.direction() == Direction.DOWN ? -1 : 0,
                  m.higherIsBetter()));
      if (m.kind() == Metric.Kind.RATE) { // as every table shows a rate (review16 Q15)
        table
            .shown("value", Shown.PERCENT)
            .shown("previous", Shown.PERCENT)
            .shown("change", Shown.POINTS);
      }
    }
    table.addNote(
        c.current()
            + " against "
            + c.previous()
            + (trend
                ? "; money in currency units (not cents or fen), rates in percent, change of a"
                    + " rate in percentage points (pp)"
                : "; money in currency units (not cents or fen), rates as fractions, change of a"
                    + " rate in fraction points"));
    c.notes().forEach(table::addNote);
    return table;
  }

  /**
   * A metric value in its display unit: money in currency units (2 decimals), counts and rates as
   * they are.
   */
  static BigDecimal display(Metric m, BigDecimal v) {
    if (v == null) {
      return null;
    }
    return m.kind() == Metric.Kind.MONEY ? v.movePointLeft(2).setScale(2) : v;
  }

  /** {@code FROM..TO}, both dates included. */
  static final class RangeConverter implements ITypeConverter<DateRange> {
    @Override
    public DateRange convert(String text) {
      int dots = text.indexOf("..");
      if (dots < 0) {
        throw new TypeConversionException(
            "expected FROM..TO, e.g. 2026-10-01..2026-10-31 (\"" + text + "\")");
      }
      LocalDate from = Converters.date(text.substring(0, dots).strip());
      LocalDate to = Converters.date(text.substring(dots + 2).strip());
      if (to.isBefore(from)) {
        throw new TypeConversionException("ends before it starts (\"" + text + "\")");
      }
      return new DateRange(from, to);
    }
  }
}
