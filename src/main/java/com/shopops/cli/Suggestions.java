package com.shopops.cli;

import com.shopops.text.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for a mistyped command: the names within two edits (a swap counts as one). */
final class Suggestions {
  private Suggestions() {}

  static List<String> near(String word, Collection<String> names) {
    String w = word.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String name : names) {
      int d = Spelling.distance(w, name.toLowerCase(Locale.ROOT));
      boolean prefix = name.startsWith(w) && w.length() >= 2;
      if (d <= Math.max(1, Math.min(2, w.length() / 3)) || prefix) {
        scored.add(new Scored(name, prefix ? 0 : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> near = scored.stream().map(Scored::name).distinct().limit(3).toList();
    if (near.isEmpty() && LISTING_WORDS.contains(w)) { // `returns list`: the commands that list
      return LISTING.stream().filter(names::contains).limit(3).toList();
    }
    return near;
  }

  /** Words an operator types to see a table, and the commands that show one (review20 X13). */
  private static final List<String> LISTING_WORDS = List.of("list", "ls", "all", "find", "search");

  private static final List<String> LISTING =
      List.of("list", "open", "due", "overdue", "at-risk", "show");

  /**
   * For {@code --out} (or {@code -o}) given to a command that writes its files with options of
   * their own ({@code report --html FILE --png FILE}): those options; else none.
   */
  static List<String> fileOptions(String word, picocli.CommandLine.Model.CommandSpec spec) {
    String w = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
    if ((!w.equals("--out") && !w.equals("-o")) || spec.findOption("--out") != null) {
      return List.of();
    }
    return spec.options().stream()
        .filter(o -> "FILE".equals(o.paramLabel()) && !o.hidden())
        .map(o -> o.longestName())
        .toList();
  }
}
