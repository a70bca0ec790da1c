package com.shopops.cli;

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
              "Invalid value for positional parameter at index (\\d+) \\((.+?)\\): (.+)",
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
                  + " payment\\) / shipped with a known time, by day of payment \\(as `sla"
                  + " report`\\)",
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
          known("\"(.*)\" is not a follow-up kind; use (.+)", "error.not_followup_kind"));

  private ErrorText() {}

  private static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex), key);
  }

  /** The message in the language of {@code m}; English and unknown messages unchanged. */
  static String translate(Messages m, String message) {
    if (message == null || m.language() == Language.EN) {
      return message;
    }
    for (Known k : KNOWN) {
      Matcher x = k.pattern().matcher(message);
      if (x.matches()) {
        Object[] parts = new Object[x.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          String part = x.group(i + 1);
          parts[i] = i == parts.length - 1 && !part.equals(message) ? translate(m, part) : part;
          parts[i] = names(m, m.value("note_part", String.valueOf(parts[i])));
        }
        return m.get(k.key(), parts);
      }
    }
    return message;
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
