package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What `orders list --status` takes (review17 R22). */
class StatusFilterTest {
  @Test
  void aPartialRefundIsAFilterOfItsOwnNotPaid() {
    StatusFilter partial = new StatusFilter(null, true, null);
    assertEquals(Optional.of(partial), StatusFilter.parse("partially_refunded"));
    assertEquals(Optional.of(partial), StatusFilter.parse(" Partially_Refunded "));
    assertEquals(Optional.of(partial), StatusFilter.parse("partially refunded"));
    assertEquals(Optional.of(partial), StatusFilter.parse("部分退款"));
  }

  @Test
  void statusWordsStayStatuses() {
    assertEquals(
        Optional.of(StatusFilter.of(OrderStatus.REFUNDED)), StatusFilter.parse("refunded"));
    assertEquals(
        Optional.of(new StatusFilter(OrderStatus.PAID, false, "待发货")), StatusFilter.parse("待发货"));
    assertEquals(
        Optional.of(new StatusFilter(OrderStatus.CANCELLED, false, "voided")),
        StatusFilter.parse("voided"));
    assertEquals(Optional.of(StatusFilter.of(OrderStatus.PAID)), StatusFilter.parse(" Paid "));
  }

  /** review19 V20: refunded also means the orders refunded in full by money, whatever status. */
  @Test
  void refundedAlsoPicksTheOrdersRefundedInFull() {
    assertEquals(true, StatusFilter.parse("refunded").orElseThrow().byMoney());
    assertEquals(true, StatusFilter.parse("已退款").orElseThrow().byMoney());
    assertEquals(false, StatusFilter.parse("cancelled").orElseThrow().byMoney());
    assertEquals(false, StatusFilter.parse("partially_refunded").orElseThrow().byMoney());
  }

  @Test
  void aPlatformWordIsKeptToFilterOnThePlatformStatus() {
    StatusFilter locked = StatusFilter.parse("锁定").orElseThrow();
    assertEquals(OrderStatus.PAID, locked.status());
    assertEquals("锁定", locked.platformWord());
    assertEquals(StatusFilter.of(OrderStatus.PAID), locked.byCode());
  }

  @Test
  void partiallyPaidAndUnknownWordsAreNoFilter() {
    assertEquals(Optional.empty(), StatusFilter.parse("partially_paid"));
    assertEquals(Optional.empty(), StatusFilter.parse("lost"));
    assertEquals(Optional.empty(), StatusFilter.parse(null));
  }
}
