package com.shopops.cli;

import picocli.CommandLine.Option;

/** The output flags every listing command shares (sqlite-utils style: defined once). */
public final class OutputOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "table, csv, tsv, json, jsonl or xlsx (xlsx needs --out; default: table on a terminal,"
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
      description = "Start csv/tsv with a UTF-8 BOM so that Excel and WPS read Chinese text, and"
          + " write ids of 12+ digits or with a leading zero as =\"007123\" so they stay text.")
  boolean excel;

  @Option(
      names = "--raw",
      description =
          "Write text cells exactly as stored. By default csv/tsv text beginning with = + - @ tab"
              + " CR LF or NUL gets a leading ' so a spreadsheet never runs it as a formula"
              + " (OWASP CSV injection); use --raw for machine pipelines.")
  boolean raw;
}
