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

  private MessageParts() {}

  /**
   * {@code part} in the language of {@code m}: a preset's label, counts by currency; else as is.
   */
  static String said(Messages m, String part) {
    return currencyCounts(m, presetLabel(m, part));
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
    return String.join("、", items);
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
