package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.OldReadings.Recorded;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The command that imports a stored import's file again (tryout27a A2). */
class ImportAgainTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final long DEC01_1000 = 1796090400L; // 2026-12-01 10:00 Asia/Shanghai

  @Test
  void aMappedExportGivesTheKindTheMappingFileAndTheExportTime() {
    var c =
        ImportAgain.of(
            new Recorded("/data/o.csv", 0, "map:/data/maps/m.yaml", DEC01_1000, null, null),
            SHANGHAI,
            null);
    assertEquals(
        "shopops import orders /data/o.csv --map /data/maps/m.yaml --exported-at '2026-12-01"
            + " 10:00'",
        c.line());
    assertFalse(c.asTyped());
    assertNull(c.mapNamed());
  }

  @Test
  void theStoreIsNamedAbsoluteAndAPgUrlWithoutItsPassword() { // tryout28a A3
    var r =
        new Recorded("/d/ExportOrderList202612011000.csv", 0, "taobao-orders", null, null, null);
    String cwd = java.nio.file.Path.of("").toAbsolutePath().toString();
    assertEquals(
        "shopops --db " + cwd + "/n2-cap51.db import orders /d/ExportOrderList202612011000.csv",
        ImportAgain.of(r, SHANGHAI, "n2-cap51.db").line());
    assertEquals(
        "shopops --db /s/a/shop.db import orders /d/ExportOrderList202612011000.csv",
        ImportAgain.of(r, SHANGHAI, "/s/b/../a/shop.db").line());
    assertEquals(
        "shopops --db postgresql://shopops@127.0.0.1:58217/adv1 import orders"
            + " /d/ExportOrderList202612011000.csv",
        ImportAgain.of(r, SHANGHAI, "postgresql://shopops@127.0.0.1:58217/adv1").line());
    assertEquals(
        "shopops --db '/s/my shop.db' import orders /d/ExportOrderList202612011000.csv",
        ImportAgain.of(r, SHANGHAI, "/s/my shop.db").line());
  }

  @Test
  void aDownloadNameStatesItsOwnExportTimeAndABuiltInLayoutNeedsNoMap() {
    var c =
        ImportAgain.of(
            new Recorded(
                "/d/ExportOrderList202612011000.csv", 0, "taobao-orders", DEC01_1000, null, null),
            SHANGHAI,
            null);
    assertEquals("shopops import orders /d/ExportOrderList202612011000.csv", c.line());
  }

  @Test
  void aMappingKeptByNameAndARelativePathAreSaidNotGuessed() {
    var c =
        ImportAgain.of(
            new Recorded("data/o.csv", 0, "map:m.yaml", null, null, null), SHANGHAI, null);
    assertEquals("shopops import orders data/o.csv --map m.yaml", c.line());
    assertTrue(c.asTyped());
    assertEquals("m.yaml", c.mapNamed());
    var bundled =
        ImportAgain.of(
            new Recorded("/o/items.csv", 0, "olist-order-items", null, null, null), SHANGHAI, null);
    assertEquals("shopops import orders /o/items.csv --map olist-order-items", bundled.line());
    assertNull(bundled.mapNamed());
    var returns =
        ImportAgain.of(
            new Recorded("/r/退款.csv", 0, "taobao-refunds", null, null, "returns"), SHANGHAI, null);
    assertEquals("shopops import returns /r/退款.csv", returns.line());
  }

  @Test
  void wordsTheShellWouldSplitOrReadAreQuoted() {
    assertEquals("/a/b-c_d.csv", ImportAgain.quoted("/a/b-c_d.csv"));
    assertEquals("'/a/my file.csv'", ImportAgain.quoted("/a/my file.csv"));
    assertEquals("'/a/it'\\''s.csv'", ImportAgain.quoted("/a/it's.csv"));
    assertEquals("'/a/$HOME;x.csv'", ImportAgain.quoted("/a/$HOME;x.csv"));
    assertEquals("/店铺/订单报表.csv", ImportAgain.quoted("/店铺/订单报表.csv"));
  }
}
