package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentValidationTest {
  @Test
  void deliveredBeforeShippedIsRejectedWithAReason() {
    assertEquals(
        Optional.of("delivered_at is before shipped_at"),
        ShipmentValidation.rejectReason(at("2026-03-02T10:00"), at("2026-03-02T09:59:59")));
  }

  @Test
  void sameInstantLaterOrMissingIsAccepted() {
    assertEquals(
        Optional.empty(),
        ShipmentValidation.rejectReason(at("2026-03-02T10:00"), at("2026-03-02T10:00")));
    assertEquals(
        Optional.empty(),
        ShipmentValidation.rejectReason(at("2026-03-02T10:00"), at("2026-03-03T10:00")));
    assertEquals(Optional.empty(), ShipmentValidation.rejectReason(null, at("2026-03-03T10:00")));
    assertEquals(Optional.empty(), ShipmentValidation.rejectReason(at("2026-03-02T10:00"), null));
    assertEquals(Optional.empty(), ShipmentValidation.rejectReason(null, null));
  }
}
