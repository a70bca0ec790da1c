package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.store.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One encoding per file, decided on the whole file (issue 13, item 7), as the import sees it. */
class EncodingImportTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private static final Charset GBK = Charset.forName("GBK");
  private static final String HEADER = "order_id,customer_id,paid_at,amount,note\n";

  @TempDir Path dir;

  private static final ImportProgress QUIET =
      new ImportProgress() {
        @Override
        public void update(String file, long bytesRead, long size) {}

        @Override
        public void done() {}
      };

  /** Orders, as detected, aborting at the first bad row: the defaults of `import orders`. */
  static ImportOptions orders() {
    return ImportOptions.of(ImportKind.ORDERS);
  }

  /** A row whose note is {@code padding} bytes long: puts what follows past the file's head. */
  private static byte[] padded(String id, int padding) {
    return (id + ",C0,2026-11-01 09:00:00,1.00," + "x".repeat(padding) + "\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private Path write(byte[] content) throws Exception {
    return Files.write(dir.resolve("orders.csv"), content);
  }

  @Test
  void gbkRowsAfterAPlainAsciiHeadAreDetectedNotRefused() throws Exception {
    int head = (int) SniffedFile.HEAD_SNIFF_BYTES;
    Path f =
        write(
            concat(
                HEADER.getBytes(StandardCharsets.US_ASCII),
                padded("A1", head),
                "A2,张三,2026-11-01 10:00:00,99.00,北京\n".getBytes(GBK)));
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      imports.importFiles(orders(), List.of(new ImportSource(f, "orders.csv")), r -> {});
      assertEquals(
          List.of("A1 C0", "A2 张三"),
          rows(store, "SELECT order_id || ' ' || customer_id FROM orders ORDER BY order_id"));
      assertEquals(List.of("GB18030"), rows(store, "SELECT encoding FROM imports"));
    }
  }

  @Test
  void aGbkRowLateInAUtf8FileIsRefusedNamingItsLineAndNothingIsWritten() throws Exception {
    int head = (int) SniffedFile.HEAD_SNIFF_BYTES;
    Path f =
        write(
            concat(
                HEADER.getBytes(StandardCharsets.US_ASCII),
                "A0,李四,2026-11-01 08:00:00,5.00,上海\n".getBytes(StandardCharsets.UTF_8),
                padded("A1", head),
                "A2,张三,2026-11-01 10:00:00,99.00,北京\n".getBytes(GBK),
                "A3,王五,2026-11-01 11:00:00,9.00,广州\n".getBytes(StandardCharsets.UTF_8)));
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      ImportException e =
          assertThrows(
              ImportException.class,
              () ->
                  imports.importFiles(
                      orders(), List.of(new ImportSource(f, "orders.csv")), r -> {}));
      long offset =
          HEADER.length()
              + "A0,李四,2026-11-01 08:00:00,5.00,上海\n".getBytes(StandardCharsets.UTF_8).length
              + padded("A1", head).length
              + 3;
      assertEquals(
          "orders.csv:4: the file mixes encodings: this line is not UTF-8 like the rest of the"
              + " file (byte 0xD5 at offset "
              + offset
              + ")",
          e.getMessage());
      assertEquals(
          "name the file's encoding with --encoding (utf-8, gbk, gb18030, utf-16, big5, latin1,"
              + " windows-1252), or export it again as UTF-8",
          e.hint());
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM orders"));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM imports"));
    }
  }

  @Test
  void aLatin1FileIsRefusedNotGarbled() throws Exception {
    Path f =
        write(
            (HEADER + "A1,Zoë,2026-11-01 10:00:00,9.00,Köln\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      ImportException e =
          assertThrows(
              ImportException.class,
              () ->
                  imports.importFiles(
                      orders(), List.of(new ImportSource(f, "orders.csv")), r -> {}));
      assertEquals(
          "orders.csv:2: the file is neither UTF-8 nor GBK/GB18030 text (byte 0xEB at offset 46)",
          e.getMessage());
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM orders"));
    }
  }

  private static ImportOptions orders(Charset encoding) {
    return ImportOptions.of(ImportKind.ORDERS).withEncoding(encoding);
  }

  private static final String PROVINCE = "order_id,customer_id,paid_at,amount,province\n";

  private static final String CHINESE_ROWS =
      PROVINCE + "A1,C1,2026-11-01 10:00:00,9.00,ok\nA2,张三,2026-11-01 11:00:00,5.00,辽宁\n";

  /** Review F4: --encoding latin1 on a UTF-8 export with Chinese is refused, not stored garbled. */
  @Test
  void aForcedLatin1OnAUtf8FileIsRefusedAndTheStoreKeepsItsOrders() throws Exception {
    Path f = write(CHINESE_ROWS.getBytes(StandardCharsets.UTF_8));
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      imports.importFiles(orders(), List.of(new ImportSource(f, "orders.csv")), r -> {});
      for (String name : List.of("ISO-8859-1", "windows-1252")) {
        ImportException e =
            assertThrows(
                ImportException.class,
                () ->
                    imports.importFiles(
                        orders(Charset.forName(name)),
                        List.of(new ImportSource(f, "orders.csv")),
                        r -> {}));
        String label = name.equals("ISO-8859-1") ? "Latin-1" : name;
        String garbled = name.equals("ISO-8859-1") ? "å¼\u00a0ä¸?" : "å¼\u00a0ä¸‰";
        assertEquals(
            "orders.csv:3: customer_id: the file is UTF-8, not "
                + label
                + " (\"张三\" would be read as \""
                + garbled
                + "\")",
            e.getMessage());
        assertEquals(
            "drop --encoding (the encoding is detected), or give --encoding utf-8", e.hint());
      }
      assertEquals(
          List.of("A1 C1 ok", "A2 张三 辽宁"),
          rows(store, "SELECT order_id || ' ' || customer_id || ' ' || province FROM orders"));
      assertEquals(List.of("1"), rows(store, "SELECT count(*) FROM imports"));
    }
  }

  @Test
  void aForcedLatin1OnAGbkFileAndAForcedGbkOnAUtf8FileAreRefused() throws Exception {
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      Path gbk = write(CHINESE_ROWS.getBytes(GBK));
      ImportException e =
          assertThrows(
              ImportException.class,
              () ->
                  imports.importFiles(
                      orders(StandardCharsets.ISO_8859_1),
                      List.of(new ImportSource(gbk, "orders.csv")),
                      r -> {}));
      assertEquals(
          "orders.csv:3: customer_id: the file is GBK/GB18030, not Latin-1"
              + " (\"张三\" would be read as \"ÕÅÈý\")",
          e.getMessage());
      assertEquals("drop --encoding (the encoding is detected), or give --encoding gbk", e.hint());
      Path utf8 = write(CHINESE_ROWS.getBytes(StandardCharsets.UTF_8));
      e =
          assertThrows(
              ImportException.class,
              () ->
                  imports.importFiles(
                      orders(GBK), List.of(new ImportSource(utf8, "orders.csv")), r -> {}));
      assertEquals(
          "orders.csv:3: customer_id: the file is UTF-8, not GBK/GB18030"
              + " (\"张三\" would be read as \"寮犱笁\")",
          e.getMessage());
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM orders"));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM imports"));
    }
  }

  /** A real Latin-1 file, and GBK that happens to be valid UTF-8 (联通), import as named. */
  @Test
  void aFileThatIsWhatItsForcedEncodingSaysImports() throws Exception {
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      Path latin1 =
          write(
              (PROVINCE + "A1,Zoë,2026-11-01 10:00:00,9.00,Köln\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      imports.importFiles(
          orders(StandardCharsets.ISO_8859_1),
          List.of(new ImportSource(latin1, "orders.csv")),
          r -> {});
      Path liantong = write((PROVINCE + "A2,C2,2026-11-01 10:00:00,9.00,联通\n").getBytes(GBK));
      imports.importFiles(orders(GBK), List.of(new ImportSource(liantong, "orders.csv")), r -> {});
      assertEquals(
          List.of("A1 Zoë Köln", "A2 C2 联通"),
          rows(
              store,
              "SELECT order_id || ' ' || customer_id || ' ' || province FROM orders ORDER BY 1"));
    }
  }

  private static final String CITY = "order_id,customer_id,paid_at,amount,city\n";

  private String refused(ImportService imports, byte[] content, Charset forced) throws Exception {
    Path f = write(content);
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                imports.importFiles(
                    orders(forced), List.of(new ImportSource(f, "orders.csv")), r -> {}));
    return e.getMessage() + "\n  hint: " + e.hint();
  }

  /** Review8 H2: European text, UTF-8 or Latin-1, forced as GBK or Big5 is refused. */
  @Test
  void europeanTextForcedAsGbkOrBig5IsRefusedAndNothingIsStored() throws Exception {
    Charset big5 = Charset.forName("Big5");
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      byte[] u8 =
          (CITY + "U1,josé,2026-11-01 10:00,10.00,Zürich\n").getBytes(StandardCharsets.UTF_8);
      assertEquals(
          "orders.csv:2: city: the file is UTF-8, not GBK/GB18030"
              + " (\"Zürich\" would be read as \"Z眉rich\")\n"
              + "  hint: drop --encoding (the encoding is detected), or give --encoding utf-8",
          refused(imports, u8, GBK));
      byte[] u8b =
          (CITY
                  + "U2,François Müller,2026-11-01 10:00,10.00,São Paulo\n"
                  + "U3,Renée,2026-11-01 11:00,12.00,Köln\n")
              .getBytes(StandardCharsets.UTF_8);
      assertEquals(
          "orders.csv:2: customer_id: the file is UTF-8, not GBK/GB18030"
              + " (\"François Müller\" would be read as \"Fran莽ois M眉ller\")\n"
              + "  hint: drop --encoding (the encoding is detected), or give --encoding utf-8",
          refused(imports, u8b, Charset.forName("GB18030")));
      assertEquals(
          "orders.csv:2: customer_id: the file is UTF-8, not Big5"
              + " (\"François Müller\" would be read as \"Fran癟ois M羹ller\")\n"
              + "  hint: drop --encoding (the encoding is detected), or give --encoding utf-8",
          refused(imports, u8b, big5));
      byte[] lat2 =
          (CITY + "L2,Müller,2026-11-01 10:00,10.00,Zürich\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      assertEquals(
          "orders.csv:2: customer_id: the file is Latin-1, not GBK/GB18030"
              + " (\"Müller\" would be read as \"M黮ler\")\n"
              + "  hint: give --encoding latin1 (or windows-1252), the file's encoding",
          refused(imports, lat2, GBK));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM orders"));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM imports"));
    }
  }

  /** Review8 H2: GBK Chinese forced as Big5 is refused; a real Big5 file imports as Big5. */
  @Test
  void gbkChineseForcedAsBig5IsRefusedAndARealBig5FileImports() throws Exception {
    Charset big5 = Charset.forName("Big5");
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      byte[] gbk =
          (CITY + "G3,王芳,2026-11-01 10:00,10.00,杭州\n" + "G4,刘洋,2026-11-01 10:00,10.00,成都\n")
              .getBytes(GBK);
      assertEquals(
          "orders.csv:2: customer_id: the file is GBK/GB18030, not Big5"
              + " (\"王芳\" would be read as \"卼滂\")\n"
              + "  hint: drop --encoding (the encoding is detected), or give --encoding gbk",
          refused(imports, gbk, big5));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM orders"));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM imports"));
      Path real =
          write(
              (CITY
                      + "B1,陳大文,2026-11-01 10:00:00,10.00,臺北\n"
                      + "B2,林美玲,2026-11-01 10:00:00,10.00,高雄\n")
                  .getBytes(big5));
      imports.importFiles(orders(big5), List.of(new ImportSource(real, "orders.csv")), r -> {});
      assertEquals(
          List.of("B1 陳大文 臺北", "B2 林美玲 高雄"),
          rows(
              store,
              "SELECT order_id || ' ' || customer_id || ' ' || city FROM orders ORDER BY 1"));
    }
  }

  /** Chinese text next to Latin letters (T恤XL, iPhone手机壳) is no European word: it imports. */
  @Test
  void gbkChineseWithLatinLettersForcedAsGbkImports() throws Exception {
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, QUIET);
      Path f =
          write(
              (PROVINCE
                      + "G1,王芳,2026-11-01 10:00:00,9.00,T恤XL\n"
                      + "G2,iPhone手机壳,2026-11-01 10:00:00,9.00,杭州\n")
                  .getBytes(GBK));
      imports.importFiles(orders(GBK), List.of(new ImportSource(f, "orders.csv")), r -> {});
      assertEquals(
          List.of("G1 王芳 T恤XL", "G2 iPhone手机壳 杭州"),
          rows(
              store,
              "SELECT order_id || ' ' || customer_id || ' ' || province FROM orders ORDER BY 1"));
    }
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.path());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
