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

  @Test
  void taobaoTopCodesAndTheirDescriptionsAreOneStatus() {
    // review18 T15: ERP / 千牛 plug-in exports print TOP's descriptions of its states
    for (String[] pair :
        new String[][] {
          {"trade_closed", "付款以后用户退款成功，交易自动关闭"},
          {"TRADE_CLOSED_BY_TAOBAO", "付款以前，卖家或买家主动关闭交易"},
          {"TRADE_NO_CREATE_PAY", "没有创建支付宝交易"},
          {"WAIT_SELLER_SEND_GOODS", "等待卖家发货,即:买家已付款"},
          {"WAIT_BUYER_CONFIRM_GOODS", "等待买家确认收货，即：卖家已发货"},
          {"SELLER_CONSIGNED_PART", "卖家部分发货"},
          {"TRADE_BUYER_SIGNED", "买家已签收,货到付款专用"}
        }) {
      assertEquals(OrderStatus.parse(pair[0]), OrderStatus.parse(pair[1]), pair[1]);
    }
    assertEquals(OrderStatus.CANCELLED, OrderStatus.parse("付款以后用户退款成功,交易自动关闭").orElseThrow());
    assertEquals(OrderStatus.CANCELLED, OrderStatus.parse("TRADE_CLOSED_BY_TAOBAO").orElseThrow());
    assertEquals(OrderStatus.PENDING, OrderStatus.parse("没有创建支付宝交易").orElseThrow());
    assertEquals(OrderStatus.SHIPPED, OrderStatus.parse("seller_consigned_part").orElseThrow());
    assertEquals(OrderStatus.DELIVERED, OrderStatus.parse("trade_buyer_signed").orElseThrow());
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
