package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnFlagsTest {
  private static final ReturnPolicy POLICY =
      new ReturnPolicy(
          SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), Set.of("CUSTOM-MUG"), Set.of());
  private static final ReturnWindow WINDOW =
      ReturnWindow.of(sh("2026-11-10T23:59"), "SKU-1", null, POLICY); // closes 11-18 00:00

  private static ReturnRecord request(Instant at, ReturnReason reason) {
    return ReturnRecord.requested("R1", "O1", "SKU-1", 1, at, reason);
  }

  @Test
  void noReasonRequestAt235959OfTheSeventhDayIsNotFlagged() {
    ReturnFlags f =
        ReturnFlags.of(request(sh("2026-11-17T23:59:59"), ReturnReason.NO_REASON), WINDOW);
    assertEquals(new ReturnFlags(false, false), f);
    assertFalse(f.any());
  }

  @Test
  void noReasonRequestAtMidnightAfterTheSeventhDayIsFlaggedOutside() {
    ReturnFlags f =
        ReturnFlags.of(request(sh("2026-11-18T00:00:00"), ReturnReason.NO_REASON), WINDOW);
    assertTrue(f.outsideWindow());
    assertTrue(f.any());
  }

  @Test
  void qualityReturnAfterTheWindowIsNotFlagged() {
    assertFalse(
        ReturnFlags.of(request(sh("2026-11-25T10:00"), ReturnReason.QUALITY), WINDOW)
            .outsideWindow());
  }

  @Test
  void returnWithoutReasonIsNotFlagged() {
    assertFalse(ReturnFlags.of(request(sh("2026-11-25T10:00"), null), WINDOW).any());
  }

  @Test
  void requestBeforeDeliveryIsNotOutside() {
    ReturnWindow undelivered = ReturnWindow.of(null, "SKU-1", null, POLICY);
    assertFalse(
        ReturnFlags.of(request(sh("2026-11-09T10:00"), ReturnReason.NO_REASON), undelivered).any());
  }

  @Test
  void noReasonReturnOfNotEligibleSkuIsFlaggedButQualityReturnIsNot() {
    ReturnWindow mug = ReturnWindow.of(sh("2026-11-10T10:00"), "CUSTOM-MUG", null, POLICY);
    ReturnRecord noReason =
        ReturnRecord.builder("R2", "O2")
            .sku("CUSTOM-MUG")
            .quantity(1)
            .requestedAt(sh("2026-11-12T10:00"))
            .reason(ReturnReason.NO_REASON)
            .build();
    assertEquals(new ReturnFlags(false, true), ReturnFlags.of(noReason, mug));
    ReturnRecord broken =
        ReturnRecord.builder("R3", "O2")
            .sku("CUSTOM-MUG")
            .quantity(1)
            .requestedAt(sh("2026-11-12T10:00"))
            .reason(ReturnReason.DAMAGED)
            .build();
    assertFalse(ReturnFlags.of(broken, mug).any());
  }
}
