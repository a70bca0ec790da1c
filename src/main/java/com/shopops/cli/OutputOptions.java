package com.shopops.cli;

import picocli.CommandLine.Option;

/** The output flags every listing command shares (sqlite-utils style: defined once). */
public final class OutputOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = OutputOptions.Formats.class,
      description =
          "table, csv, tsv, json, jsonl or xlsx (xlsx needs --out; default: table on a terminal,"
              + " csv when piped).")
  String format;

  @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
  Integer limit;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (atomically: a temp file renamed into place) instead of stdout.")
  java.nio.file.Path out;

  @Option(names = "--force", description = "Let --out replace an existing file.")
  boolean force;

  @Option(
      names = "--excel",
      description =
          "Start csv/tsv with a UTF-8 BOM so that Excel and WPS read Chinese text, and"
              + " write ids of 12+ digits or with a leading zero, and international phones, as"
              + " =\"007123\", =\"+34612345678\" so they stay text.")
  boolean excel;

  @Option(
      names = "--raw",
      description =
          "Write text cells exactly as stored. By default csv/tsv text beginning with = + - @ tab"
              + " CR LF or NUL gets a leading ' so a spreadsheet never runs it as a formula"
              + " (OWASP CSV injection), but for a phone number (+34612345678); use --raw for"
              + " machine pipelines.")
  boolean raw;

  @Option(
      names = "--columns",
      paramLabel = "COLS",
      split = ",",
      description =
          "Only these columns, in this order (e.g. order_id,status,total), in every"
              + " format. Default: a terminal table shows the columns that fit 80 columns (see --wide);"
              + " csv, tsv, json and xlsx every column.")
  java.util.List<String> columns;

  @Option(names = "--wide", description = "A terminal table shows every column.")
  boolean wide;

  @Option(
      names = "--sort",
      paramLabel = "COL",
      description =
          "Sort the rows by a column, descending with a leading - (e.g. --sort -total)."
              + " Default: a terminal table as an operator reads it (orders newest first);"
              + " csv, tsv, json and xlsx in the command's documented order.")
  String sort;

  @Option(
      names = "--no-pager",
      description =
          "Never page a long table (default on a terminal: $SHOPOPS_PAGER, else $PAGER,"
              + " else less -FRSX).")
  boolean noPager;

  @Option(
      names = "--no-color",
      description = "No colours (also: $NO_COLOR set, or output not to a terminal).")
  boolean noColor;

  /**
   * The words of data cells (a status said, a rule's meaning): the reader's language in a table or
   * xlsx, English in csv, tsv, json and jsonl, whatever --lang (review10 J8 c).
   */
  com.shopops.render.Messages cellMessages(BaseCommand cmd) {
    return cmd.format(this).isForPeople() ? cmd.messages() : com.shopops.render.Messages.english();
  }

  /** {@code --format} completion: the output formats. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("table", "csv", "tsv", "json", "jsonl", "xlsx"));
    }
  }
}
