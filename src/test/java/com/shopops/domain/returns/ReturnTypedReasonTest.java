package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an operator may type as {@code --reason}, and when the shop must act next. */
class ReturnTypedReasonTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no-reason | NO_REASON",
        "七天无理由 | NO_REASON",
        "Quality | QUALITY",
        "wrong-item | WRONG_ITEM",
        "damaged | DAMAGED",
        "other | OTHER",
        "Other: buyer moved | OTHER",
        "其他 | OTHER",
        // review19 V19: a 价保 / 仅退款 entered by phone (--refund-only); before: unknown reason
        "price-protection | OTHER",
        "价保 | OTHER",
        "仅退款 | OTHER",
        "refund-only | OTHER",
      })
  void theCodesAndKnownWordsAreTaken(String text, ReturnReason expected) {
    assertEquals(Optional.of(expected), ReturnReason.parseTyped(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bored", "", " ", "noo"})
  void unknownWordsAreNotOther(String text) {
    // an import keeps a platform's wording as OTHER; a typo on the command line is refused
    assertEquals(Optional.empty(), ReturnReason.parseTyped(text));
  }

  @Test
  void dueAtIsApprovalWhileRequestedAndRefundOnceReceived() {
    ReturnPolicy policy = ReturnPolicy.defaults(Times.SHANGHAI);
    ReturnRecord r =
        ReturnRecord.requested(
            "R1", "O1", "A", 1, Times.sh("2026-11-12T10:00"), ReturnReason.QUALITY);
    var asOf = Times.sh("2026-11-20T10:00");
    assertEquals(
        Times.sh("2026-11-14T10:00"), ReturnTiming.of(r, policy, asOf).orElseThrow().dueAt());
    ReturnRecord approved = r.withStep(ReturnStatus.APPROVED, Times.sh("2026-11-12T11:00"));
    assertEquals(null, ReturnTiming.of(approved, policy, asOf).orElseThrow().dueAt());
    ReturnRecord received = approved.withStep(ReturnStatus.RECEIVED, Times.sh("2026-11-15T09:00"));
    assertEquals(
        Times.sh("2026-11-15T09:00").plus(Duration.ofDays(7)),
        ReturnTiming.of(received, policy, asOf).orElseThrow().dueAt());
  }
}
