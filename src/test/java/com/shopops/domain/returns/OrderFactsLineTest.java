package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line a return's product name is: its SKU, else the platform item id (review13 M2). */
class OrderFactsLineTest {
  private static OrderFacts order(OrderFacts.Line... lines) {
    return OrderFacts.builder("250001")
        .customerId("b1")
        .amount(0L)
        .total(0L)
        .status("completed")
        .lines(List.of(lines))
        .build();
  }

  @Test
  void theSkuOrTheItemIdNamesTheLineAndTheLinesSkuIsKept() {
    OrderFacts o =
        order(
            new OrderFacts.Line("EAR-1", 1, 29900L, null, "100001"),
            new OrderFacts.Line("CBL-1", 2, 9900L, null, "100002"));
    assertEquals("CBL-1", o.line("CBL-1").sku());
    assertEquals("CBL-1", o.line("100002").sku());
    assertTrue(o.line("100009").none());
  }

  @Test
  void aSkuWinsOverAnotherLinesItemId() {
    OrderFacts o =
        order(
            new OrderFacts.Line("100002", 1, 100L, null, "100001"),
            new OrderFacts.Line("CBL-1", 1, 100L, null, "100002"));
    assertEquals("100002", o.line("100002").sku());
  }

  @Test
  void anItemIdOfTwoSkusIsAmbiguous() {
    OrderFacts o =
        order(
            new OrderFacts.Line("EAR-1-BLK", 1, 100L, null, "100001"),
            new OrderFacts.Line("EAR-1-WHT", 1, 100L, null, "100001"),
            new OrderFacts.Line("EAR-1-WHT", 1, 100L, null, "100001"));
    OrderFacts.LineMatch m = o.line("100001");
    assertTrue(m.ambiguous());
    assertEquals(List.of("EAR-1-BLK", "EAR-1-WHT"), m.candidates());
    assertEquals("EAR-1-WHT", o.line("EAR-1-WHT").sku());
  }

  @Test
  void anOrderWithoutLinesTakesAnyName() {
    assertEquals("X", order().line("X").sku());
  }
}
