package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
    return Order.builder("5200000000000000001")
        .customerId("t**8")
        .paidAt(PAID)
        .status(OrderStatus.PAID)
        .platformStatus("买家已付款，等待卖家发货")
        .amount(29900L)
        .shippingFee(0L)
        .total(29900L)
        .currency("CNY")
        .province("浙江")
        .city("杭州")
        .region("华东")
        .source("taobao-orders")
        .lines(List.of())
        .depositPaidAt(DEPOSIT)
        .itemsTitle("茶叶礼盒")
        .itemsQuantity(2L)
        .build();
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

  /** Every field of the record has a builder method, and toBuilder copies every field. */
  @Test
  void builderNamesEveryFieldAndToBuilderCopiesIt() throws Exception {
    Order.Builder b = Order.builder("O1");
    for (RecordComponent c : Order.class.getRecordComponents()) {
      Method setter = Order.Builder.class.getMethod(c.getName(), c.getType());
      setter.invoke(b, sample(c.getType()));
    }
    Order full = b.build();
    for (RecordComponent c : Order.class.getRecordComponents()) {
      Object v = c.getAccessor().invoke(full);
      assertEquals(sample(c.getType()), v, c.getName());
    }
    assertEquals(full, full.toBuilder().build());
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    } else if (type == Instant.class) {
      return PAID;
    } else if (type == Long.class) {
      return 7L;
    } else if (type == boolean.class) {
      return true;
    } else if (type == int.class) {
      return 3;
    } else if (type == List.class) {
      return List.of();
    } else if (type == OrderStatus.class) {
      return OrderStatus.SHIPPED;
    } else if (type == OrderType.class) {
      return OrderType.values()[OrderType.values().length - 1];
    }
    throw new AssertionError("no sample for " + type);
  }
}
