package com.shopops.render;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a {@link Table} is written.
 *
 * @param zone store zone: timestamps are written in it
 * @param terminalWidth columns available to a {@link OutputFormat#TABLE}; 0 or less means unknown,
 *     and the table is then printed at its natural width
 * @param spreadsheetSafe csv/tsv only: prefix text cells that a spreadsheet would run as a formula
 *     with {@code '}
 * @param excelBom csv/tsv only: write a UTF-8 byte order mark first so Excel/WPS read Chinese
 * @param limit at most this many rows in every format; null for all
 * @param tableRowCap without a limit, a terminal table shows at most this many rows and says how
 *     many more there are; 0 or less means no cap
 * @param messages table and xlsx only: the language of headers, code names and table notes (csv,
 *     tsv, json and jsonl keep the machine names and codes)
 * @param color a terminal table colours statuses and directions (see {@link Tone})
 */
public record RenderOptions(
    ZoneId zone,
    int terminalWidth,
    boolean spreadsheetSafe,
    boolean excelBom,
    Integer limit,
    int tableRowCap,
    Messages messages,
    boolean color) {

  public static final int DEFAULT_TERMINAL_WIDTH = 120;
  public static final int DEFAULT_TABLE_ROW_CAP = 100;

  public RenderOptions {
    Objects.requireNonNull(zone, "zone");
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
    }
    Objects.requireNonNull(messages, "messages");
  }

  /** In English, without colour. */
  public RenderOptions(
      ZoneId zone,
      int terminalWidth,
      boolean spreadsheetSafe,
      boolean excelBom,
      Integer limit,
      int tableRowCap) {
    this(
        zone,
        terminalWidth,
        spreadsheetSafe,
        excelBom,
        limit,
        tableRowCap,
        Messages.english(),
        false);
  }

  /** In English. */
  public RenderOptions(
      ZoneId zone,
      int terminalWidth,
      boolean spreadsheetSafe,
      boolean excelBom,
      Integer limit,
      int tableRowCap,
      boolean color) {
    this(
        zone,
        terminalWidth,
        spreadsheetSafe,
        excelBom,
        limit,
        tableRowCap,
        Messages.english(),
        color);
  }

  /** Without colour. */
  public RenderOptions(
      ZoneId zone,
      int terminalWidth,
      boolean spreadsheetSafe,
      boolean excelBom,
      Integer limit,
      int tableRowCap,
      Messages messages) {
    this(zone, terminalWidth, spreadsheetSafe, excelBom, limit, tableRowCap, messages, false);
  }

  /** Width 120, spreadsheet-safe, no BOM, no limit, table capped at 100 rows. */
  public static RenderOptions defaults(ZoneId zone) {
    return new RenderOptions(
        zone, DEFAULT_TERMINAL_WIDTH, true, false, null, DEFAULT_TABLE_ROW_CAP);
  }

  public RenderOptions withMessages(Messages m) {
    return new RenderOptions(
        zone, terminalWidth, spreadsheetSafe, excelBom, limit, tableRowCap, m, color);
  }

  public RenderOptions withTerminalWidth(int width) {
    return new RenderOptions(
        zone, width, spreadsheetSafe, excelBom, limit, tableRowCap, messages, color);
  }

  public RenderOptions withSpreadsheetSafe(boolean safe) {
    return new RenderOptions(
        zone, terminalWidth, safe, excelBom, limit, tableRowCap, messages, color);
  }

  public RenderOptions withExcelBom(boolean bom) {
    return new RenderOptions(
        zone, terminalWidth, spreadsheetSafe, bom, limit, tableRowCap, messages, color);
  }

  public RenderOptions withLimit(Integer rows) {
    return new RenderOptions(
        zone, terminalWidth, spreadsheetSafe, excelBom, rows, tableRowCap, messages, color);
  }

  public RenderOptions withTableRowCap(int cap) {
    return new RenderOptions(
        zone, terminalWidth, spreadsheetSafe, excelBom, limit, cap, messages, color);
  }

  public RenderOptions withColor(boolean on) {
    return new RenderOptions(
        zone, terminalWidth, spreadsheetSafe, excelBom, limit, tableRowCap, messages, on);
  }
}
