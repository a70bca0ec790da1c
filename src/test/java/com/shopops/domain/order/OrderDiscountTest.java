package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrderDiscountTest {
  @Test
  void theDiscountIsSpreadProRataByLargestRemainder() {
    // review20 X5: 89.00 + 239.00, 30.00 off: 8.14 and 21.86 of it
    assertArrayEquals(
        new long[] {8086, 21714}, OrderDiscount.spread(new long[] {8900, 23900}, 3000));
    // three equal lines, 1.00 off: the fen left over to the first line
    assertArrayEquals(
        new long[] {966, 967, 967}, OrderDiscount.spread(new long[] {1000, 1000, 1000}, 100));
    // the lines paid add up to the goods paid
    long[] paid = OrderDiscount.spread(new long[] {1999, 1, 3333, 7}, 1234);
    long sum = 0;
    for (long p : paid) {
      sum += p;
    }
    assertEquals(1999 + 1 + 3333 + 7 - 1234, sum);
    // no discount, or one above the lines: the amounts as they are
    assertArrayEquals(new long[] {100, 200}, OrderDiscount.spread(new long[] {100, 200}, 0));
    assertArrayEquals(new long[] {100, 200}, OrderDiscount.spread(new long[] {100, 200}, 301));
  }

  @Test
  void aPriceRaiseIsANegativeDiscountTheLinesCarry() {
    // tryout23b A14: 89.00 + 239.00 raised to 338.00: 2.71 and 7.29 of the 10.00 raise
    assertArrayEquals(
        new long[] {9171, 24629}, OrderDiscount.spread(new long[] {8900, 23900}, -1000));
    // the pair (298.00 paid, 30.00 off 328.00), then a 订单报表 of 338.00: the amount stays the lines
    assertEquals(
        new OrderDiscount.Repriced(32800, -1000, 29800, 3000),
        OrderDiscount.repriced(33800, 32800, 3000, 32800L, false));
    // a cut as before (tryout22b B2)
    assertEquals(
        new OrderDiscount.Repriced(32800, 4000, 29800, 3000),
        OrderDiscount.repriced(28800, 32800, 3000, 32800L, false));
    // the same goods paid and the amount the lines: nothing
    assertNull(OrderDiscount.repriced(29800, 32800, 3000, 32800L, true));
  }

  @Test
  void anOlderVersionsCutInTheAmountIsPutBackWhenTheLinesCameFirst() {
    // tryout23b A9: amount 318.00 / discount 30.00 over lines of 328.00, the file says 288.00 again
    assertEquals(
        new OrderDiscount.Repriced(32800, 4000, 28800, 3000),
        OrderDiscount.repriced(28800, 31800, 3000, 32800L, true));
    // lines written after the goods paid (an edit, tryout18 W3): said, not read
    assertNull(OrderDiscount.repriced(28800, 31800, 3000, 32800L, false));
    // lines below the goods paid (a line taken out): not a discount
    assertNull(OrderDiscount.repriced(29800, 32800, 3000, 23900L, true));
  }

  @Test
  void aTmallOrdersLinesGiveItsDiscountOnceAndAreJudgedAfter() {
    // first meeting: lines 328.00 over goods paid 298.00
    assertEquals(
        new OrderDiscount.Reading(3000L, false, false),
        OrderDiscount.ofLines(32800, 29800, null, false));
    // lines below the goods paid: no discount, said
    assertEquals(
        new OrderDiscount.Reading(null, true, true),
        OrderDiscount.ofLines(23900, 29800, null, false));
    // a later lone items file: judged against the goods before the discount
    assertEquals(
        new OrderDiscount.Reading(null, false, false),
        OrderDiscount.ofLines(32800, 29800, 3000L, false));
    assertEquals(
        new OrderDiscount.Reading(null, true, false),
        OrderDiscount.ofLines(23900, 29800, 3000L, false));
    // with its own 订单报表: read again
    assertEquals(
        new OrderDiscount.Reading(0L, false, false),
        OrderDiscount.ofLines(23900, 23900, 3000L, true));
  }

  @Test
  void goodsPaidIsTheAmountLessTheDiscountForEverySource() {
    // one meaning of amount (tryout21 Z12): the goods before the discount, Tmall and Shopify alike
    assertEquals(29800L, OrderDiscount.goodsPaid(32800L, 3000L));
    assertEquals(4000L, OrderDiscount.goodsPaid(5000L, 1000L));
    assertEquals(5000L, OrderDiscount.goodsPaid(5000L, null));
    assertNull(OrderDiscount.goodsPaid(null, 3000L));
    assertEquals(true, OrderDiscount.readFromLines("taobao-orders"));
    assertEquals(false, OrderDiscount.readFromLines("shopify-orders"));
  }
}
