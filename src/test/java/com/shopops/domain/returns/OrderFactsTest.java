package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an order says was bought, as the return rules read it. */
class OrderFactsTest {
  // A sits on two lines (2 + 1 units, 200.00 + 90.00); B has no amount
  private static final OrderFacts ORDER =
      OrderFacts.builder("O1")
          .customerId("C1")
          .amount(290_00L)
          .status("delivered")
          .lines(
              List.of(
                  new OrderFacts.Line("A", 2, 200_00L, "tea"),
                  new OrderFacts.Line("B", 4, null, null),
                  new OrderFacts.Line("A", 1, 90_00L, null)))
          .build();

  @Test
  void aSkuOnTwoLinesIsSummed() {
    assertEquals(new LinePurchase("O1", "A", 3, 290_00), ORDER.purchase("A", 1));
    assertEquals(3, ORDER.wholeLineUnits("A"));
  }

  @Test
  void aLineWithoutAnAmountHasNoPurchase() {
    assertNull(ORDER.purchase("B", 1));
    assertEquals(1, ORDER.wholeLineUnits("B"));
  }

  @Test
  void theWholeOrderIsTheTotalElseTheGoods() {
    assertEquals(new LinePurchase("O1", null, 7, 290_00), ORDER.purchase(null, 1));
  }

  @Test
  void withoutLinesTheClaimIsTheQuantityAndAnySkuIsSold() {
    OrderFacts lineless =
        OrderFacts.builder("O2").customerId("C1").amount(50_00L).total(60_00L).status("x").build();
    assertEquals(new LinePurchase("O2", "A", 4, 50_00), lineless.purchase("A", 4));
    assertEquals(new LinePurchase("O2", null, 1, 60_00), lineless.purchase(null, 0));
    assertTrue(lineless.sells("ANY"));
    assertEquals(1, lineless.wholeLineUnits("A"));
  }

  @Test
  void sellsSkusAndCategories() {
    assertTrue(ORDER.sells("A"));
    assertTrue(ORDER.sells(null));
    assertFalse(ORDER.sells("C"));
    assertEquals(List.of("A", "B"), ORDER.skus());
    assertEquals("tea", ORDER.category("A"));
    assertNull(ORDER.category("B"));
  }
}
