package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tryout20 Y6: the traffic channels whose orders the store tells apart by their export. */
class OrderChannelTest {
  @Test
  void storefrontsWithTheirOwnOrderExport() {
    assertEquals(
        Optional.of(new OrderChannel("taobao", List.of("taobao-orders", "taobao-suborders"))),
        OrderChannel.ofChannel("天猫"));
    assertEquals(
        Optional.of(new OrderChannel("jd", List.of("jd-orders"))), OrderChannel.ofChannel("JD"));
    assertEquals(
        Optional.of(new OrderChannel("shopify", List.of("shopify-orders"))),
        OrderChannel.ofChannel(" Shopify "));
    assertEquals(
        Optional.of(new OrderChannel("woocommerce", List.of("woocommerce-orders"))),
        OrderChannel.ofChannel("woocommerce"));
    assertEquals(Optional.empty(), OrderChannel.ofChannel("搜索"));
    assertEquals(Optional.empty(), OrderChannel.ofChannel(null));
  }
}
