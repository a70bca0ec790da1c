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
  record Known(Pattern pattern, String key) {}

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
          known("could not write the output to stdout: (.+)", "error.stdout_write"),
          known("could not write the output to stdout", "error.stdout_write_unknown"),
          known(
              "what was written is incomplete; free some space and run the command again",
              "hint.stdout_write"),
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
          known(
              "store (.+) was made for currency (\\S+), (.+) keeps its amounts in (\\S+): the"
                  + " copy would take (\\S+)",
              "error.copy_currency"),
          known(
              "copy into a new file or an empty database \\(it takes the currency of the source\\),"
                  + " or make the target with `shopops init --currency (\\S+)`",
              "hint.copy_currency"),
          known("an empty file, 0 bytes", "error.empty_file"),
          known(
              "it holds nothing: `shopops init --db (.+)` makes a store there \\(delete it first for"
                  + " `shopops store copy STORE (.+)`\\)",
              "hint.empty_file"),
          known(
              "it holds nothing to copy: name the store to copy from as SRC \\(its file or"
                  + " postgresql:// URL\\)",
              "hint.empty_source"),
          known("(.+) is a directory, not a store file", "error.store_directory"),
          known("name a file in it, e.g. --db (.+)", "hint.store_directory"),
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
          known(
              "(.+:\\d+): (.+?): the file is (\\S+), not (.+?) \\(\"(.*)\" would be read as"
                  + " \"(.*)\"\\)",
              "error.encoding_forced"),
          known(
              "drop --encoding \\(the encoding is detected\\), or give --encoding (\\S+)",
              "hint.encoding_forced"),
          // notes of an import
          known(
              "(.+): (\\d+) columns? (?:was|were) not read: (.+) \\(name them in a mapping file,"
                  + " --map, to import them\\)",
              "note.import_unread"),
          known("(.+): (.+) is not read from this file: (.+)", "note.import_read_elsewhere"),
          known(
              "the promised delivery is imported with the same file as shipments: `shopops import"
                  + " shipments orders.csv --map olist-shipments` \\(until then deliveries are"
                  + " judged against the 211 rule\\)",
              "note.olist_promise_elsewhere"),
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
              "(.+): (\\d+) orders? (?:is|are) paid by (?:its|their) status but ha(?:s|ve) no paid"
                  + " time: inferred"
                  + " from the created time \\(cash on delivery: the delivery time\\) and counted"
                  + " as paid",
              "note.import_inferred_paid"),
          known("\"(.*)\" is not a follow-up kind; use (.+)", "error.not_followup_kind"));

  /**
   * The patterns above, the notes printed under a table, then those of a store on PostgreSQL that
   * cannot be opened.
   */
  private static final List<Known> ALL =
      java.util.stream.Stream.of(
              KNOWN.stream(),
              NoteText.KNOWN.stream(),
              java.util.Arrays.stream(PgErrorText.KNOWN).map(k -> known(k[0], k[1])))
          .flatMap(k -> k)
          .toList();

  private ErrorText() {}

  static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex), key);
  }

  /** The message in the language of {@code m}; English and unknown messages unchanged. */
  static String translate(Messages m, String message) {
    if (message == null || m.language() == Language.EN) {
      return message;
    }
    for (Known k : ALL) {
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
