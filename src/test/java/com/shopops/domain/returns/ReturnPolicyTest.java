package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnPolicyTest {

  @Test
  void defaultsAreSevenDayWindowSevenDayRefundAnd48hApproval() {
    ReturnPolicy p = ReturnPolicy.defaults(SHANGHAI);
    assertEquals(SHANGHAI, p.zone());
    assertEquals(7, p.windowDays());
    assertEquals(Duration.ofDays(7), p.refundWithin());
    assertEquals(Duration.ofHours(48), p.approveWithin());
    assertTrue(p.notEligibleSkus().isEmpty());
    assertTrue(p.notEligibleCategories().isEmpty());
  }

  @Test
  void windowOfZeroDaysIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReturnPolicy(
                SHANGHAI, 0, Duration.ofDays(7), Duration.ofHours(48), Set.of(), Set.of()));
  }

  @Test
  void negativeDeadlinesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReturnPolicy(
                SHANGHAI, 7, Duration.ofDays(-1), Duration.ofHours(48), Set.of(), Set.of()));
  }

  @Test
  void notEligibleListsAreTrimmedCaseInsensitiveAndCopied() {
    Set<String> skus = new HashSet<>(Set.of(" CUSTOM-1 "));
    ReturnPolicy p =
        new ReturnPolicy(
            SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), skus, Set.of("定制", "Digital"));
    skus.add("LATER");
    assertEquals(Set.of("custom-1"), p.notEligibleSkus());
    assertEquals(
        "SKU custom-1 is not eligible for 7-day no-reason returns",
        p.notEligibleReason("custom-1", null));
    assertEquals(
        "category 定制 is not eligible for 7-day no-reason returns",
        p.notEligibleReason("T-SHIRT", " 定制 "));
    assertEquals(
        "category DIGITAL is not eligible for 7-day no-reason returns",
        p.notEligibleReason("E-BOOK", "DIGITAL"));
    assertNull(p.notEligibleReason("LATER", "服装"));
    assertNull(p.notEligibleReason(null, null));
  }

  @Test
  void notEligibleReasonNamesTheStoresWindowNotAFixedSevenDays() {
    ReturnPolicy eu =
        new ReturnPolicy(
            SHANGHAI, 14, Duration.ofDays(14), Duration.ofHours(48), Set.of("CUSTOM-1"), Set.of());
    assertEquals(
        "SKU CUSTOM-1 is not eligible for 14-day no-reason returns",
        eu.notEligibleReason("CUSTOM-1", null));
  }

  @Test
  void nullListsMeanNothingExcluded() {
    ReturnPolicy p =
        new ReturnPolicy(SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), null, null);
    assertTrue(p.notEligibleSkus().isEmpty());
    assertNull(p.notEligibleReason("A", "B"));
  }
}
