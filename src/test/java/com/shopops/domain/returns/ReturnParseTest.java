package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnParseTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no_reason | NO_REASON",
        "NO_REASON | NO_REASON",
        "No Reason | NO_REASON",
        "no-reason | NO_REASON",
        "changed mind | NO_REASON",
        "七天无理由 | NO_REASON",
        "7天无理由退货 | NO_REASON",
        "七天无理由退换货 | NO_REASON",
        "不想要了 | NO_REASON",
        "拍错/多拍 | NO_REASON",
        "quality | QUALITY",
        "Defective | QUALITY",
        "质量问题 | QUALITY",
        "商品与描述不符 | QUALITY",
        "wrong_item | WRONG_ITEM",
        "Wrong item | WRONG_ITEM",
        "发错货 | WRONG_ITEM",
        "卖家发错货 | WRONG_ITEM",
        "少件/漏发 | WRONG_ITEM",
        "damaged | DAMAGED",
        "broken | DAMAGED",
        "破损 | DAMAGED",
        "收到商品破损 | DAMAGED",
        "other | OTHER",
        "其他 | OTHER",
        "其它 | OTHER",
        "未按约定时间发货 | OTHER",
      })
  void reasonParsesEnglishAndChinese(String text, ReturnReason expected) {
    assertEquals(Optional.of(expected), ReturnReason.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankReasonIsEmpty(String text) {
    assertTrue(ReturnReason.parse(text).isEmpty());
    assertTrue(ReturnReason.parse(null).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(ReturnReason.class)
  void reasonCodeRoundTrips(ReturnReason r) {
    assertEquals(Optional.of(r), ReturnReason.parse(r.code()));
  }

  @ParameterizedTest
  @EnumSource(ReturnStatus.class)
  void statusCodeRoundTrips(ReturnStatus s) {
    assertEquals(Optional.of(s), ReturnStatus.parse(s.code()));
    assertEquals(Optional.of(s), ReturnStatus.parse(" " + s.name() + " "));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "买家已经申请退款，等待卖家同意 | REQUESTED",
        "卖家已经同意退款，等待买家退货 | APPROVED",
        "买家已经退货，等待卖家确认收货 | APPROVED",
        "卖家拒绝退款 | REJECTED",
        "退款成功 | REFUNDED",
        "已退款 | REFUNDED",
        "已收货 | RECEIVED",
        "待审核 | REQUESTED",
        "open | REQUESTED",
        "Pending | REQUESTED",
        "cancelled | WITHDRAWN",
      })
  void statusParsesTaobaoRefundStates(String text, ReturnStatus expected) {
    assertEquals(Optional.of(expected), ReturnStatus.parse(text));
  }

  @Test
  void unknownOrBlankStatusIsEmpty() {
    assertTrue(ReturnStatus.parse("火星").isEmpty());
    assertTrue(ReturnStatus.parse("取消退款中").isEmpty()); // still open: not withdrawn yet
    assertTrue(ReturnStatus.parse("shipped").isEmpty());
    assertTrue(ReturnStatus.parse(" ").isEmpty());
    assertTrue(ReturnStatus.parse(null).isEmpty());
  }

  @Test
  void closedWordsAreWithdrawnNotRejected() {
    assertEquals(Optional.of(ReturnStatus.WITHDRAWN), ReturnStatus.parse("退款关闭"));
    assertEquals(Optional.of(ReturnStatus.WITHDRAWN), ReturnStatus.parse("取消"));
    assertEquals(Optional.of(ReturnStatus.WITHDRAWN), ReturnStatus.parse("withdrawn"));
    assertEquals(Optional.of(ReturnStatus.REJECTED), ReturnStatus.parse("卖家拒绝退款"));
    assertEquals(Optional.of(ReturnStatus.REJECTED), ReturnStatus.parse("已拒绝退款"));
    assertEquals(Optional.of(ReturnStatus.REJECTED), ReturnStatus.parse("审核不通过"));
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
