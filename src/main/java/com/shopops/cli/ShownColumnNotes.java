package com.shopops.cli;

import com.shopops.domain.metrics.Metric;
import com.shopops.render.Messages;
import com.shopops.render.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A metrics table's notes on the columns it shows (tryout27b B8): a note that explains columns
 * ("on_time_ship_rate: shipped by the ship-by deadline …") when the table shows none of them is
 * noise. csv, tsv, json and xlsx keep every column, so every note.
 */
final class ShownColumnNotes {
  private ShownColumnNotes() {}

  private static final Set<String> METRICS =
      Stream.of(Metric.values()).map(Metric::column).collect(Collectors.toUnmodifiableSet());

  /**
   * Takes out of {@code t} the notes about columns none of which is in {@code spoken}: the columns
   * it shows and those its notes name as left out.
   */
  static void keep(Table t, Collection<String> spoken, Messages m) {
    t.notes()
        .removeIf(
            n -> {
              List<String> about = columnsOf(n);
              return !about.isEmpty() && Collections.disjoint(about, spoken);
            });
    List<String> money = money(spoken);
    if (!MONEY_NOTE_NAMES.equals(java.util.Set.copyOf(money))) {
      t.notes().replaceAll(n -> moneyNote(n, money, m));
      t.notes().removeIf(String::isEmpty);
    }
  }

  /**
   * {@code notes} in {@code m}'s language, the currency note naming the money figures of {@code
   * shown} (tryout30b B4: {@code report --html} named sales, aov and sales_per_buyer beside a Net
   * sales card); a note left empty is dropped.
   */
  static List<String> said(List<String> notes, Collection<String> shown, Messages m) {
    List<String> money = money(shown);
    return notes.stream()
        .map(
            n ->
                MONEY_NOTE.matcher(n).matches()
                    ? moneyNote(n, money, m)
                    : ErrorText.translate(m, n))
        .filter(n -> !n.isEmpty())
        .toList();
  }

  /** The money columns among {@code shown}, in the metrics' order. */
  private static List<String> money(Collection<String> shown) {
    return Stream.of(Metric.values())
        .filter(x -> x.kind() == Metric.Kind.MONEY && shown.contains(x.column()))
        .map(Metric::column)
        .toList();
  }

  /** The columns the currency note names ({@code sales, aov and sales_per_buyer are in CNY}). */
  private static final Set<String> MONEY_NOTE_NAMES = Set.of("sales", "aov", "sales_per_buyer");

  private static final Pattern MONEY_NOTE =
      Pattern.compile("sales, aov and sales_per_buyer are in (\\S+)(?:, except in (.+))?");

  /**
   * The currency note naming the money columns shown, {@code money}, in {@code m}'s language
   * (tryout28b B8: with --columns it named aov and sales_per_buyer, not shown, and not net_sales);
   * empty when none is shown; any other note as is.
   */
  private static String moneyNote(String note, List<String> money, Messages m) {
    Matcher x = MONEY_NOTE.matcher(note);
    if (!x.matches()) {
      return note;
    }
    if (money.isEmpty()) {
      return "";
    }
    String names = SaidColumns.listedAnd(m, money.stream().map(m::column).toList());
    return x.group(2) == null
        ? m.get("note.money_columns_currency", money.size(), names, x.group(1))
        : m.get("note.money_columns_currency_except", money.size(), names, x.group(1), x.group(2));
  }

  /**
   * The metric columns a note is about, those it starts with before its first ": " ({@code
   * on_time_ship_rate: …}, {@code pv and uv: …}, {@code sales, net_sales, aov: …}); empty when it
   * starts with anything else.
   */
  static List<String> columnsOf(String note) {
    int colon = note.indexOf(": ");
    if (colon < 0) {
      return List.of();
    }
    List<String> about = new ArrayList<>();
    for (String word : note.substring(0, colon).split(", | and ")) {
      if (!METRICS.contains(word)) {
        return List.of();
      }
      about.add(word);
    }
    return about;
  }
}
