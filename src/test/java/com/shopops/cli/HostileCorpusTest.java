package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile corpus generated here (encodings, line endings, quoting, huge fields and headers, NUL,
 * binary formats, bad dates and amounts, odd ids, malformed and hostile mapping files): every file
 * ends in a message — never "internal error", never exit 70 — and a refused file leaves the store
 * as it was. What each file ends in — its exit code and the first line of its message — is pinned
 * in {@code hostile-corpus.expected} beside the golden files ({@code -Dgolden.update=true} rewrites
 * it; review the diff).
 */
class HostileCorpusTest {
  @TempDir Path dir;

  static final String H = "order_id,customer_id,created_at,paid_at,status,amount\n";
  static final String OK = "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n";

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, String> maps = new LinkedHashMap<>();
  private final Map<String, String> outcomes = new LinkedHashMap<>();

  static final Path EXPECTED = Path.of("src/test/resources/golden/hostile-corpus.expected");

  private void text(String name, String body) {
    files.put(name, body.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(String name, byte[] body) {
    files.put(name, body);
  }

  private void corpus() {
    text("empty.csv", "");
    text("blank-lines.csv", "\n\n\n");
    text("header-only.csv", H);
    text("crlf.csv", (H + OK).replace("\n", "\r\n"));
    text("cr-only.csv", (H + OK).replace("\n", "\r"));
    text("mixed-endings.csv", H + OK.replace("\n", "\r\n") + OK.replace("O1", "O2"));
    text("bom.csv", "\uFEFF" + H + OK);
    bytes(
        "gbk.csv",
        ("订单号,客户,下单时间,付款时间,状态,金额\n"
                + "O1,张三,2026-11-01 10:00:00,"
                + "2026-11-01 10:00:00,已付款,10.00\n")
            .getBytes(Charset.forName("GBK")));
    bytes("utf16.csv", (H + OK).getBytes(StandardCharsets.UTF_16));
    bytes(
        "latin1.csv",
        (H + "O1,Jos\u00e9,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    text("unterminated-quote.csv", H + "O1,\"C1,2026-11-01,2026-11-01,paid,10.00\n");
    text("quote-in-field.csv", H + "O1,C\"1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,1\n");
    text("quoted-newline.csv", H + "O1,\"C\n1\",2026-11-01 10:00:00,2026-11-01 10:00:00,paid,1\n");
    text("semicolon.csv", (H + OK).replace(',', ';'));
    text("tab.tsv", (H + OK).replace(',', '\t'));
    text(
        "huge-field.csv",
        H + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid," + "9".repeat(200_000) + "\n");
    text(
        "huge-text-field.csv",
        H + "O1," + "客".repeat(300_000) + ",2026-11-01 10:00:00,2026-11-01 10:00:00,paid,1\n");
    text("wide-header.csv", H.trim() + ",x".repeat(40_000) + "\n" + OK);
    text("endless-header.csv", "a".repeat(5 << 20));
    text("nul.csv", H + "O1,C\u00001,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n");
    bytes("all-nul.csv", new byte[4096]);
    bytes("zip.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4});
    bytes(
        "xls.csv",
        new byte[] {
          (byte) 0xD0,
          (byte) 0xCF,
          0x11,
          (byte) 0xE0,
          (byte) 0xA1,
          (byte) 0xB1,
          0x1A,
          (byte) 0xE1,
          0,
          0,
          0,
          0
        });
    bytes("pdf.csv", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    bytes("gzip.csv", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
    bytes("png.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    text("bad-date.csv", H + "O1,C1,2026-13-45 10:00:00,2026-11-01 10:00:00,paid,10.00\n");
    text("words-date.csv", H + "O1,C1,yesterday,2026-11-01 10:00:00,paid,10.00\n");
    text("year-99999.csv", H + "O1,C1,99999-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n");
    text("bad-amount.csv", H + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,ten\n");
    text("nan-amount.csv", H + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,NaN\n");
    text("exp-amount.csv", H + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,1e309\n");
    text(
        "overflow-amount.csv",
        H + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid," + "99999999999999999999.99\n");
    text("empty-id.csv", H + ",C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n");
    text("space-id.csv", H + "   ,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n");
    text(
        "formula-id.csv",
        H + "=cmd|' /C calc'!A0,C1,2026-11-01 10:00:00,2026-11-01 10:00:00," + "paid,10.00\n");
    text(
        "long-id.csv",
        H
            + "O"
            + "1".repeat(10_000)
            + ",C1,2026-11-01 10:00:00,"
            + "2026-11-01 10:00:00,paid,10.00\n");
    text("duplicate-header.csv", "order_id,order_id,amount\nO1,O2,1.00\n");
    text("no-id-column.csv", "foo,bar\n1,2\n");
    text("ragged.csv", H + "O1,C1\n" + OK);
    text("too-many-cells.csv", H + OK.trim() + ",extra,extra\n");
    text("html.csv", "<!DOCTYPE html><html><body>login</body></html>\n");
    text("json.csv", "[{\"order_id\": \"O1\"}]\n");
    maps.put("not-json.json", "{ this is not json");
    maps.put("empty.json", "");
    maps.put("null-header.json", "{\"kind\":\"orders\",\"fields\":{\"order_id\":null}}");
    maps.put("array.json", "[1,2,3]");
    maps.put(
        "bad-date-format.json",
        "{\"kind\":\"orders\",\"fields\":{\"order_id\":\"order_id\"},"
            + "\"date_formats\":[\"{{yyyy\"]}");
    maps.put("deep.json", "[".repeat(100_000));
    maps.put("fields-array.json", "{\"kind\":\"orders\",\"fields\":[\"order_id\"]}");
    maps.put("field-number.json", "{\"kind\":\"orders\",\"fields\":{\"order_id\":{\"a\":1}}}");
  }

  private int orders(CliRunner cli) {
    return (int) cli.expect(0, "orders", "list").out().lines().count() - 1;
  }

  @Test
  void everyHostileFileEndsInAMessageAndARefusedOneChangesNothing() throws Exception {
    corpus();
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path base = dir.resolve("base.csv");
    Files.writeString(base, H + OK.replace("O1", "B1"));
    cli.expect(0, "import", "orders", base.toString(), "-q");
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (var f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.write(p, f.getValue());
      tried += check(cli, failures, f.getKey(), "import", "orders", p.toString());
    }
    Path plain = dir.resolve("plain.csv");
    Files.writeString(plain, H + OK);
    for (var m : maps.entrySet()) {
      Path p = dir.resolve(m.getKey());
      Files.writeString(p, m.getValue());
      tried +=
          check(
              cli,
              failures,
              m.getKey(),
              "import",
              "orders",
              plain.toString(),
              "--map",
              p.toString());
    }
    assertEquals(List.of(), failures);
    assertTrue(tried >= 40, "tried " + tried);
    StringBuilder have = new StringBuilder();
    outcomes.forEach(
        (name, outcome) -> have.append(name).append('\t').append(outcome).append('\n'));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(EXPECTED, have.toString());
    }
    assertEquals(
        Files.readString(EXPECTED),
        have.toString(),
        "a hostile file ends differently (accept with -Dgolden.update=true after review)");
  }

  private int check(CliRunner cli, List<String> failures, String name, String... args) {
    int before = orders(cli);
    var r = cli.run(args);
    String firstLine =
        r.err()
            .lines()
            .findFirst()
            .orElse("")
            .replace(dir.toString(), "DIR")
            .replaceAll(", [0-9.]+ s$", ", N s"); // the duration of a good import
    outcomes.put(name, "exit " + r.exit() + "\t" + firstLine);
    String what =
        name + " → exit " + r.exit() + ": " + r.err().substring(0, Math.min(300, r.err().length()));
    if (r.exit() == 70 || r.err().contains("internal error") || r.err().contains("Exception")) {
      failures.add(what);
    } else if (r.exit() != 0 && orders(cli) != before) {
      failures.add("store changed: " + what);
    } else if (r.exit() != 0 && !r.err().startsWith("shopops: ") && !r.err().contains(": ")) {
      failures.add("no message: " + what);
    }
    assertFalse(r.exit() < 0);
    return 1;
  }
}
