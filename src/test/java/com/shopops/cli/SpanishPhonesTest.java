package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Madrid store's buyers with international phones (review17 R9, R17, R18): a phone Excel turned
 * into a number does not replace the stored one, a national number finds the buyer, and an export
 * reads back as the same phone.
 */
class SpanishPhonesTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() throws IOException {
    cli = runner();
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    Path c =
        Files.writeString(
            dir.resolve("clientes.csv"),
            "customer_id,name,phone\nC1,Lucía,+34612345678\nC2,Pablo,+34699000111\n");
    cli.expect(0, "import", "customers", c.toString(), "-q");
  }

  /** The store: a SQLite file here, PostgreSQL in {@link PgSpanishPhonesTest}. */
  CliRunner runner() {
    return new CliRunner(dir);
  }

  /** The stored phones, customer=phone, by id. */
  private String phones() {
    return cli.expect(
            0,
            "customers",
            "list",
            "--unmasked",
            "--raw",
            "--format",
            "csv",
            "--columns",
            "customer_id,phone",
            "--sort",
            "customer_id")
        .out()
        .replaceFirst("^customer_id,phone\n", "")
        .strip()
        .replace(',', '=')
        .replace('\n', ' ');
  }

  @Test
  void aPhoneThatLostOnlyItsPlusKeepsTheStoredOne() throws Exception {
    Path resaved =
        Files.writeString(
            dir.resolve("resaved.csv"),
            "customer_id,name,phone\nC1,Lucía,34612345678\nC2,Pablo,34699000222\n");
    cli.expect(0, "import", "customers", resaved.toString(), "-q");
    // C1: the same number, kept as stored; C2: another number, which replaces the stored one
    assertEquals("C1=+34612345678 C2=34699000222", phones());
  }

  @Test
  void aNationalNumberFindsTheBuyerOfTheInternationalOne() {
    var r = cli.expect(0, "customers", "show", "612345678", "--format", "json");
    assertTrue(r.out().contains("\"customer_id\": \"C1\""), r.out());
    // the very digits still find it
    cli.expect(0, "customers", "show", "+34 612 345 678", "--format", "json");
    // a number no buyer has
    var none = cli.expect(1, "customers", "show", "612345679");
    assertTrue(none.err().startsWith("shopops: no customer 612345679 in "), none.err());
  }

  @Test
  void aNationalNumberOfTwoBuyersIsRefusedNamingThem() throws Exception {
    Path more =
        Files.writeString(dir.resolve("mas.csv"), "customer_id,name,phone\nC3,Ana,+33612345678\n");
    cli.expect(0, "import", "customers", more.toString(), "-q");
    var r = cli.expect(1, "customers", "show", "612345678");
    assertTrue(
        r.err().startsWith("shopops: phone *****5678 belongs to 2 customers: C1, C3\n"), r.err());
  }

  /**
   * tryout17 U4: one buyer stored with +34612345678, another with the national 612345678: the
   * number is one, in either form it is refused naming both (before, the literal match won).
   */
  @Test
  void aNumberStoredInBothFormsIsRefusedNamingBoth() throws Exception {
    Path more =
        Files.writeString(dir.resolve("eva.csv"), "customer_id,name,phone\nC4,Eva,612345678\n");
    cli.expect(0, "import", "customers", more.toString(), "-q");
    for (String typed : new String[] {"612345678", "+34612345678"}) {
      var r = cli.expect(1, "customers", "show", typed);
      assertTrue(
          r.err().startsWith("shopops: phone ") // masked as typed
              && r.err().contains("5678 belongs to 2 customers: C1, C4\n"),
          r.err());
    }
  }

  @Test
  void anExportReadsBackAsTheSamePhone() throws Exception {
    Path csv = dir.resolve("out.csv");
    Path excel = dir.resolve("out-excel.csv");
    cli.expect(0, "customers", "list", "--unmasked", "--format", "csv", "--out", csv.toString());
    cli.expect(
        0,
        "customers",
        "list",
        "--unmasked",
        "--format",
        "csv",
        "--excel",
        "--out",
        excel.toString());
    String plain = Files.readString(csv);
    assertTrue(plain.contains("\nC1,Lucía,+34612345678,"), plain);
    String forExcel = Files.readString(excel);
    assertTrue(forExcel.contains("\nC1,Lucía,=\"+34612345678\","), forExcel);
    var back = cli.expect(0, "import", "customers", csv.toString());
    assertTrue(back.err().contains("(0 new, 0 updated, 2 unchanged)"), back.err());
    cli.expect(0, "import", "customers", excel.toString(), "-q");
    assertEquals("C1=+34612345678 C2=+34699000111", phones());
  }
}
