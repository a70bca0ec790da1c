package com.shopops.cli;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns a known message names, in the language of the command line (generic25): a required
 * field by the Chinese headers the import looked for ({@code 订单号/订单编号（order_id）}, not {@code
 * order_id}), and a header cut short with its count ({@code …（共 16 列）}).
 */
final class SaidColumns {
  /** The end of a header shown cut short: {@code , … (16 columns)}. */
  private static final Pattern CUT_HEADER = Pattern.compile("… \\((\\d+) columns\\)$");

  private SaidColumns() {}

  /**
   * The parts of a message that list columns by their names, each key with the indexes of its lists
   * (tryout28a A7: {@code 3 列未读取：商品属性, 套餐信息, 备注}).
   */
  private static final java.util.Map<String, int[]> COLUMN_LISTS =
      java.util.Map.of(
          "note.import_unread", new int[] {2}, "hint.platform_as_generic", new int[] {1, 2});

  /**
   * {@code items} as a list in {@code m}'s language: "a, b, c" in English, "a、b、c" in Chinese
   * (error.code_separator) — the one join of a list of names a sentence gives.
   */
  static String listed(Messages m, java.util.List<String> items) {
    return String.join(m.get("error.code_separator"), items);
  }

  /** {@code items} as "a, b and c" (zh "a、b和c"): {@link #listed} with the last joined by "and". */
  static String listedAnd(Messages m, java.util.List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return m.get(
        "note.list_and",
        listed(m, items.subList(0, items.size() - 1)),
        items.get(items.size() - 1));
  }

  /** The parts of {@code key}'s message with its columns said in {@code m}'s language. */
  static Object[] parts(Messages m, String key, Object[] parts) {
    if (m.language() == Language.EN) {
      return parts;
    }
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] instanceof String s && CUT_HEADER.matcher(s).find()) {
        parts[i] = CUT_HEADER.matcher(s).replaceFirst(m.get("error.header_cut", "$1"));
      }
    }
    for (int i : COLUMN_LISTS.getOrDefault(key, new int[0])) {
      if (i < parts.length && parts[i] instanceof String s) {
        parts[i] = listed(m, java.util.List.of(s.split(", ")));
      }
    }
    if (key.equals("error.missing_required_column") && parts.length > 2) {
      String[] fields = String.valueOf(parts[1]).split(", ");
      for (int i = 0; i < fields.length; i++) {
        fields[i] = field(m, fields[i], String.valueOf(parts[2]));
      }
      parts[1] = String.join(m.get("error.code_separator"), fields);
    }
    return parts;
  }

  /**
   * {@code 订单号/订单编号/主订单编号（order_id）}: the field by the Chinese headers among those the import
   * looked for ({@code lookedFor}, the message's own list, so those of the file's kind).
   */
  static String field(Messages m, String field, String lookedFor) {
    Set<String> names = new LinkedHashSet<>();
    for (String header : lookedFor.split(", ")) {
      if (header.codePoints().anyMatch(c -> c >= 0x3400)) {
        names.add(header.strip());
      }
    }
    return names.isEmpty() ? field : m.get("error.field_named", String.join("/", names), field);
  }
}
