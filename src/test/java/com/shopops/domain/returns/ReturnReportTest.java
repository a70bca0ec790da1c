package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnReportTest {
  private static ReturnRecord refunded(
      String id, String sku, int qty, String req, String ref, long fen) {
    return ReturnRecord.builder(id, "O1")
        .sku(sku)
        .quantity(qty)
        .requestedAt(sh(req))
        .refundedAt(sh(ref))
        .reason(ReturnReason.QUALITY)
        .refundAmount(fen)
        .build();
  }

  @Test
  void rateIsReturnedUnitsOverDeliveredUnitsOfTheSameSkuWithATotalRow() {
    var items =
        List.of(
            new ReturnReport.Item(
                refunded("R1", "A", 1, "2026-11-02T10:00", "2026-11-03T10:00", 500), null),
            new ReturnReport.Item(
                refunded("R2", "A", 2, "2026-11-04T10:00", "2026-11-04T12:00", 900), null));
    var rows = ReturnReport.rows(ReturnReport.By.SKU, items, Map.of("A", 3L, "B", 7L), SHANGHAI);
    assertEquals(
        new ReturnReport.Row(
            "A", 2, 0, 3, 3L, new BigDecimal("1.0000"), 2, 1400, new BigDecimal("13.00"), 0),
        rows.get(0));
    assertEquals(
        new ReturnReport.Row("B", 0, 0, 0, 7L, new BigDecimal("0.0000"), 0, 0, null, 0),
        rows.get(1));
    assertEquals(
        new ReturnReport.Row(
            "(all)", 2, 0, 3, 10L, new BigDecimal("0.3000"), 2, 1400, new BigDecimal("13.00"), 0),
        rows.get(2));
  }

  @Test
  void refundTotalAddsUpOneCurrencyOnlyAndCountsEveryReturn() {
    var items =
        List.of(
            new ReturnReport.Item(
                refunded("R1", "A", 1, "2026-11-02T10:00", "2026-11-03T10:00", 150000),
                null,
                "EUR"),
            new ReturnReport.Item(
                refunded("R2", "A", 1, "2026-11-02T12:00", "2026-11-03T12:00", 13590),
                null,
                "CNY"));
    var eur =
        ReturnReport.rows(ReturnReport.By.SKU, items, Map.of("A", 2L), SHANGHAI, null, null, "EUR");
    // 2 refunded returns, EUR 1500.00: never 1635.90
    assertEquals(
        new ReturnReport.Row(
            "(all)", 2, 0, 2, 2L, new BigDecimal("1.0000"), 2, 150000, new BigDecimal("24.00"), 0),
        eur.get(1));
    var cny =
        ReturnReport.rows(ReturnReport.By.SKU, items, Map.of("A", 2L), SHANGHAI, null, null, "CNY");
    assertEquals(13590, cny.get(1).refundTotal());
    assertEquals(Map.of("CNY", 1L), ReturnReport.refundedInOtherCurrencies(items, "EUR"));
    assertEquals(Map.of("EUR", 1L), ReturnReport.refundedInOtherCurrencies(items, "CNY"));
    assertEquals(Map.of(), ReturnReport.refundedInOtherCurrencies(items.subList(0, 1), "EUR"));
  }

  @Test
  void periodsAreCutInTheStoreZoneAndWeeksStartOnMonday() {
    assertEquals(
        "2026-11-16",
        ReturnReport.periodKey(ReturnReport.By.WEEK, sh("2026-11-22T23:59:59"), SHANGHAI));
    assertEquals(
        "2026-11-23",
        ReturnReport.periodKey(ReturnReport.By.WEEK, sh("2026-11-23T00:00:00"), SHANGHAI));
    assertEquals(
        "2026-12",
        ReturnReport.periodKey(ReturnReport.By.MONTH, sh("2026-12-01T00:00:00"), SHANGHAI));
  }

  @Test
  void wholeOrderReturnsHaveNoSkuRate() {
    var items =
        List.of(
            new ReturnReport.Item(
                refunded("R1", null, 1, "2026-11-02T10:00", "2026-11-03T10:00", 500), null));
    var rows = ReturnReport.rows(ReturnReport.By.SKU, items, Map.of(), SHANGHAI);
    assertEquals("(whole order)", rows.get(0).key());
    assertNull(rows.get(0).returnRate());
  }

  @Test
  void openWindowsListAnOrderWhenAnyItemIsEligible() {
    var policy =
        new ReturnPolicy(
            SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), Set.of("FRESH"), Set.of());
    var items =
        List.of(
            new DeliveredItem("O1", "C1", sh("2026-11-10T23:59"), "FRESH", null),
            new DeliveredItem("O1", "C1", sh("2026-11-10T23:59"), "TEA", null),
            new DeliveredItem("O2", "C2", sh("2026-11-11T00:01"), "FRESH", null));
    var rows = OpenWindows.of(items, policy, sh("2026-11-17T23:00"), null);
    assertEquals(1, rows.size());
    assertEquals(
        new OpenWindows.Row(
            "O1", "C1", sh("2026-11-10T23:59"), sh("2026-11-18T00:00"), 0, 1, Duration.ofHours(1)),
        rows.get(0));
  }

  @Test
  void checkAddsUpPartialReturnsOfOneLine() {
    var check = new ReturnCheck(new ReturnValidator(SHANGHAI));
    var bought = new LinePurchase("O1", "A", 2, 53600);
    var window =
        ReturnWindow.of(sh("2026-11-10T23:59"), "A", null, ReturnPolicy.defaults(SHANGHAI));
    var first =
        ReturnRecord.requested("R1", "O1", "A", 1, sh("2026-11-12T10:00"), ReturnReason.NO_REASON);
    var second =
        ReturnRecord.requested("R2", "O1", "A", 1, sh("2026-11-12T11:00"), ReturnReason.NO_REASON);
    var third =
        ReturnRecord.requested("R3", "O1", "A", 1, sh("2026-11-12T12:00"), ReturnReason.NO_REASON);
    assertEquals(List.of(), check.check(second, bought, List.of(first), window).problems());
    // the stored version of the same return is not counted twice
    assertEquals(List.of(), check.check(second, bought, List.of(first, second), window).problems());
    assertEquals(
        List.of(
            new ReturnProblem(
                "quantity", "returns of order O1 SKU A total 3 units, but 2 were bought")),
        check.check(third, bought, List.of(first, second), window).problems());
  }
}
