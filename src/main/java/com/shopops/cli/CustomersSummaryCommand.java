package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.customers.CustomerService;
import com.shopops.domain.customers.ClvSummaryRow;
import com.shopops.domain.customers.ClvUnit;
import com.shopops.render.Column;
import com.shopops.render.OutputFormat;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "summary",
    header = "CLV model inputs per buyer, as Python lifetimes computes them.",
    description = {
      "CLV model inputs per buyer, exactly as Python lifetimes' "
          + "summary_data_from_transaction_data (daily periods): frequency = repeat purchase days, "
          + "recency = age at the last purchase (not days since it), T = age at --now, "
          + "monetary_value = mean day total after the first day (yuan: exact in csv and json, "
          + "two decimals in the table). Orders paid after --now "
          + "are not seen. In a store with orders in several currencies, frequency, recency and T "
          + "count every paid order and monetary_value the repeat purchases in the currency most "
          + "paid orders are in (blank for a buyer without such), with a note. Columns: customer_id, frequency, recency, T, monetary_value."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops customers summary --now '2026-11-20 10:00' > clv.csv",
      "  shopops customers summary --unit weeks"
    })
final class CustomersSummaryCommand extends BaseCommand {
  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "days",
      converter = UnitConverter.class,
      completionCandidates = Units.class,
      description = "days (default) or weeks (recency and T divided by 7, 6 decimals).")
  ClvUnit unit;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      var inputs = new CustomerService(store, Rules.of(store)).summary(asOf(zone), unit);
      Table t =
          new Table(
              Column.text("customer_id"),
              Column.integer("frequency"),
              Column.decimal("recency"),
              Column.decimal("T"),
              Column.decimal("monetary_value"));
      // the terminal shows money with two decimals; csv/json keep the exact mean (review11 K11)
      boolean table = format(output) == OutputFormat.TABLE;
      for (ClvSummaryRow r : inputs.rows()) {
        BigDecimal money = r.monetaryValue() == null ? null : yuan(r.monetaryValue());
        money = table && money != null ? money.setScale(2, java.math.RoundingMode.HALF_UP) : money;
        t.addRow(r.customerId(), r.frequency(), r.recency(), r.t(), money);
      }
      inputs.notes().forEach(t::addNote);
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }

  /** days, day, d; weeks, week, w. */
  static final class UnitConverter implements ITypeConverter<ClvUnit> {
    @Override
    public ClvUnit convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "days", "day", "d" -> ClvUnit.DAYS;
        case "weeks", "week", "w" -> ClvUnit.WEEKS;
        default ->
            throw new TypeConversionException("unknown unit \"" + value + "\"; use days or weeks");
      };
    }
  }

  static final class Units extends ArrayList<String> {
    Units() {
      super(List.of("days", "weeks"));
    }
  }

  /** Fen (up to 4 decimals) to yuan, at least 2 decimals: 12345.5 → 123.455. */
  static BigDecimal yuan(BigDecimal fen) {
    BigDecimal y = fen.movePointLeft(2).stripTrailingZeros();
    return y.setScale(Math.max(2, y.scale()));
  }
}
