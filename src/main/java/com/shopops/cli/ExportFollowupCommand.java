package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.FollowUpQuery;
import com.shopops.domain.lists.FollowUpKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.Selection;
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
    header = "A follow-up list of one kind (--kind).",
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
      FollowUpListTables tables = new FollowUpListTables(list, lang);
      list.write(
          this,
          store,
          kind.listKind(),
          output,
          lists ->
              switch (kind) {
                case WINBACK -> listed(lists.winback(q), tables::winback);
                case DELAY -> listed(lists.delay(q), tables::delay);
                case RETURNS -> listed(lists.returns(q), tables::returns);
                case SATISFACTION -> listed(lists.satisfaction(q), tables::satisfaction);
                case ANNIVERSARY -> listed(lists.anniversary(q), tables::anniversary);
                case VIP -> listed(lists.vip(q), tables::vip);
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
}
