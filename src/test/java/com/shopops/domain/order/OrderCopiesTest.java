package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An order's copies keep every field but the one they change: before, {@code withDiscount} and the
 * alias resolution dropped the deposit time and the 订单报表's stated title and quantity.
 */
class OrderCopiesTest {
  static final Instant PAID = Instant.parse("2026-11-11T02:00:00Z");
  static final Instant DEPOSIT = Instant.parse("2026-10-24T12:00:30Z");

  static Order presale() {
    return new Order(
        "5200000000000000001",
        "t**8",
        null,
        PAID,
        null,
        null,
        null,
        null,
        null,
        null,
        OrderStatus.PAID,
        "买家已付款，等待卖家发货",
        29900L,
        0L,
        29900L,
        "CNY",
        "浙江",
        "杭州",
        "华东",
        "taobao-orders",
        List.of(),
        false,
        null,
        null,
        0,
        false,
        null,
        null,
        null,
        DEPOSIT,
        "茶叶礼盒",
        2L);
  }

  @Test
  void withCustomerKeepsEveryOtherField() {
    Order o = presale();
    Order moved = o.withCustomer("tel-13810000000");
    assertEquals("tel-13810000000", moved.customerId());
    assertEquals(DEPOSIT, moved.depositPaidAt());
    assertEquals("茶叶礼盒", moved.itemsTitle());
    assertEquals(o, moved.withCustomer(o.customerId())); // a record: every field compared
  }

  @Test
  void withDiscountKeepsEveryOtherField() {
    Order o = presale().withDiscount(3000L, null);
    assertEquals(3000L, o.discount());
    assertEquals(DEPOSIT, o.depositPaidAt());
    assertEquals("茶叶礼盒", o.itemsTitle());
    assertEquals(2L, o.itemsQuantity());
  }
}
