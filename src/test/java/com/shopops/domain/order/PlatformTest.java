package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.customers.BuyerAccounts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The marketplace of an order, told by the preset of its export. */
class PlatformTest {
  @Test
  void theMarketplacesOwnOrderExportsNameIt() {
    assertEquals(Optional.of(Platform.TAOBAO), Platform.ofPreset("taobao-orders"));
    assertEquals(Optional.of(Platform.TAOBAO), Platform.ofPreset("taobao-suborders"));
    assertEquals(Optional.of(Platform.JD), Platform.ofPreset("jd-orders"));
  }

  @Test
  void anyOtherLayoutNamesNone() {
    for (String other :
        new String[] {"shopify-orders", "generic-orders", "olist-orders", "woocommerce-orders"}) {
      assertEquals(Optional.empty(), Platform.ofPreset(other), other);
    }
    assertEquals(Optional.empty(), Platform.ofPreset("jd-refunds")); // not an order export
    assertEquals(Optional.empty(), Platform.ofPreset(null));
  }

  @Test
  void buyerAccountsReadTheSameMarketplaces() {
    assertEquals("taobao", BuyerAccounts.PLAIN);
    assertEquals("jd", BuyerAccounts.SCOPED);
    assertEquals(List.of("taobao-orders", "taobao-suborders"), BuyerAccounts.presetsOf("taobao"));
    assertEquals(List.of("jd-orders"), BuyerAccounts.presetsOf("jd"));
    assertEquals(List.of(), BuyerAccounts.presetsOf("shopify"));
    assertEquals(Optional.of("jd"), BuyerAccounts.platformOf("jd-orders"));
    assertEquals(Optional.empty(), BuyerAccounts.platformOf("generic-orders"));
  }
}
