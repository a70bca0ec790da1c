package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review10 J9: the tsv shopops writes is read back as written, a tsv from elsewhere as before. */
class TsvRoundTripTest {
  @TempDir Path dir;

  static final String CUSTOMERS =
      "customer_id,name,phone,email,province,city,registered_at,accepts_marketing\n"
          + "X1,\"a\tb\\\\c\",13800000001,x1@example.com,浙江,杭州,2026-10-10 20:49:13,yes\n"
          + "X2,\"line1\nline2\",13800000002,x2@example.com,广东,\"深圳\\南山\",2026-10-11 08:00:00,no\n"
          + "X3,罗文博,13800000003,x3@example.com,福建,福州,2026-10-12 09:00:00,yes\n";

  @Test
  void shopopsTsvIsReadBackAsWritten() throws Exception {
    CliRunner a = new CliRunner(dir.resolve("a"));
    Files.createDirectories(dir.resolve("a"));
    Path csv = dir.resolve("sp.csv");
    Files.writeString(csv, CUSTOMERS, StandardCharsets.UTF_8);
    a.expect(0, "init");
    a.expect(0, "-q", "import", "customers", csv.toString());
    String tsv = a.expect(0, "customers", "list", "--unmasked", "--format", "tsv").out();
    Path file = dir.resolve("sp.tsv");
    Files.writeString(file, tsv, StandardCharsets.UTF_8);

    CliRunner b = new CliRunner(dir.resolve("b"));
    Files.createDirectories(dir.resolve("b"));
    b.expect(0, "init");
    b.expect(0, "-q", "import", "customers", file.toString());
    String q = "SELECT customer_id, name, city, phone FROM customers ORDER BY customer_id";
    assertEquals(a.sql(q), b.sql(q));
    assertEquals(
        "X1|a\tb\\\\c|杭州|13800000001\nX2|line1\nline2|深圳\\南山|13800000002\n"
            + "X3|罗文博|福州|13800000003",
        b.sql(q).strip());
    // and again: a second trip changes nothing (no backslash doubles)
    assertEquals(tsv, b.expect(0, "customers", "list", "--unmasked", "--format", "tsv").out());
  }

  @Test
  void aTsvFromElsewhereKeepsItsBackslashes() throws Exception {
    CliRunner c = new CliRunner(dir);
    Path file = dir.resolve("other.tsv");
    Files.writeString(
        file,
        "customer_id\tname\tcity\n" + "W1\tC:\\Users\\shop\\new\t杭州\n" + "W2\t\\t 不是制表符\t福州\n",
        StandardCharsets.UTF_8);
    c.expect(0, "init");
    c.expect(0, "-q", "import", "customers", file.toString());
    assertEquals(
        "W1|C:\\Users\\shop\\new|杭州\nW2|\\t 不是制表符|福州",
        c.sql("SELECT customer_id, name, city FROM customers ORDER BY customer_id").strip());
  }
}
