package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout23b A4 (B5 rest): SO1's SF001 (gen_orders.csv) and SF002 (the later export) both signed for
 * 11-10 10:00. Removing SF001 without --even-if-signed is refused, and the refusal said the order
 * loses "that delivery" (这次签收) while SF002 keeps it: it now names the signing the order keeps.
 */
class SignedParcelKeptTest {
  @TempDir Path dir;

  private static final String D = "2026-11-10 10:00:00";

  CliRunner twoSigned() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    ParcelsStayRemovedTest.load(
        cli,
        dir,
        "2026-11-11 10:00",
        "gen_orders.csv",
        ParcelsStayRemovedTest.gen("2026-11-01 18:00:00", D, "SF001"));
    ParcelsStayRemovedTest.load(
        cli,
        dir,
        "2026-11-12 10:00",
        "later.csv",
        ParcelsStayRemovedTest.gen("2026-11-02 18:00:00", D, "SF002"));
    return cli;
  }

  @Test
  void theRefusalNamesTheSigningTheOrderKeeps() {
    CliRunner cli = twoSigned();
    CliRunner.Result refused =
        cli.expect(1, "--now", "2026-11-20 10:00", "shipments", "remove-parcel", "SO1", "SF001");
    // before: "…: removing it takes that delivery away from the order; its parcels: SF002, SF001"
    assertEquals(
        "shopops: parcel SF001 of order SO1 was signed for on 2026-11-10 10:00: the order keeps the"
            + " signing of SF002 (2026-11-10 10:00); its parcels: SF001 (order export), SF002"
            + " (order export)\n"
            + "  hint: if it is not the order's parcel all the same, run the command again with"
            + " --even-if-signed\n",
        refused.err());
    CliRunner.Result zh =
        cli.expect(
            1,
            "--lang",
            "zh",
            "--now",
            "2026-11-20 10:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF001");
    assertEquals(
        "shopops：订单 SO1 的包裹 SF001 已于 2026-11-10 10:00 签收：删掉它，订单仍有包裹 SF002 的签收"
            + "（2026-11-10 10:00）；它的包裹：SF001（订单导出）、SF002（订单导出）\n"
            + "  提示：如果它确实不是这个订单的包裹，加上 --even-if-signed 再运行一次\n",
        zh.err());
  }
}
