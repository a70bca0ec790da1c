package com.shopops.render;

import java.util.Locale;

/** The output formats every report can be written in ({@code --format}). */
public enum OutputFormat {
  /** Aligned text for a terminal; may cap its rows. */
  TABLE,
  /** RFC 4180 CSV with "\n" line ends, spreadsheet-safe by default. */
  CSV,
  /** Tab-separated, quoted like CSV when a cell holds a tab, quote or line break. */
  TSV,
  /** One pretty-printed array of objects. */
  JSON,
  /** One compact object per line. */
  JSONL,
  /** An Excel workbook (binary: written to a file with --out); one sheet per table. */
  XLSX;

  /**
   * Whether the format is for people (a terminal table, xlsx), whose cells may be said in the
   * reader's language; csv, tsv, json and jsonl are the machine contract, English whatever --lang
   * (docs/output.md).
   */
  public boolean isForPeople() {
    return this == TABLE || this == XLSX;
  }

  /** Whether the format is text written through a Writer (all but xlsx). */
  public boolean isText() {
    return this != XLSX;
  }

  /** Parses a {@code --format} value, ignoring case and surrounding spaces. */
  public static OutputFormat parse(String s) {
    if (s != null) {
      String key = s.trim().toUpperCase(Locale.ROOT);
      for (OutputFormat f : values()) {
        if (f.name().equals(key)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown format \"" + s + "\"; use table, csv, tsv, json, jsonl or xlsx");
  }
}
