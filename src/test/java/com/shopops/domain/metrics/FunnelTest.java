package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void stepAndOverallConversion() {
    List<Funnel.Step> s = Funnel.compute(1_000, 400, 100, 30, 24);
    assertEquals(
        List.of("visitors", "viewed_sku", "cart", "order", "paid"),
        s.stream().map(Funnel.Step::name).toList());
    assertNull(s.get(0).stepConversion());
    assertEquals(d("1.0000"), s.get(0).overallConversion());
    assertEquals(d("0.4000"), s.get(1).stepConversion());
    assertEquals(d("0.2500"), s.get(2).stepConversion());
    assertEquals(d("0.3000"), s.get(3).stepConversion());
    assertEquals(d("0.8000"), s.get(4).stepConversion());
    assertEquals(d("0.0240"), s.get(4).overallConversion());
    assertEquals(d("0.1000"), s.get(2).overallConversion());
  }

  @Test
  void zeroStageGivesEmptyRatesAfterIt() {
    List<Funnel.Step> s = Funnel.compute(100, 0, 0, 0, 0);
    assertEquals(d("0.0000"), s.get(1).stepConversion());
    assertNull(s.get(2).stepConversion());
    assertEquals(d("0.0000"), s.get(4).overallConversion());
  }

  @Test
  void noVisitorsGivesNoRatesAtAll() {
    List<Funnel.Step> s = Funnel.compute(0, 0, 0, 0, 0);
    assertTrue(
        s.stream().allMatch(x -> x.stepConversion() == null && x.overallConversion() == null));
  }

  @Test
  void laterStageAboveEarlierIsNotCapped() {
    List<Funnel.Step> s =
        Funnel.compute(List.of(new Funnel.Stage("viewed_sku", 10), new Funnel.Stage("cart", 12)));
    assertEquals(d("1.2000"), s.get(1).stepConversion());
  }

  @Test
  void emptyAndInvalid() {
    assertTrue(Funnel.compute(List.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Funnel.Stage("cart", -1));
  }
}
