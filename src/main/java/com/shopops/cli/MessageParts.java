package com.shopops.cli;

import com.shopops.render.Messages;
import java.util.regex.Pattern;

/**
 * Parts of a known message that a Chinese sentence says in its own words (review19 V14): a bundled
 * layout's English label, counts by currency. Used by {@link ErrorText} on every part.
 */
final class MessageParts {
  /** Counts by currency, {@code CNY: 4, USD: 3}, as a part of a message. */
  private static final Pattern CURRENCY_COUNTS =
      Pattern.compile("[A-Z]{3}: [\\d,]+(?:, [A-Z]{3}: [\\d,]+)*");

  /** Where a parcel came from, as a refusal names each of an order's parcels (clarity25b). */
  private static final String SOURCE =
      "(?:order export \\+ shipments import|order export|shipments import|by hand)";

  /** Parcels with their sources, {@code SF001 (order export), SF009 (shipments import)}. */
  private static final Pattern PARCELS =
      Pattern.compile("\\S+ \\(" + SOURCE + "\\)(?:, \\S+ \\(" + SOURCE + "\\))*");

  private static final Pattern PARCEL = Pattern.compile("(\\S+) \\((" + SOURCE + ")\\)");

  private MessageParts() {}

  /**
   * {@code part} in the language of {@code m}: a preset's label, counts by currency; else as is.
   */
  static String said(Messages m, String part) {
    return parcels(m, currencyCounts(m, presetLabel(m, part)));
  }

  /**
   * Parcels named with their sources said with the source in the language of {@code m}
   * (value.source.*): {@code SF001（订单导出）、SF009（发货导入）}; any other part as is.
   */
  private static String parcels(Messages m, String part) {
    if (m.language() == com.shopops.domain.lists.Language.EN || !PARCELS.matcher(part).matches()) {
      return part;
    }
    String[] items = part.split(", ");
    for (int i = 0; i < items.length; i++) {
      java.util.regex.Matcher x = PARCEL.matcher(items[i]);
      if (x.matches()) {
        items[i] = m.get("note.parcel_source", x.group(1), m.value("source", x.group(2)));
      }
    }
    return SaidColumns.listed(m, java.util.List.of(items));
  }

  /**
   * Counts by currency ({@code USD: 1}, which in Chinese would read as one dollar) said as counts,
   * {@code USD：1 笔} (review19 V14); any other part as is.
   */
  private static String currencyCounts(Messages m, String part) {
    if (!CURRENCY_COUNTS.matcher(part).matches()) {
      return part;
    }
    String[] items = part.split(", ");
    for (int i = 0; i < items.length; i++) {
      String[] codeAndCount = items[i].split(": ");
      items[i] = m.get("note.currency_count", codeAndCount[0], codeAndCount[1]);
    }
    return SaidColumns.listed(m, java.util.List.of(items));
  }

  /**
   * A bundled preset's label ({@code JD 京东 POP order export (…)}), or its name and label as {@link
   * com.shopops.app.imports.Preset#describe()} gives them, in the language of {@code m}: a Chinese
   * sentence names the layout in Chinese, without brackets inside its own (review19 V14). Any other
   * part as is.
   */
  private static String presetLabel(Messages m, String part) {
    for (com.shopops.app.imports.Preset p : com.shopops.app.imports.Presets.all()) {
      if (p.label() == null || !(part.equals(p.label()) || part.equals(p.describe()))) {
        continue;
      }
      String label = m.value("preset_label", p.name());
      if (label.equals(p.name())) {
        return part;
      }
      return part.equals(p.label()) ? label : m.get("import.preset_named", p.name(), label);
    }
    return part;
  }
}
