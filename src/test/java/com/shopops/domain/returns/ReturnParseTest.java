package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnParseTest {

  /**
   * The domain parses its own codes only (review13 M3): a platform's words are its preset's {@code
   * status} map, and nothing is read from part of a text.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "买家已经申请退款，等待卖家同意",
        "卖家拒绝退款",
        "退款成功",
        "退款关闭",
        "待审核",
        "审核不通过",
        "open",
        "cancelled",
        "拒绝后同意",
        "卖家拒绝退款，买家再次申请后同意",
        "requested later",
        "火星",
        "shipped",
        " "
      })
  void statusParsesItsCodesOnly(String text) {
    assertTrue(ReturnStatus.parse(text).isEmpty(), text);
    assertTrue(ReturnStatus.parse(null).isEmpty());
  }

  @Test
  void lifecycleTable() {
    assertEquals(
        EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.REJECTED, ReturnStatus.WITHDRAWN),
        ReturnStatus.REQUESTED.next());
    assertEquals(
        EnumSet.of(ReturnStatus.RECEIVED, ReturnStatus.REFUNDED, ReturnStatus.WITHDRAWN),
        ReturnStatus.APPROVED.next());
    assertEquals(EnumSet.of(ReturnStatus.REFUNDED), ReturnStatus.RECEIVED.next());
    assertTrue(ReturnStatus.REJECTED.next().isEmpty());
    assertTrue(ReturnStatus.REFUNDED.next().isEmpty());
    assertTrue(ReturnStatus.WITHDRAWN.next().isEmpty() && !ReturnStatus.WITHDRAWN.isOpen());
    assertTrue(ReturnStatus.APPROVED.isOpen());
    assertTrue(!ReturnStatus.REFUNDED.isOpen() && !ReturnStatus.REJECTED.isOpen());
  }

  @Test
  void statusFollowsTheFurthestTimestamp() {
    ReturnRecord r = ReturnRecord.requested("R1", "O1", "A", 1, Times.sh("2026-11-11T09:00"), null);
    assertEquals(ReturnStatus.REQUESTED, r.status());
    assertEquals(
        ReturnStatus.APPROVED,
        r.withStep(ReturnStatus.APPROVED, Times.sh("2026-11-11T10:00")).status());
    assertEquals(Times.sh("2026-11-11T09:00"), r.at(ReturnStatus.REQUESTED));
  }
}
