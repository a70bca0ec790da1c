package com.shopops.cli;

import static com.shopops.cli.PresaleParcelPaidTest.MAP;
import static com.shopops.cli.PresaleParcelPaidTest.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * tryout25a A1/A2 (closing note 25, Left 1): a store the previous release (schema 51) made, whose
 * presale paid in stages its order import capped at the export's own parcel SF101 (11-02 11:00)
 * without keeping when the balance was seen paid (the export's 12-01 10:00), its 订单报表 moved away so
 * that V052 can only name it. (1) With SF101 removed under that release the paid time stayed 11-02
 * 11:00; importing the export again set the seen time but said "unchanged" and left 11-02 11:00,
 * and `orders show` called it "the first outbound". Now the import pays it again at min(12-01
 * 10:00, SF201 11-03 09:00) = 11-03 09:00, counts it updated and says so; metrics moves the order
 * from 11-02 to 11-03. (2) With SF101 still there, a removal could give nothing back: it now says
 * the paid time stays held and why, `orders show` and `check` name it, and importing the export
 * again puts it right.
 */
class PresaleHeldReimportTest extends PresaleParcelStore {
  static final String ID = "5300000000000000002";

  Path map;

  /** The mapped export (its own parcel SF101) where it was imported from. */
  Path export() {
    return dir.resolve("o.csv");
  }

  /**
   * The store the previous release left: the export imported (capped at SF101, 11-02 11:00, no time
   * seen paid kept), SF201 shipped 11-03 09:00; SF101 removed by hand when {@code removed}; then at
   * schema 51 and the export moved away.
   */
  void previousRelease(CliRunner cli, boolean removed) throws Exception {
    importedShipped(cli);
    q(cli, "UPDATE orders SET paid_seen_at = NULL"); // what that release's order import kept
    if (removed) {
      cli.expect(0, "--now", "2026-12-02 10:05", "-q", "shipments", "remove-parcel", ID, "SF101");
    }
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN));
    q(cli, "DELETE FROM settings WHERE key LIKE 'upgrade.%'");
    asOfVersion(cli, 51);
    Files.delete(export());
  }

  /** The mapped export imported at 12-01 11:00 (exported 12-01 10:00), then {@link #SHIP}. */
  void importedShipped(CliRunner cli) throws Exception {
    TestFiles.write(dir, "o.csv", ORDERS);
    map = TestFiles.write(dir, "m.yaml", MAP);
    importExport(cli, export(), "--now", "2026-12-01 11:00", "-q");
    shipBoth(cli, dir);
  }

  /** The export imported again, from where it is now ({@code lang}: --lang zh or nothing). */
  CliRunner.Result importAgain(CliRunner cli, String... lang) throws Exception {
    Path moved = Files.createDirectories(dir.resolve("moved"));
    java.util.List<String> head = new java.util.ArrayList<>(java.util.List.of(lang));
    head.addAll(java.util.List.of("--now", "2026-12-03 11:00"));
    return importExport(cli, TestFiles.write(moved, "o.csv", ORDERS), head.toArray(String[]::new));
  }

  /** {@code file} imported as the mapped export of 12-01 10:00, {@code head} before the command. */
  CliRunner.Result importExport(CliRunner cli, Path file, String... head) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(head));
    args.addAll(
        java.util.List.of(
            "import",
            "orders",
            file.toString(),
            "--map",
            map.toString(),
            "--exported-at",
            "2026-12-01 10:00"));
    return cli.expect(0, args.toArray(String[]::new));
  }

  String show(CliRunner cli, String... lang) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(lang));
    args.addAll(java.util.List.of("--now", "2026-12-03 12:00", "orders", "show", ID, "-f", "csv"));
    return cli.expect(0, args.toArray(String[]::new)).err();
  }

  @Test
  void heldToARemovedParcelTheImportPaysItAgainFromTheFileAndTheParcelsLeft() throws Exception {
    CliRunner cli = newStore();
    previousRelease(cli, true);
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-03 10:00", "orders", "list", "-f", "csv");
    assertTrue(up.err().contains("note: 1 presale (预售) paid in stages (e.g. " + ID), up.err());
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN)); // the upgrade guessed nothing
    assertEquals(ON_NOV02, days(cli));
    assertTrue(
        show(cli)
            .contains(
                "paid_at 2026-11-02 11:00:00 is the outbound of parcel SF101, removed by hand: an"
                    + " older shopops kept no time the balance (尾款) was seen paid, so the paid"
                    + " time without that parcel is not known; import the order's export (订单报表)"
                    + " again to set it right"));
    CliRunner.Result check = cli.expect(1, "--now", "2026-12-03 10:10", "check", "-f", "csv");
    assertTrue(
        check
            .out()
            .contains(
                "presale paid times,1 presale (预售) paid in stages (e.g. "
                    + ID
                    + ") still counts as paid at the outbound of a parcel removed by hand (an"
                    + " older shopops kept no time the balance (尾款) was seen paid): import its"
                    + " 订单报表 again: "),
        check.out());
    // tryout26a A1: imported with a mapping file, the advice gives the options it needs again
    // tryout27a A2: the whole command, the mapping file by the absolute path recorded
    assertTrue(
        check
            .out()
            .contains(
                "again: shopops --db "
                    + cli.location()
                    + " import orders "
                    + dir.resolve("o.csv")
                    + " --map "
                    + dir.resolve("m.yaml")
                    + " --exported-at '2026-12-01 10:00'"),
        check.out());

    CliRunner.Result again = importAgain(cli);
    // before: "0 updated, 1 unchanged", paid 11-02 11:00 kept, 11-02 1 order 299.00
    assertTrue(again.err().contains("(0 new, 1 updated, 0 unchanged)"), again.err());
    assertTrue(
        again
            .err()
            .contains(
                "o.csv: 1 presale (预售) paid in stages (e.g. "
                    + ID
                    + ") was still paid at the outbound of a parcel removed by hand (an older"
                    + " shopops kept no time the balance (尾款) was seen paid): made again from this"
                    + " file's time and the parcels left, counted as updated; order "
                    + ID
                    + "'s paid time 2026-11-02 11:00 → 2026-11-03 09:00, no longer capped by"
                    + " removed parcel SF101 (2026-11-02 11:00); the day figures count it on"
                    + " 2026-11-03 now\n"),
        again.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV03, days(cli));
    String shown = show(cli);
    assertTrue(shown.contains("first outbound (parcel SF201) came earlier: paid_at is"), shown);
    assertFalse(shown.contains("SF101"), shown);
    cli.expect(0, "--now", "2026-12-03 12:10", "-q", "check");
    // the same file once more: nothing left to make again
    CliRunner.Result once = importAgain(cli);
    assertTrue(once.err().contains("(0 new, 0 updated, 1 unchanged)"), once.err());
    assertFalse(once.err().contains("made again"), once.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
  }

  @Test
  void theImportsNoteInChinese() throws Exception {
    CliRunner cli = newStore();
    previousRelease(cli, true);
    CliRunner.Result again = importAgain(cli, "--lang", "zh");
    assertTrue(
        again
            .err()
            .contains(
                "o.csv：1 单分阶段付款的预售（如 "
                    + ID
                    + "）仍按已手动移除的包裹的发货时间计为付款（旧版 shopops 没有记下首次看到尾款已付的时间）：已按本文件的时间和剩下的包裹"
                    + "重新确定付款时间，计为更新；订单 "
                    + ID
                    + " 的尾款付款时间 2026-11-02 11:00 → 2026-11-03 09:00（不再受已移除包裹 SF101 的发货时间"
                    + " 2026-11-02 11:00 限制）；按日统计现计入 2026-11-03\n"),
        again.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
  }

  @Test
  void aRemovalWithNoTimeSeenPaidSaysThePaidTimeStaysHeld() throws Exception {
    CliRunner cli = newStore();
    previousRelease(cli, false);
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-03 10:00", "orders", "list", "-f", "csv");
    // tryout26a A3: SF101 is there and the paid time right, but a removal would hold it. Before:
    // the upgrade said nothing of it, check was all ok, orders show named no file
    String file =
        "shopops --db "
            + cli.location()
            + " import orders "
            + dir.resolve("o.csv")
            + " --map "
            + dir.resolve("m.yaml")
            + " --exported-at '2026-12-01 10:00'";
    assertTrue(
        up.err()
            .contains(
                "note: 1 presale (预售) paid in stages (e.g. "
                    + ID
                    + ") counts as paid at the outbound of a parcel still there: an older shopops"
                    + " kept no time the balance (尾款) was seen paid, so removing that parcel"
                    + " (shipments remove-parcel) would leave the paid time on it; import the 订单报表"
                    + " that last wrote it again first: "
                    + file
                    + "\n"),
        up.err());
    CliRunner.Result warn = cli.expect(0, "--now", "2026-12-03 10:01", "check", "-f", "csv");
    assertTrue(
        warn.out()
            .contains(
                "\npresale paid times,1 presale (预售) paid in stages (e.g. "
                    + ID
                    + ") counts as paid at the outbound of a parcel (an older shopops kept no time"
                    + " the balance (尾款) was seen paid): removing that parcel would leave the paid"
                    + " time on it; import its 订单报表 again first: "
                    + file
                    + "\n"),
        warn.out());
    assertEquals(
        "shopops: check --strict: the store is sound, but 1 row needs a look (presale paid times):"
            + " exit 3\n",
        cli.expect(3, "--now", "2026-12-03 10:02", "check", "--strict", "-q").err());
    String zhc =
        cli.expect(0, "--lang", "zh", "--now", "2026-12-03 10:03", "check", "-f", "table").out();
    assertTrue(
        zhc.contains(
            "1 单分阶段付款的预售（如 "
                + ID
                + "）按包裹的发货时间计为付款（旧版 shopops 没有记下首次看到尾款已付的时间）：移除该包裹后付款时间仍会停在该包裹上；请先重新导入其订单报表"));
    assertTrue(
        show(cli)
            .contains(
                "paid_at 2026-11-02 11:00:00 is the order's first outbound (parcel SF101), as the"
                    + " balance (尾款) is paid before it; an older shopops kept no time it was first"
                    + " seen paid, so removing that parcel would leave the paid time on it: import"
                    + " the order's export (订单报表) again first: "
                    + file
                    + "\n"));
    assertTrue(
        show(cli, "--lang", "zh")
            .contains(
                "付款时间 2026-11-02 11:00:00 是订单的首次出库（包裹 SF101），因为尾款在此之前已付清；旧版 shopops"
                    + " 没有记下首次看到尾款已付的时间，移除该包裹后付款时间仍会停在该包裹上：请先重新导入该订单的导出文件（订单报表）："
                    + file));
    CliRunner.Result removed =
        cli.expect(
            0, "--now", "2026-12-03 10:05", "shipments", "remove-parcel", ID, "SF101", "-f", "csv");
    // before: nothing said, the paid time left at the removed parcel's outbound
    assertTrue(
        removed
            .err()
            .contains(
                "Order "
                    + ID
                    + "'s paid time (balance 尾款 paid) stays 2026-11-02 11:00, the outbound of"
                    + " removed parcel SF101: an older shopops kept no time the balance was seen"
                    + " paid, so the paid time without that parcel is not known; importing the"
                    + " order's export (订单报表) again sets it right\n"),
        removed.err());
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV02, days(cli));
    CliRunner.Result check = cli.expect(1, "--now", "2026-12-03 10:10", "check", "-f", "csv");
    assertTrue(check.out().contains("presale paid times,1 presale (预售)"), check.out());
    assertTrue(show(cli).contains("is the outbound of parcel SF101, removed by hand"));

    cli.expect(0, "--now", "2026-12-03 10:15", "-q", "shipments", "restore-parcel", ID, "SF101");
    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-12-03 10:20",
            "shipments",
            "remove-parcel",
            ID,
            "SF101",
            "-f",
            "csv");
    assertTrue(
        zh.err()
            .contains(
                "订单 "
                    + ID
                    + " 的尾款付款时间仍为 2026-11-02 11:00，即已移除包裹 SF101 的发货时间：旧版 shopops"
                    + " 没有记下首次看到尾款已付的时间，不受该包裹限制的付款时间无从得知；重新导入该订单的导出文件（订单报表）即可改正\n"),
        zh.err());
    assertTrue(
        show(cli, "--lang", "zh").contains("付款时间 2026-11-02 11:00:00 是已手动移除的包裹 SF101 的发货时间"));

    CliRunner.Result again = importAgain(cli);
    assertTrue(again.err().contains("(0 new, 1 updated, 0 unchanged)"), again.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV03, days(cli));
    cli.expect(0, "--now", "2026-12-03 12:10", "-q", "check");
    // and a restore gives the cap back, as on a store that never lacked the time
    cli.expect(0, "--now", "2026-12-03 12:15", "-q", "shipments", "restore-parcel", ID, "SF101");
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
  }

  @Test
  void reimportingTheExportAfterARemovalLeavesAFreshStoresPaidTime() throws Exception {
    CliRunner cli = newStore();
    importedShipped(cli);
    cli.expect(0, "--now", "2026-12-02 10:05", "-q", "shipments", "remove-parcel", ID, "SF101");
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    CliRunner.Result again = importAgain(cli);
    // the removed SF101 named by the file caps nothing (its times are left out of the order)
    assertTrue(again.err().contains("(0 new, 0 updated, 1 unchanged)"), again.err());
    assertFalse(again.err().contains("made again"), again.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV03, days(cli));
  }

  /**
   * tryout27a A2: the advice is a command to paste. A mapping file an older shopops kept by its
   * name only is said to be so (its folder is not guessed), a path holding a space or a quote is
   * quoted for the shell, the kind is the stored import's; en and zh alike.
   */
  @Test
  void theAdviceIsTheWholeCommandQuotedAndAMappingKeptByNameIsSaidNotGuessed() throws Exception {
    CliRunner cli = newStore();
    previousRelease(cli, false);
    // as an older shopops recorded them: the mapping file's name only; a folder with a space
    String file = dir.resolve("Tmall exports/Shop's o.csv").toString();
    q(
        cli,
        "UPDATE imports SET file = '"
            + file.replace("'", "''")
            + "', preset = 'map:m.yaml'"
            + " WHERE kind = 'orders'");
    String command =
        "shopops --db "
            + cli.location()
            + " import orders '"
            + file.replace("'", "'\\''")
            + "' --map m.yaml --exported-at '2026-12-01 10:00'";
    CliRunner.Result check = cli.expect(0, "--now", "2026-12-03 10:01", "check", "-f", "csv");
    assertTrue(
        check
            .out()
            .contains(
                "import its 订单报表 again first: "
                    + command.replace("\"", "\"\"")
                    + " (the store kept only the mapping file's name, m.yaml, not where it is: give"
                    + " its path after --map)\"\n"),
        check.out());
    // tryout27a A3: piped (csv) under zh, the check names and codes stay English, the sentence
    // is Chinese, as in the table
    String zhCsv =
        cli.expect(0, "--lang", "zh", "--now", "2026-12-03 10:02", "check", "-f", "csv").out();
    assertTrue(zhCsv.startsWith("check,result\nintegrity,ok\n"), zhCsv);
    assertTrue(
        zhCsv.contains(
            "\norder times,ok\nlines and goods,ok\nreturns and lines,ok\npresale paid times,1 单分阶段付款的预售（如 "
                + ID
                + "）按包裹的发货时间计为付款（旧版 shopops 没有记下首次看到尾款已付的时间）：移除该包裹后付款时间仍会停在该包裹上；请先重新导入其订单报表："
                + command
                + "（店铺只记下了映射文件的名字 m.yaml，没有记下它在哪里：请在 --map 后写上它的路径）\n"),
        zhCsv);
    assertTrue(
        show(cli, "--lang", "zh")
            .contains(
                "请先重新导入该订单的导出文件（订单报表）："
                    + command
                    + "（店铺只记下了映射文件的名字 m.yaml，没有记下它在哪里：请在 --map 后写上它的路径）\n"),
        show(cli, "--lang", "zh"));
  }
}
