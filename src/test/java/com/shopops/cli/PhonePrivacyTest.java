package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private by default: a store seeded with mobile numbers in every field (customer id, name, phone,
 * email, address, order note, follow-up note) shows none of them in any listing command, in any
 * format, unless --unmasked.
 */
class PhonePrivacyTest {
  static final String NOW = "2026-11-20 10:00";

  /** A mainland mobile not inside a longer digit run. */
  static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void seed() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path customers = dir.resolve("customers.csv");
    Files.writeString(
        customers,
        "customer_id,name,phone,email,province,city,address,registered_at,accepts_marketing\n"
            + "13812341234,王芳13812341234,13812341234,13812341234@139.com,浙江,杭州,"
            + "杭州 电话13812341234,2025-01-01 10:00:00,yes\n"
            + "C2,李强 +86 139-0000-1111,*13900001111,lq13900001111@example.com,广东,深圳,"
            + "深圳,2025-01-01 10:00:00,yes\n",
        StandardCharsets.UTF_8);
    Path orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        "order_id,customer_id,created_at,paid_at,delivered_at,status,sku,title,quantity,amount,"
            + "shipping_fee,province\n"
            + "O1,13812341234,2026-11-01 10:00:00,2026-11-01 10:00:00,2026-11-17 10:00:00,"
            + "completed,TEA-1,龙井 call 13812341234,1,500.00,0,浙江\n"
            + "O2,C2,2026-11-01 10:00:00,2026-11-01 10:00:00,,paid,TEA-1,茶,1,300.00,0,广东\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "customers", customers.toString(), "-q");
    cli.expect(0, "import", "orders", orders.toString(), "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-10 10:00",
        "followup",
        "add",
        "--customer",
        "C2",
        "--channel",
        "phone",
        "--agent",
        "小王 13700001111",
        "--note",
        "回电 13700001111",
        "--outcome",
        "ok 13700001111",
        "--next",
        "2026-11-15");
  }

  @Test
  void theIdThatIsAPhoneIsAKeyedPseudonymTheSameInOrdersAndCustomers() {
    String list = cli.expect(0, "customers", "list", "--unmasked").out();
    assertFalse(list.contains("\n13812341234,"), list);
    String id = list.lines().filter(l -> l.startsWith("tel-")).findFirst().orElseThrow();
    String tel = id.substring(0, id.indexOf(','));
    assertEquals(16, tel.length(), tel);
    String orders = cli.expect(0, "orders", "list").out();
    assertTrue(orders.contains(tel), orders); // orders and customers agree
    // another store has another secret: another pseudonym for the same number
    CliRunner other = new CliRunner(dir.resolve("other"));
    try {
      Files.createDirectories(dir.resolve("other"));
    } catch (java.io.IOException e) {
      throw new RuntimeException(e);
    }
    other.expect(0, "init");
    other.expect(0, "import", "customers", dir.resolve("customers.csv").toString(), "-q");
    assertTrue(
        other.expect(0, "customers", "list").out().contains(tel),
        "tests run with a fixed key (shopops.test.pseudonymKey)");
  }

  @Test
  void noListingCommandShowsAMobileNumberInAnyFormat() throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("customers", "list"),
            List.of("customers", "show", "C2"),
            List.of("customers", "segment"),
            List.of("customers", "summary"),
            List.of("orders", "list"),
            List.of("orders", "show", "O1"),
            List.of("followup", "list"),
            List.of("followup", "due"),
            List.of("export", "promotion", "--dry-run"),
            List.of("export", "followup", "--kind", "delay", "--dry-run"),
            List.of("export", "followup", "--kind", "vip", "--dry-run"),
            List.of("export", "followup", "--kind", "satisfaction", "--dry-run"),
            List.of("imports"),
            List.of("lists"),
            List.of("sla", "at-risk"),
            List.of("returns", "open"));
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (List<String> c : commands) {
      for (String format : List.of("table", "csv", "tsv", "json", "jsonl", "xlsx")) {
        List<String> args = new ArrayList<>(List.of("--now", NOW));
        args.addAll(c);
        args.addAll(List.of("--format", format));
        Path xlsx = dir.resolve("out-" + ran + ".xlsx");
        if (format.equals("xlsx")) {
          args.addAll(List.of("--out", xlsx.toString()));
        }
        var r = cli.run(args.toArray(String[]::new));
        ran++;
        if (r.exit() == 2 && r.err().contains("--format")) {
          continue; // a command without --format
        }
        assertNotEquals(70, r.exit(), r.toString());
        String text = r.out() + r.err();
        if (format.equals("xlsx") && Files.exists(xlsx)) {
          text += xlsxText(xlsx);
        }
        if (MOBILE.matcher(text).find()) {
          failures.add(String.join(" ", args) + ":\n" + text);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(ran > 50, "ran " + ran);
  }

  @Test
  void unmaskedShowsTheNumbers() {
    String out = cli.expect(0, "customers", "list", "--unmasked").out();
    assertTrue(MOBILE.matcher(out).find(), out);
  }

  @Test
  void theHtmlReportShowsNoMobileNumber() throws Exception {
    Path html = dir.resolve("r.html");
    cli.expect(0, "--now", NOW, "report", "--html", html.toString());
    assertFalse(MOBILE.matcher(Files.readString(html)).find());
  }

  private static String xlsxText(Path xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (ZipFile z = new ZipFile(xlsx.toFile())) {
      for (var e : java.util.Collections.list(z.entries())) {
        sb.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /**
   * review12 L21: an 11-digit tracking number starting 13–19 is the carrier's, not a phone: shown
   * whole in every format, while the buyer's phone beside it stays masked.
   */
  @Test
  void aTrackingNumberThatLooksLikeAMobileIsShownWhole() throws Exception {
    Path shipments = dir.resolve("shipments.csv");
    Files.writeString(
        shipments,
        "order_id,carrier,tracking_no,shipped_at\nO2,Evri,15012345678,2026-11-02 14:00:00\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "shipments", shipments.toString(), "-q");
    String csv =
        cli.expect(
                0,
                "orders",
                "list",
                "--format",
                "csv",
                "--columns",
                "order_id,customer_id,tracking_no")
            .out();
    assertTrue(csv.contains("O2,C2,15012345678"), csv);
    assertFalse(MOBILE.matcher(csv.replace("15012345678", "")).find(), csv);
    String json = cli.expect(0, "orders", "show", "O2", "--format", "json").out();
    assertTrue(json.contains("\"15012345678\""), json);
  }
}
