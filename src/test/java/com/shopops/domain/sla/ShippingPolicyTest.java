package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippingPolicyTest {

  private static ShippingPolicy policy(Duration within, Duration max, Duration atRisk) {
    return new ShippingPolicy(
        within, max, atRisk, Set.of(), DeliveryCutoffs.DEFAULT_211, Map.of(), Map.of(), SHANGHAI);
  }

  private static ShippingPolicy withOverrides(
      Map<String, Duration> carriers, Map<String, Duration> provinces) {
    return new ShippingPolicy(
        Duration.ofHours(24),
        Duration.ofHours(48),
        Duration.ofHours(4),
        Set.of(),
        DeliveryCutoffs.DEFAULT_211,
        carriers,
        provinces,
        SHANGHAI);
  }

  @Test
  void defaultsAreTheSpecs() {
    ShippingPolicy p = ShippingPolicy.defaults(SHANGHAI);
    assertEquals(Duration.ofHours(24), p.shipWithin());
    assertEquals(Duration.ofHours(48), p.shipMax());
    assertEquals(Duration.ofHours(4), p.atRiskWithin());
    assertTrue(p.holidays().isEmpty());
    assertEquals(LocalTime.of(11, 0), p.cutoffs().sameDayCutoff());
    assertEquals(LocalTime.of(23, 0), p.cutoffs().sameDayDeliverBy());
    assertEquals(LocalTime.of(23, 0), p.cutoffs().nextDayCutoff());
    assertEquals(LocalTime.of(14, 0), p.cutoffs().nextDayDeliverBy());
    assertEquals(SHANGHAI, p.zone());
  }

  @Test
  void invalidDurationsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> policy(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> policy(Duration.ZERO, Duration.ofHours(24), Duration.ofHours(4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> policy(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(-1)));
    assertThrows(
        IllegalArgumentException.class, () -> withOverrides(Map.of("SF", Duration.ZERO), Map.of()));
  }

  @Test
  void equalShipWithinAndShipMaxIsAllowed() {
    ShippingPolicy p = policy(Duration.ofHours(24), Duration.ofHours(24), Duration.ZERO);
    assertEquals(p.shipWithin(), p.shipMax());
  }

  @Test
  void cutoffsMustBeInOrder() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DeliveryCutoffs(
                LocalTime.of(23, 0),
                LocalTime.of(23, 0),
                LocalTime.of(11, 0),
                LocalTime.of(14, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DeliveryCutoffs(
                LocalTime.of(11, 0),
                LocalTime.of(10, 0),
                LocalTime.of(23, 0),
                LocalTime.of(14, 0)));
  }

  @Test
  void withersReplaceOneRule() {
    ShippingPolicy p =
        T.DEFAULTS.withAtRiskWithin(Duration.ofHours(8)).withHolidays(T.nationalDay());
    assertEquals(Duration.ofHours(8), p.atRiskWithin());
    assertEquals(7, p.holidays().size());
    assertEquals(Duration.ofHours(24), p.shipWithin());
  }

  @Test
  void overridesMatchIgnoringCaseAndSpacesCarrierFirst() {
    ShippingPolicy p =
        withOverrides(
            Map.of(" SF ", Duration.ofHours(12)),
            Map.of("新疆", Duration.ofHours(72), "Xizang", Duration.ofHours(96)));
    assertEquals(Duration.ofHours(12), p.shipWithinFor("sf", "新疆"));
    assertEquals(Duration.ofHours(72), p.shipWithinFor("ZTO", "新疆"));
    assertEquals(Duration.ofHours(96), p.shipWithinFor(null, " xizang"));
    assertEquals(Duration.ofHours(24), p.shipWithinFor(null, null));
    assertEquals(Duration.ofHours(24), p.shipWithinFor("ZTO", "广东"));
  }

  @Test
  void hardLimitIsTheLongerOfShipMaxAndTheOverride() {
    ShippingPolicy p =
        withOverrides(Map.of("SF", Duration.ofHours(12)), Map.of("新疆", Duration.ofHours(72)));
    assertEquals(Duration.ofHours(48), p.shipMaxFor("SF", null));
    assertEquals(Duration.ofHours(72), p.shipMaxFor(null, "新疆"));
    assertEquals(Duration.ofHours(48), p.shipMaxFor(null, null));
  }
}
