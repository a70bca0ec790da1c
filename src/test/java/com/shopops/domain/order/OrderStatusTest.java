package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {
  @Test
  void everyStatusIsExactlyOneOfBeforeShippingShippedOrClosed() {
    for (OrderStatus s : OrderStatus.values()) {
      int kinds =
          (s.isBeforeShipping() ? 1 : 0) + (s.hasShipped() ? 1 : 0) + (s.isClosed() ? 1 : 0);
      assertEquals(1, kinds, s.code());
    }
    assertEquals(Set.of(OrderStatus.PENDING, OrderStatus.PAID), only(true, false, false));
    assertEquals(
        Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED),
        only(false, true, false));
    assertEquals(Set.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED), only(false, false, true));
  }

  @Test
  void theRanksFollowTheHappyPathAndClosedIsLast() {
    for (OrderStatus s : OrderStatus.values()) {
      if (s.isBeforeShipping()) {
        assertEquals(true, s.rank() < OrderStatus.SHIPPED.rank(), s.code());
      }
      if (s.isClosed()) {
        assertEquals(5, s.rank(), s.code());
      }
    }
  }

  @Test
  void aCodeNamesItsStatusExactly() {
    for (OrderStatus s : OrderStatus.values()) {
      assertEquals(s, OrderStatus.ofCode(s.code()));
    }
    assertNull(OrderStatus.ofCode("Paid"));
    assertNull(OrderStatus.ofCode("交易成功"));
    assertNull(OrderStatus.ofCode(null));
  }

  private static Set<OrderStatus> only(boolean before, boolean shipped, boolean closed) {
    Set<OrderStatus> out = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus s : OrderStatus.values()) {
      if (s.isBeforeShipping() == before && s.hasShipped() == shipped && s.isClosed() == closed) {
        out.add(s);
      }
    }
    return out;
  }
}
