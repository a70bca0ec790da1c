package com.shopops.app.imports;

import com.shopops.text.Problem;
import java.util.List;

/**
 * A note of an import (what the operator should know about a file once it is read), as {@link
 * RowError} is a refused row: named by its message key and arguments ({@code problem}, review13
 * M6), said from the bundle of the operator's language; {@code english} is its English. A note not
 * yet named by a key has only its English (null {@code problem}), said again at the edge through
 * the patterns of {@code i18n/known_messages.txt}.
 */
public record ImportNote(String english, Problem problem) {
  /** A note named by its key. */
  static ImportNote of(Problem problem) {
    return new ImportNote(problem.english(), problem);
  }

  /** A note said as an English sentence. */
  static ImportNote text(String english) {
    return new ImportNote(english, null);
  }

  /** English sentences as notes. */
  static List<ImportNote> texts(List<String> english) {
    return english.stream().map(ImportNote::text).toList();
  }

  /** A count as a note says it, with thousands separators as the summary (review12 L18). */
  static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  @Override
  public String toString() {
    return english;
  }
}
