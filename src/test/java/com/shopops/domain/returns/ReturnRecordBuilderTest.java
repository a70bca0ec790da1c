package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReturnRecordBuilderTest {
  private static final Instant T0 = Instant.parse("2026-11-11T01:00:00Z");

  private static final ReturnRecord FULL =
      new ReturnRecord(
          "R1",
          "O1",
          "A",
          2,
          T0,
          T0.plusSeconds(1),
          T0.plusSeconds(2),
          T0.plusSeconds(3),
          T0.plusSeconds(4),
          ReturnReason.QUALITY,
          12_34,
          T0.plusSeconds(5),
          ReturnKind.EXCHANGE);

  @Test
  void aFieldNotNamedIsNullOrZeroAndAReturn() {
    assertEquals(
        new ReturnRecord(
            "R1", "O1", null, 0, null, null, null, null, null, null, 0, null, ReturnKind.RETURN),
        ReturnRecord.builder("R1", "O1").build());
  }

  @Test
  void everyFieldNamedLandsInItsComponent() {
    assertEquals(
        FULL,
        ReturnRecord.builder("R1", "O1")
            .sku("A")
            .quantity(2)
            .requestedAt(T0)
            .approvedAt(T0.plusSeconds(1))
            .rejectedAt(T0.plusSeconds(2))
            .receivedAt(T0.plusSeconds(3))
            .refundedAt(T0.plusSeconds(4))
            .reason(ReturnReason.QUALITY)
            .refundAmount(12_34)
            .withdrawnAt(T0.plusSeconds(5))
            .kind(ReturnKind.EXCHANGE)
            .build());
  }

  @Test
  void copiesKeepEveryOtherField() {
    assertEquals(FULL, FULL.toBuilder().build());
    assertEquals(ReturnKind.EXCHANGE, FULL.withRefundAmount(1).kind());
    assertEquals(1, FULL.withRefundAmount(1).refundAmount());
    assertEquals(
        FULL.withStep(ReturnStatus.REJECTED, null),
        new ReturnRecord(
            "R1",
            "O1",
            "A",
            2,
            T0,
            T0.plusSeconds(1),
            null,
            T0.plusSeconds(3),
            T0.plusSeconds(4),
            ReturnReason.QUALITY,
            12_34,
            T0.plusSeconds(5),
            ReturnKind.EXCHANGE));
    ReturnRecord early = FULL.asOf(T0.plusSeconds(2));
    assertEquals(T0.plusSeconds(2), early.rejectedAt());
    assertEquals(null, early.receivedAt());
    assertEquals(null, early.withdrawnAt());
    assertEquals(12_34, early.refundAmount());
  }
}
