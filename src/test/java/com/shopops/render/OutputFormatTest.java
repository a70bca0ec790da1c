package com.shopops.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  @Test
  void parsesEveryFormatIgnoringCase() {
    assertEquals(OutputFormat.TABLE, OutputFormat.parse("table"));
    assertEquals(OutputFormat.CSV, OutputFormat.parse("CSV"));
    assertEquals(OutputFormat.TSV, OutputFormat.parse("Tsv"));
    assertEquals(OutputFormat.JSON, OutputFormat.parse("json"));
    assertEquals(OutputFormat.JSONL, OutputFormat.parse(" jsonl "));
  }

  @Test
  void unknownFormatSaysWhatToUse() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("xls"));
    assertEquals(
        "unknown format \"xls\"; use table, csv, tsv, json, jsonl or xlsx", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(""));
    assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(null));
  }

  @Test
  void defaults() {
    RenderOptions o = RenderOptions.defaults(ZoneId.of("Asia/Shanghai"));
    assertEquals(ZoneId.of("Asia/Shanghai"), o.zone());
    assertEquals(120, o.terminalWidth());
    assertTrue(o.spreadsheetSafe());
    assertFalse(o.excelBom());
    assertNull(o.limit());
    assertEquals(100, o.tableRowCap());
  }

  @Test
  void negativeLimitIsRefused() {
    RenderOptions o = RenderOptions.defaults(ZoneId.of("UTC"));
    assertThrows(IllegalArgumentException.class, () -> o.withLimit(-1));
    assertEquals(0, o.withLimit(0).limit());
  }
}
