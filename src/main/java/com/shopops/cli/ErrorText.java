package com.shopops.cli;

import com.shopops.app.imports.RowError;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import com.shopops.text.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known errors, hints and notes said again in the language of the command line: a message matching
 * a pattern of {@code i18n/known_messages.txt} (bundle key and regular expression, first match
 * wins) is said from the bundle with its parts filled in, known inner parts translated too; any
 * other message prints as it is.
 */
final class ErrorText {
  private record Known(Pattern pattern, String key) {}

  private static final List<Known> KNOWN = listed();

  /** Messages whose parts are what the user types (a segment, a status): never translated. */
  private static final java.util.Set<String> TYPED =
      java.util.Set.of(
          ("hint.use_one_of error.no_segment error.unknown_status reason.unknown_refund_status"
                  + " reason.order_export_refund_status error.unknown_format error.unknown_reason"
                  + " error.no_lifecycle_stage error.unknown_grouping error.not_return_step"
                  + " error.no_column hint.sort_by hint.choose_from hint.presets_for"
                  + " hint.bundled_maps")
              .split(" "));

  /** "rejected with its order: " and the row error that took the order's other rows with it. */
  private static final Pattern WITH_ORDER =
      Pattern.compile("rejected with its order: (.+?):(\\d+): (.+)");

  /** "--now: …", "sla.ship_within: …": a name, then a message that may be known. */
  private static final Pattern NAMED = Pattern.compile("([^\\s:]+): (.+)");

  /** An import field and the file's header of it: {@code created_at (column "InvoiceDate")}. */
  private static final Pattern FIELD_WITH_HEADER =
      Pattern.compile("([a-z_]+)" + RowError.HEADER_PATTERN);

  /** A problem an import stored: a row's column (with its header), then the reason. */
  private static final Pattern STORED =
      Pattern.compile("([^\\s:]+)(?:" + RowError.HEADER_PATTERN + ")?: (.+)");

  private ErrorText() {}

  /** The known messages, in the order of {@code i18n/known_messages.txt}. */
  private static List<Known> listed() {
    List<Known> all = new java.util.ArrayList<>();
    String resource = "i18n/known_messages.txt";
    try (var in = ErrorText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int space = line.indexOf(' ');
          all.add(known(line.substring(space + 1), line.substring(0, space)));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(all);
  }

  /** "Possible solutions: …", picocli's suggestions for a mistyped option, in the language. */
  static String suggestions(Messages m, List<String> options) {
    return m.get("error.possible_solutions", String.join(", ", options));
  }

  private static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex), key);
  }

  /** The regular expressions of the known messages (a test checks the sources against them). */
  static List<Pattern> patterns() {
    return KNOWN.stream().map(Known::pattern).toList();
  }

  /**
   * A refused row in the language of {@code m}, said from its parts: {@code file:line: column:
   * reason} in English, {@code 文件 第 N 行，字段（列“表头”）：原因} in Chinese (review11 K2).
   */
  static String row(Messages m, RowError e) {
    if (m.language() == Language.EN) {
      return e.format();
    }
    String reason =
        e.cause() != null
            ? m.get("reason.with_order", row(m, e.cause()))
            : e.problem() != null ? said(m, e.problem()) : reason(m, e.message());
    String field = e.column() == null ? null : field(m, e.kind(), e.column(), e.header());
    return at(m, e.file(), e.line(), field, reason);
  }

  /** A reason at its place: {@code a.csv 第 3 行，付款时间（列“订单付款时间”）：不是日期…}. */
  private static String at(Messages m, String file, long line, String field, String reason) {
    if (line <= 0) {
      return field == null
          ? m.get("import.at_file", file, reason)
          : m.get("import.at_file_field", file, field, reason);
    }
    return field == null
        ? m.get("import.at_row", file, line, reason)
        : m.get("import.at_row_field", file, line, field, reason);
  }

  /** A field of {@code kind} (null: any) by its label, the kind's own first (tryout17 U7). */
  private static String field(Messages m, String kind, String field, String header) {
    String label = kind == null ? field : m.value("field." + kind, field);
    label = label.equals(field) ? m.value("field", field) : label; // a field no table shows
    label = label.equals(field) ? m.column(field) : label;
    return header == null ? label : m.get("import.field_header", label, header);
  }

  /** The reason a row was refused, in the language of {@code m}. */
  static String reason(Messages m, String message) {
    Matcher w = WITH_ORDER.matcher(message);
    if (w.matches() && m.language() != Language.EN) {
      // the other row, stored as its English format(): its place, field and reason said again
      Matcher c = STORED.matcher(w.group(3));
      long line = Long.parseLong(w.group(2));
      String said =
          c.matches()
              ? at(
                  m,
                  w.group(1),
                  line,
                  field(m, null, c.group(1), c.group(2)),
                  reason(m, c.group(3)))
              : at(m, w.group(1), line, null, translate(m, w.group(3)));
      return m.get("reason.with_order", said);
    }
    int hand = message.indexOf("; recorded by hand on this order");
    if (hand > 0 && m.language() != Language.EN) { // the hand returns a total counts (tryout21 Z6)
      return translate(m, message.substring(0, hand))
          + m.get("error.list_separator")
          + each(m, message.substring(hand + 2));
    }
    return translate(m, message);
  }

  /**
   * A problem an import stored in English ({@code imports show}): a refused row's "column: reason"
   * or an anomaly's reason, said again as the import said it, in the language of {@code m}.
   */
  static String stored(Messages m, String problem) {
    Matcher c = STORED.matcher(problem);
    if (c.matches() && m.language() != Language.EN) {
      String said = reason(m, c.group(3));
      String label = field(m, null, c.group(1), c.group(2));
      if (!said.equals(c.group(3)) || !label.equals(c.group(1))) {
        return m.get("error.named", label, said);
      }
    }
    return reason(m, problem);
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
        return m.get("error.named", m.column(named.group(1)), rest); // quantity: 数量
      }
    }
    return message;
  }

  private static String known(Messages m, String message) {
    for (Known k : KNOWN) {
      Matcher x = k.pattern().matcher(message);
      if (x.matches()) {
        String[] groups = new String[x.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = x.group(i + 1);
        }
        return said(m, k.key(), groups, message);
      }
    }
    return null;
  }

  /**
   * A problem a handler named by its key (review13 M6), in the language of {@code m}: its arguments
   * said as the parts of a known message are.
   */
  static String said(Messages m, Problem p) {
    if (m.language() == Language.EN) {
      return m.get(p);
    }
    return said(m, p.key(), p.args().toArray(new String[0]), null);
  }

  /**
   * The text of {@code key} with its parts, each in the language of {@code m}: the last part said
   * again when it is itself known (unless it is the whole {@code message}), a field named with its
   * header as a refused row names it, a list of names people read in their words.
   */
  private static String said(Messages m, String key, String[] groups, String message) {
    Object[] parts = new Object[groups.length];
    for (int i = 0; i < parts.length; i++) {
      String part = groups[i];
      parts[i] =
          i == parts.length - 1 && part != null && !part.equals(message) ? each(m, part) : part;
      Matcher f = part == null ? null : FIELD_WITH_HEADER.matcher(part);
      if (f != null && f.matches()) {
        // a field with its header, as a refused row names it: 创建时间（列“InvoiceDate”）
        parts[i] = field(m, null, f.group(1), f.group(2));
        continue;
      }
      parts[i] =
          TYPED.contains(key)
              ? SaidCodes.list(m, "" + parts[i])
              : names(m, m.value("note_part", MessageParts.said(m, "" + parts[i])), key);
    }
    return m.get(key, SaidColumns.parts(m, key, parts)); // columns in zh (generic25)
  }

  /**
   * The last part of a known message, in the language of {@code m}: as a whole, else each of its ";
   * "-separated problems ({@code cannot record RT…: quantity: …; refund_amount: …}).
   */
  private static String each(Messages m, String part) {
    String said = translate(m, part);
    if (!said.equals(part) || !part.contains("; ")) {
      return said;
    }
    String[] items = part.split("; ", -1);
    for (int i = 0; i < items.length; i++) {
      items[i] = translate(m, items[i]);
    }
    return String.join(m.get("error.list_separator"), items);
  }

  /**
   * A part that is a list of names people read (score figures such as {@code complaint_rate}, RFM
   * segments such as "Can't Lose Them", the steps of a return such as {@code approved or
   * rejected}), each in the language of {@code m}; any other part as is.
   */
  private static String names(Messages m, String part, String key) {
    boolean steps =
        key.startsWith("error.return_")
            || key.startsWith("reason.step_") // before, dated_by_import, moved_back
            || key.matches("reason\\.(withdrawn_conflict|hand_steps_redated)");
    boolean or = part.contains(" or ") && !part.contains(", ");
    String[] items = part.split(or ? " or " : ", ", -1);
    boolean named = false;
    for (int i = 0; i < items.length; i++) {
      String name = m.value("figure", items[i]);
      name = name.equals(items[i]) ? m.value("segment", items[i]) : name;
      name = name.equals(items[i]) && steps ? SaidCodes.step(m, items[i]) : name; // A13
      named |= !name.equals(items[i]);
      items[i] = name;
    }
    return !named ? part : or ? String.join("或", items) : SaidColumns.listed(m, List.of(items));
  }
}
