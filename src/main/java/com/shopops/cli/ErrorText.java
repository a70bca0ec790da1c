package com.shopops.cli;

import com.shopops.app.imports.RowError;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most common errors, hints and table notes in the language of the command line. They are made
 * in English where they happen (picocli, the store, the import); here, at the edge where Cli prints
 * them, a message that matches one of the patterns is said again from the bundle, its parts (a
 * path, an option, a value) filled in from the pattern's groups. An unknown message prints as it
 * is; a translated message whose inner part is itself known (an option's bad value) is translated
 * too.
 */
final class ErrorText {
  private record Known(Pattern pattern, String key) {}

  private static final String BYTE_AT = " \\(byte 0x([0-9A-F]{2}) at offset (\\d+)\\)";

  private static final List<Known> KNOWN =
      List.of(
          known("no store at (.+)", "error.missing_store"),
          known(
              "(.+): cancelled \\(Ctrl-C\\); nothing from this file was written",
              "error.import_cancelled"),
          known(
              "create one with `shopops init`, or point to yours with --db PATH or \\$SHOPOPS_DB",
              "error.missing_store_any_hint"),
          known("Unknown option: '(.+)'", "error.unknown_option"),
          known("Unknown options: (.+)", "error.unknown_options"),
          known("(.+): no such file", "error.no_such_file"),
          known("(.+): is a directory, not a file", "error.is_directory"),
          known("cannot write (.+): directory (.+) does not exist", "error.no_directory"),
          known("cannot write (.+): it is a directory", "error.write_directory"),
          known("create it first \\(mkdir -p (.+)\\), or choose another (\\S+)", "hint.mkdir"),
          known("no import (\\d+)", "error.no_import"),
          known("`shopops imports` lists the imports and their ids", "hint.imports_ids"),
          known("no customer (.+) in (.+)", "error.no_customer"),
          known("no order (\\S+) in (.+)", "error.no_order"),
          known(
              "store (.+) was made for time zone (\\S+), (.+) keeps its days in (\\S+): the copy"
                  + " would take (\\S+)",
              "error.copy_zone"),
          known(
              "copy into a new file or an empty database \\(it takes the zone of the source\\), or"
                  + " make the target with `shopops init --tz (\\S+)`",
              "hint.copy_zone"),
          known("an empty file, 0 bytes", "error.empty_file"),
          known(
              "it holds nothing: delete it, then `shopops init --db (.+)` or `shopops store copy"
                  + " STORE (.+)` makes a store there",
              "hint.empty_file"),
          known("unknown encoding \\((.*)\\); use one of (.+)", "error.unknown_encoding"),
          known(
              "`shopops customers list` shows the customers; a phone number is matched on its"
                  + " digits",
              "hint.customers_list"),
          known("no list (\\d+) in (.+)", "error.no_list"),
          known("`shopops lists` shows the lists and their ids", "hint.lists_ids"),
          known("unknown config key \"(.+)\"", "error.unknown_config_key"),
          known("`shopops config show` lists the keys", "hint.config_keys"),
          known("Unmatched argument at index (\\d+): '(.+)'", "error.unmatched"),
          known("Unmatched arguments from index (\\d+): (.+)", "error.unmatched_arguments"),
          known("Missing required option: '(.+)'", "error.missing_option"),
          known("Missing required parameter: '(.+)'", "error.missing_parameter"),
          known("Invalid value for option '(.+?)': (.+)", "error.invalid_option_value"),
          known(
              "Invalid value for positional parameter at index \\d+ \\((.+?)\\): (.+)",
              "error.invalid_parameter_value"),
          known("\"(.*)\" is not one of (.+)", "error.not_one_of"),
          known(
              "(.+): missing required column (\\S+) \\(looked for (.+); the header has: (.*)\\)",
              "error.missing_required_column"),
          known("(.+) is not a shopops store \\((.+)\\)", "error.not_a_store"),
          known("no command `(.+)`", "error.no_command"),
          known("`shopops help` lists the commands", "error.no_command_hint"),
          known("name a command", "error.name_command"),
          known("`shopops --help` lists them", "error.name_command_hint"),
          // a file that does not decode (import)
          known(
              "(.+): the file mixes encodings: this line is not UTF-8 like the rest of the file"
                  + BYTE_AT,
              "error.encoding_mixed_other"),
          known(
              "(.+): the file mixes encodings: this line is UTF-8, the rest of the file"
                  + " GBK/GB18030",
              "error.encoding_mixed_utf8"),
          known(
              "(.+): the file is neither UTF-8 nor GBK/GB18030 text" + BYTE_AT,
              "error.encoding_neither"),
          known("(.+): the file is not valid (\\S+) text" + BYTE_AT, "error.encoding_invalid_at"),
          known("(.+): the file is not valid (\\S+) text", "error.encoding_invalid"),
          known(
              "name the file's encoding with --encoding \\((.+)\\), or export it again as UTF-8",
              "hint.encoding"),
          // notes of an import
          known(
              "(.+): (\\d+) columns? (?:was|were) not read: (.+) \\(name them in a mapping file,"
                  + " --map, to import them\\)",
              "note.import_unread"),
          known("(.+): (.+) is not read from this file: (.+)", "note.import_read_elsewhere"),
          known(
              "the item titles are read from the items file \\(宝贝报表, ExportOrderDetailList\\)"
                  + " imported with it",
              "note.titles_elsewhere"),
          known(
              "(.+): ([\\d,]+) orders? names? a customer_id the store does not know: Olist gives every"
                  + " order a customer_id of its own, .*",
              "note.olist_unattributed"),
          known(
              "(.+): ([\\d,]+) customer_id \\(one per order\\) name ([\\d,]+) customers"
                  + " \\(customer_unique_id\\): ([\\d,]+) orders of the store attributed to their"
                  + " customer",
              "note.olist_attributed"),
          known(
              "(.+): Olist's amounts are in Brazilian reais but the file names no currency: they"
                  + " were read as (\\w+), the store's currency; .*",
              "note.olist_currency"),
          known(
              "(.+): (\\d+) orders? (?:is|are) paid by their status but have no paid time: inferred"
                  + " from the created time \\(cash on delivery: the delivery time\\) and counted"
                  + " as paid",
              "note.import_inferred_paid"),
          // notes printed under a table (sla, returns, metrics, customers)
          known(
              "(\\d+) cancelled or refunded before shipping: out of scope, left out of every rate"
                  + " \\(column excluded\\)",
              "note.sla_excluded"),
          known(
              "(\\d+) without a paid time \\(as of --now\\): not on the shipping clock"
                  + " \\(column not_paid\\)",
              "note.sla_not_paid"),
          known(
              "(\\d+) shipped without a shipped time \\(e.g. Taobao/JD order reports\\): out of the"
                  + " on-time rate; `shopops import shipments` gives them one",
              "note.sla_time_unknown"),
          known(
              "an order with several SKUs counts under each of them; the total counts it once",
              "note.sla_sku"),
          known(
              "as of (.+); rates are fractions of the orders they can judge \\(docs/sla.md\\)",
              "note.sla_as_of"),
          known(
              "on_time_ship_rate: shipped by the ship-by deadline of `sla report` \\((\\d+)h after"
                  + " payment\\) / shipped, by day of shipping",
              "note.metrics_on_time"),
          known("uv is a sum of daily UV.*", "note.metrics_uv_sum"),
          known(
              "pv and uv are counted from raw events: uv is the number of distinct visitors in each"
                  + " period",
              "note.metrics_uv_events"),
          known(
              "(\\S+) against (\\S+); money in yuan, rates as fractions, change of a rate in"
                  + " fraction points",
              "note.metrics_compare"),
          known("(\\S+): distinct visitors reaching each stage", "note.metrics_funnel"),
          known(
              "return_rate = returned units / delivered units (of the same SKU|of all SKUs|.+?),"
                  + " (\\S+) to (\\S+) \\(returns by request time, deliveries by delivery time;"
                  + " rejected returns are not returned units\\)",
              "note.returns_rate"),
          known(
              "lifecycle: churned after (\\d+) days silent; lapsing after (\\S+) the median gap"
                  + " \\(at least (\\d+) days; (\\d+) for one-day buyers\\)",
              "note.lifecycle"),
          known(
              "pv and uv come from raw events in (\\d+) periods and from daily traffic figures in"
                  + " (\\d+) \\(periods the events do not fully cover\\)",
              "note.metrics_mixed"),
          known(
              "sales, net_sales, sales_per_buyer, aov: not computed: the paid orders are in (\\d+)"
                  + " currencies \\((.+)\\) and amounts of different currencies are never added"
                  + " up",
              "note.metrics_currencies"),
          known(
              "(\\d+) paid orders? in other currencies \\((.+)\\) left out: amounts of different"
                  + " currencies are never added up",
              "note.other_currencies"),
          known("amounts ranked in (\\S+)", "note.amounts_ranked"),
          known(
              "the segment table in force never reaches (.+) \\(earlier rows take all its scores;"
                  + " first match wins\\)\\. Reorder it with `shopops config set"
                  + " customers.segments \\.\\.\\.`",
              "note.segment_unreachable"),
          known(
              "(\\S+) against (\\S+); product figures are the catalogue as imported now, in both"
                  + " periods",
              "note.score_periods"),
          known(
              "Missing \\(not enough data, left out of the score\\): (.+)\\.",
              "note.score_missing"),
          known(
              "Weights were re-normalised over the figures that could be computed\\.",
              "note.score_renormalised"),
          known("(\\S+) covers (\\S+) only \\(cut by --from/--to\\)", "note.period_cut"),
          known("(\\S+) covers (\\S+) only \\(up to today\\)", "note.period_today"),
          known("\"(.*)\" is not a follow-up kind; use (.+)", "error.not_followup_kind"),
          // option values (converters and option checks)
          known("(.+); use YYYY-MM-DD", "error.use_iso_date"),
          known("a date is required", "error.date_required"),
          known(
              "unknown format \"(.*)\"; use table, csv, tsv, json, jsonl or xlsx",
              "error.unknown_format"),
          known("(.+) must be 0 or more", "error.not_negative"),
          known("unknown status \"(.*)\"; use one of (.+)", "error.unknown_status"),
          known("unknown reason \"(.*)\"; use (.+)", "error.unknown_reason"),
          known("--to (\\S+) is before --from (\\S+)", "error.to_before_from"),
          known("not a duration \\(\"(.*)\"\\); use e\\.g\\. (.+)", "error.not_duration"),
          known("use e\\.g\\. --now '(.+)' or --now (\\S+)", "hint.now_example"),
          known("report: give --html FILE, --png FILE or both", "error.report_needs_file"),
          known("no segment \"(.*)\"", "error.no_segment"),
          known("use one of (.+)", "hint.use_one_of"),
          // lookups and files that exist
          known("no return (\\S+) in (.+)", "error.no_return"),
          known("`shopops returns open` lists the open returns", "hint.returns_open"),
          known("import the order first", "hint.import_order_first"),
          known("return (\\S+) already exists", "error.return_exists"),
          known("change it with `shopops returns update (\\S+) --status …`", "hint.return_update"),
          known("store (.+) already exists", "error.store_exists"),
          known("use it as it is, or pass --db to create another", "hint.store_exists"),
          known("(.+) already exists", "error.file_exists"),
          known("pass --force to replace it", "hint.force"),
          known("name a file, e\\.g\\. (.+)", "hint.name_file"),
          // the reasons a row of an import is refused (printed per row, mailed by cron)
          known("not a date \\(\"(.*)\"\\)", "reason.not_date"),
          known("not a date in format (.+) \\(\"(.*)\"\\)", "reason.not_date_format"),
          known("more than 2 decimal places \\(\"(.*)\"\\)", "reason.decimals"),
          known(
              "amount too large, more than 10,000,000,000\\.00 \\(\"(.*)\"\\)",
              "reason.amount_too_large"),
          known("not an amount \\(\"(.*)\"\\)", "reason.not_amount"),
          known("number too large \\(\"(.*)\"\\)", "reason.number_too_large"),
          known("not a whole number \\(\"(.*)\"\\)", "reason.not_whole"),
          known("not yes/no \\(\"(.*)\"\\)", "reason.not_yes_no"),
          known(
              "looks changed by a spreadsheet \\(\"(.*)\"\\): its digits are lost, and different"
                  + " ids would become one; export the file again from the platform and import it"
                  + " without opening it in Excel \\(or keep the column as text\\)",
              "reason.spreadsheet_id"),
          known(
              "a quoted field is never closed: the file ends in the middle of a row"
                  + " \\(truncated\\?\\)",
              "reason.unclosed_quote"),
          known(
              "the row has (\\d+) of (\\d+) columns \\(cut short: truncated file or a missing"
                  + " delimiter\\?\\)",
              "reason.row_short"),
          known(
              "the row has (\\d+) columns, the header has (\\d+) \\(an unquoted delimiter inside"
                  + " a value\\?\\)",
              "reason.row_long"),
          known("missing \\(every row needs (an? .+)\\)", "reason.missing_row"),
          known("missing \\(every contact needs a customer id\\)", "reason.missing_customer"),
          known("missing \\(who made the contact\\)", "reason.missing_agent"),
          known("missing \\(phone, sms, email, im or visit\\)", "reason.missing_channel"),
          known(
              "unknown channel \\(\"(.*)\"\\); use phone, sms, email, im or visit",
              "reason.unknown_channel"),
          known(
              "must be positive \\((.+)\\); returns are imported with `import returns`",
              "reason.quantity_positive"),
          known(
              "order (.+) is not in the store; import the order list \\(e\\.g\\. the 订单报表"
                  + " ExportOrderList\\) before its line items",
              "reason.lines_without_order"),
          known(
              "order (.+) is not in the store \\(import its order export first\\)",
              "reason.shipment_without_order"),
          known(
              "no order in the store has tracking number (.+) \\(and the row has no order id\\)",
              "reason.unknown_tracking"),
          known(
              "the order's rows add up to more than 10,000,000,000\\.00 \\((-?\\d+) minor units\\)",
              "reason.order_too_large"),
          known("unknown order (.+): import its orders first", "reason.review_without_order"),
          known("order (\\S+) has no line with SKU (.+)", "reason.no_such_line"),
          known("no follow-up entry (\\d+) to correct", "reason.no_followup_entry"),
          known("a rating is 1 to 5 \\(\"(.*)\"\\)", "reason.rating"),
          known("cannot be negative", "reason.negative"),
          known("closed before it was opened", "reason.closed_before_opened"),
          known("nothing was written there", "hint.nothing_written"),
          // rarer messages of options, lookups and imports
          known(
              "tracking number (.+) belongs to more than one order \\((.+)\\); give the order id",
              "reason.tracking_many"),
          known(
              "order (\\S+) has different (\\S+) values on its rows \\((.+?)\\); say in a mapping file whether it is per line \\(summed\\) or per order: (.+)",
              "reason.money_differs"),
          known(
              "return (\\S+) is stored for order (\\S+), not (\\S+) \\(two returns with one id\\?\\)",
              "reason.return_other_order"),
          known(
              "order (\\S+) is not in the store; import its orders before its returns",
              "reason.return_without_order"),
          known("unknown \"(.*)\" \\(expected (.+)\\)", "reason.unknown_expected"),
          known("unknown event type \"(.*)\" \\(expected (.+)\\)", "reason.unknown_event_type"),
          known("not a log time \"(.*)\" \\(expected (.+)\\)", "reason.not_log_time"),
          known(
              "not a combined log format line \\(IP - - \\[time\\] \"request\" status size \"referer\" \"user-agent\"\\): (.+)",
              "reason.not_combined_log"),
          known(
              "not a UserBehavior line \\(user_id,item_id,category_id,behavior_type,timestamp\\): (.+)",
              "reason.not_user_behavior"),
          known("(\\S+) is (\\S+), not a plausible event time", "reason.implausible_event_time"),
          known("empty", "error.empty"),
          known("unknown region \"(.*)\"", "error.unknown_region"),
          known(
              "\"(.*)\" is not a number of days; use e\\.g\\. --window 365, or --window all",
              "error.window_days"),
          known("\"(.*)\" is not zh or en", "error.not_zh_en"),
          known("unknown unit \"(.*)\"; use days or weeks", "error.unknown_unit"),
          known("no lifecycle stage \"(.*)\"; use one of (.+)", "error.no_lifecycle_stage"),
          known("must be whole days \\(\"(.*)\"\\), e\\.g\\. 14d", "error.whole_days"),
          known("must not be negative", "error.not_negative_value"),
          known("unknown grouping \"(.*)\"; use (.+)", "error.unknown_grouping"),
          known("\"(.*)\" is not a step a return can move to; use (.+)", "error.not_return_step"),
          known(
              "unknown channel \"(.*)\"; use phone, sms, email, im or visit",
              "error.unknown_channel"),
          known(
              "a name is required, not \"(.*)\" \\(leave the option out for the default\\)",
              "error.name_required"),
          known("expected FROM\\.\\.TO, e\\.g\\. (\\S+) \\(\"(.*)\"\\)", "error.expected_range"),
          known("ends before it starts \\(\"(.*)\"\\)", "error.range_backwards"),
          known("use an amount in yuan, e\\.g\\. 1000 or 1,000\\.00", "hint.amount_yuan"),
          known("use a date such as (\\S+), or '(.+)'", "hint.date_example"),
          known("use e\\.g\\. '(.+)' \\(store zone\\) or (\\S+)", "hint.time_example"),
          known("unknown time zone \"(.*)\"", "error.unknown_zone"),
          known("use a region name such as Asia/Shanghai or America/New_York", "hint.zone_name"),
          known("unknown currency \"(.*)\"", "error.unknown_currency"),
          known("use an ISO 4217 code such as CNY, USD or EUR", "hint.currency_code"),
          known("no column \"(.*)\" in this list", "error.no_column"),
          known("sort by one of (.+) \\(- first: descending\\)", "hint.sort_by"),
          known("choose from (.+)", "hint.choose_from"),
          known("--format xlsx needs --out FILE\\.xlsx", "error.xlsx_needs_out"),
          known(
              "a workbook is a binary file: name where it goes, e\\.g\\. --out (.+)",
              "hint.xlsx_binary"),
          known("--strict and --on-error skip contradict each other", "error.strict_skip"),
          known("--format is for `import events` only", "error.format_events_only"),
          known("--preset and --map cannot be used together", "error.preset_and_map"),
          known(
              "a mapping file names the columns itself: drop --preset, or drop --map to use the preset",
              "hint.preset_or_map"),
          known("unknown preset \"(.*)\"", "error.unknown_preset"),
          known("presets for (\\S+): (.+)", "hint.presets_for"),
          known("mappings that come with shopops: (.+)", "hint.bundled_maps"),
          known("--delimiter takes one character, or tab", "error.delimiter"),
          known("cannot write (.+): permission denied in (.+)", "error.permission_denied"),
          known("choose a directory you can write to", "hint.writable_dir"),
          known(
              "nothing was written there; free some space or choose another --out",
              "hint.nothing_written_out"),
          known(
              "cannot write (.+): it is not a regular file \\(a device, pipe or socket\\)",
              "error.not_regular"),
          known("--customer is required", "error.customer_required"),
          known("name the customer: --customer ID", "hint.name_customer"),
          known("nothing was changed", "error.nothing_changed"),
          known(
              "cannot write to standard output \\(disk full, or the reading end was closed\\)",
              "error.stdout_failed"));

  /** Messages whose parts are what the user types (a segment, a status): never translated. */
  private static final java.util.Set<String> TYPED =
      java.util.Set.of(
          "hint.use_one_of",
          "error.no_segment",
          "error.unknown_status",
          "error.unknown_format",
          "error.unknown_reason",
          "error.no_lifecycle_stage",
          "error.unknown_grouping",
          "error.not_return_step",
          "error.no_column",
          "hint.sort_by",
          "hint.choose_from",
          "hint.presets_for",
          "hint.bundled_maps");

  /** "rejected with its order: " and the row error that took the order's other rows with it. */
  private static final Pattern WITH_ORDER =
      Pattern.compile("rejected with its order: (.+?:\\d+: )(.+)");

  /** "--now: …", "sla.ship_within: …": a name, then a message that may be known. */
  private static final Pattern NAMED = Pattern.compile("([^\\s:]+): (.+)");

  private ErrorText() {}

  private static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex), key);
  }

  /** The regular expressions of the known messages (a test checks the sources against them). */
  static List<Pattern> patterns() {
    return KNOWN.stream().map(Known::pattern).toList();
  }

  /**
   * A refused row as {@code file:line: column: reason}, the reason in the language of {@code m}.
   */
  static String row(Messages m, RowError e) {
    String all = e.format();
    if (m.language() == Language.EN) {
      return all;
    }
    return all.substring(0, all.length() - e.message().length()) + reason(m, e.message());
  }

  /** The reason a row was refused, in the language of {@code m}. */
  static String reason(Messages m, String message) {
    Matcher w = WITH_ORDER.matcher(message);
    if (w.matches() && m.language() != Language.EN) {
      String rest = w.group(2);
      int colon = rest.indexOf(": "); // the other row's column, then its reason
      String said = colon > 0 ? known(m, rest.substring(colon + 2)) : null;
      said = said != null ? rest.substring(0, colon + 2) + said : translate(m, rest);
      return m.get("reason.with_order", w.group(1) + said);
    }
    return translate(m, message);
  }

  /** The message in the language of {@code m}; English and unknown messages unchanged. */
  static String translate(Messages m, String message) {
    if (message == null || m.language() == Language.EN) {
      return message;
    }
    String known = known(m, message);
    if (known != null) {
      return known;
    }
    Matcher named = NAMED.matcher(message);
    if (named.matches()) {
      String rest = known(m, named.group(2));
      if (rest != null) {
        return m.get("error.named", named.group(1), rest);
      }
    }
    return message;
  }

  private static String known(Messages m, String message) {
    for (Known k : KNOWN) {
      Matcher x = k.pattern().matcher(message);
      if (x.matches()) {
        Object[] parts = new Object[x.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          String part = x.group(i + 1);
          parts[i] = i == parts.length - 1 && !part.equals(message) ? translate(m, part) : part;
          if (!TYPED.contains(k.key())) {
            parts[i] = names(m, m.value("note_part", String.valueOf(parts[i])));
          }
        }
        return m.get(k.key(), parts);
      }
    }
    return null;
  }

  /**
   * A part that is a list of names people read (score figures such as {@code complaint_rate}, RFM
   * segments such as "Can't Lose Them"), each in the language of {@code m}; any other part as is.
   */
  private static String names(Messages m, String part) {
    String[] items = part.split(", ", -1);
    boolean named = false;
    for (int i = 0; i < items.length; i++) {
      String name = m.value("figure", items[i]);
      name = name.equals(items[i]) ? m.value("segment", items[i]) : name;
      named |= !name.equals(items[i]);
      items[i] = name;
    }
    return named ? String.join("、", items) : part;
  }
}
