package com.shopops.cli;

import com.shopops.domain.metrics.Metric;
import com.shopops.render.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
  static void keep(Table t, Collection<String> spoken) {
    t.notes()
        .removeIf(
            n -> {
              List<String> about = columnsOf(n);
              return !about.isEmpty() && Collections.disjoint(about, spoken);
            });
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
