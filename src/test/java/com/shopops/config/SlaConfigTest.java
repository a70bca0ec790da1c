package com.shopops.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.sla.DeliveryCutoffs;
import com.shopops.domain.sla.ShippingPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaConfigTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void theDefaultsAreThePolicyDefaults() {
    assertEquals(ShippingPolicy.defaults(ZONE), SlaConfig.policy(new Config(Map.of()), ZONE));
  }

  @Test
  void storedValuesMakeThePolicy() {
    ShippingPolicy p =
        SlaConfig.policy(
            new Config(
                Map.of(
                    "sla.ship_within",
                    "12h",
                    "sla.ship_max",
                    "2d",
                    "sla.at_risk_within",
                    "90m",
                    "sla.holidays",
                    "2026-10-01..2026-10-03",
                    "sla.next_day_deliver_by",
                    "15:00",
                    "sla.ship_within_by_carrier",
                    "顺丰速运=6h",
                    "sla.ship_within_by_province",
                    "西藏=72h, 新疆=72h")),
            ZONE);
    assertEquals(Duration.ofHours(12), p.shipWithin());
    assertEquals(Duration.ofHours(48), p.shipMax());
    assertEquals(Duration.ofMinutes(90), p.atRiskWithin());
    assertEquals(3, p.holidays().size());
    assertTrue(p.holidays().contains(LocalDate.of(2026, 10, 2)));
    assertEquals(
        new DeliveryCutoffs(
            LocalTime.of(11, 0), LocalTime.of(23, 0), LocalTime.of(23, 0), LocalTime.of(15, 0)),
        p.cutoffs());
    assertEquals(Duration.ofHours(6), p.shipWithinFor("顺丰速运", "西藏"));
    assertEquals(Duration.ofHours(72), p.shipWithinFor("中通快递", "新疆"));
    assertEquals(Duration.ofHours(72), p.shipMaxFor(null, "新疆"));
  }

  @Test
  void keysThatContradictEachOtherAreNamed() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SlaConfig.policy(new Config(Map.of("sla.same_day_cutoff", "23:30")), ZONE));
    assertTrue(e.getMessage().startsWith("211 cut-offs"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SlaConfig.overrides("西藏=0h"));
    assertThrows(IllegalArgumentException.class, () -> SlaConfig.overrides("=12h"));
  }
}
