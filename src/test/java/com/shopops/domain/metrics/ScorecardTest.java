package com.shopops.domain.metrics;

import static com.shopops.domain.metrics.ScoreFigure.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /**
   * Hand-checked card (default policy):
   *
   * <pre>
   * pre-sale   completeness 0.95 → 100, in-stock 0.89 → 50            → 0.5·100 + 0.5·50 = 75.0
   * in-sale    ship 30 h → 50, on-time ship 0.98 → 100, delivery 0.80 → 0 → 15 + 40 + 0 = 55.0
   * after-sale return 24 h → 100, refunds 0.95 → 50                    → 75.0
   * customer   ratings 4.8/4.4/4.0 → 100/50/0, repeat 0.30 → 100, complaints 0.011 → 50
   *            → 15 + 7.5 + 0 + 30 + 12.5 = 65.0
   * overall    0.2·75 + 0.3·55 + 0.25·75 + 0.25·65 = 66.5
   * </pre>
   */
  static Map<ScoreFigure, BigDecimal> full() {
    Map<ScoreFigure, BigDecimal> m = new EnumMap<>(ScoreFigure.class);
    m.put(PRODUCT_INFO_COMPLETENESS, d("0.95"));
    m.put(IN_STOCK_RATE, d("0.89"));
    m.put(MEDIAN_SHIP_HOURS, d("30"));
    m.put(ON_TIME_SHIP_RATE, d("0.98"));
    m.put(ON_TIME_DELIVERY_RATE, d("0.80"));
    m.put(MEDIAN_RETURN_HOURS, d("24"));
    m.put(REFUND_ON_TIME_RATE, d("0.95"));
    m.put(RATING_DESCRIPTION, d("4.8"));
    m.put(RATING_SERVICE, d("4.4"));
    m.put(RATING_LOGISTICS, d("4.0"));
    m.put(REPEAT_RATE, d("0.30"));
    m.put(COMPLAINT_RATE, d("0.011"));
    return m;
  }

  @Test
  void defaultWeightsSumToOne() {
    BigDecimal caps =
        Arrays.stream(Capability.values())
            .map(Capability::defaultWeight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, caps.compareTo(BigDecimal.ONE));
    for (Capability c : Capability.values()) {
      BigDecimal sum =
          Arrays.stream(ScoreFigure.values())
              .filter(f -> f.capability() == c)
              .map(ScoreFigure::defaultWeight)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, sum.compareTo(BigDecimal.ONE), c.key());
    }
  }

  @Test
  void fullCardOnHandCheckedFigures() {
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), null);
    assertEquals(d("75.0"), card.capability(Capability.PRE_SALE).score());
    assertEquals(d("55.0"), card.capability(Capability.IN_SALE).score());
    assertEquals(d("75.0"), card.capability(Capability.AFTER_SALE).score());
    assertEquals(d("65.0"), card.capability(Capability.CUSTOMER_RELATIONSHIP).score());
    assertEquals(d("66.5"), card.overall());
    assertTrue(card.missing().isEmpty());
    assertFalse(card.weightsRenormalised());
    assertEquals(d("50.0"), card.figure(MEDIAN_SHIP_HOURS).score());
    assertEquals(d("50.0"), card.figure(COMPLAINT_RATE).score());
    assertEquals(d("0.3000"), card.figure(MEDIAN_SHIP_HOURS).effectiveWeight());
    assertEquals(d("0.2000"), card.capability(Capability.PRE_SALE).effectiveWeight());
    assertNull(card.previousOverall());
    assertTrue(card.notes().contains("No figures for the previous period: movers are not shown."));
  }

  @Test
  void missingFigureIsExcludedAndWeightsRenormalised() {
    Map<ScoreFigure, BigDecimal> m = full();
    m.remove(ON_TIME_DELIVERY_RATE);
    Scorecard card = Scorecard.compute(ScoreInputs.of(m), null);
    // in-sale = (0.3·50 + 0.4·100) / 0.7 = 78.571… → 78.6
    assertEquals(d("78.6"), card.capability(Capability.IN_SALE).score());
    assertEquals(d("0.4286"), card.figure(MEDIAN_SHIP_HOURS).effectiveWeight());
    assertEquals(d("0.5714"), card.figure(ON_TIME_SHIP_RATE).effectiveWeight());
    FigureScore missing = card.figure(ON_TIME_DELIVERY_RATE);
    assertTrue(missing.missing());
    assertNull(missing.score());
    assertNull(missing.effectiveWeight());
    assertEquals(d("0.30"), missing.weight());
    // overall = 15 + 0.3·78.6 + 18.75 + 16.25 = 73.58 → 73.6
    assertEquals(d("73.6"), card.overall());
    assertEquals(List.of(ON_TIME_DELIVERY_RATE), card.missing());
    assertTrue(card.weightsRenormalised());
    assertTrue(
        card.notes()
            .contains("Missing (not enough data, left out of the score): on_time_delivery_rate."));
    assertTrue(
        card.notes()
            .contains("Weights were re-normalised over the figures that could be computed."));
  }

  @Test
  void missingCapabilityIsExcludedFromOverall() {
    Map<ScoreFigure, BigDecimal> m = full();
    m.remove(MEDIAN_RETURN_HOURS);
    m.remove(REFUND_ON_TIME_RATE);
    Scorecard card = Scorecard.compute(ScoreInputs.of(m), null);
    CapabilityScore after = card.capability(Capability.AFTER_SALE);
    assertTrue(after.missing());
    assertNull(after.effectiveWeight());
    // (0.2·75 + 0.3·55 + 0.25·65) / 0.75 = 63.666… → 63.7
    assertEquals(d("63.7"), card.overall());
    assertEquals(d("0.2667"), card.capability(Capability.PRE_SALE).effectiveWeight());
    assertEquals(d("0.4000"), card.capability(Capability.IN_SALE).effectiveWeight());
    assertEquals(List.of(MEDIAN_RETURN_HOURS, REFUND_ON_TIME_RATE), card.missing());
  }

  @Test
  void missingFigureWithZeroWeightDoesNotRenormalise() {
    Map<ScoreFigure, BigDecimal> m = full();
    m.remove(ON_TIME_DELIVERY_RATE);
    ScorePolicy p =
        ScorePolicy.defaults()
            .withWeight(ON_TIME_DELIVERY_RATE, BigDecimal.ZERO)
            .withWeight(ON_TIME_SHIP_RATE, d("0.70"));
    Scorecard card = Scorecard.compute(ScoreInputs.of(m), null, p);
    assertFalse(card.weightsRenormalised());
    assertEquals(List.of(ON_TIME_DELIVERY_RATE), card.missing());
    assertEquals(d("85.0"), card.capability(Capability.IN_SALE).score()); // 15 + 70
  }

  @Test
  void nothingMeasuredGivesNoOverall() {
    Scorecard card = Scorecard.compute(ScoreInputs.none(), ScoreInputs.none());
    assertNull(card.overall());
    assertEquals(ScoreFigure.values().length, card.missing().size());
    assertTrue(card.capabilities().stream().allMatch(CapabilityScore::missing));
    assertTrue(card.diagnosis().isEmpty());
    assertTrue(card.notes().stream().anyMatch(n -> n.startsWith("No figure could be computed")));
  }

  @Test
  void weakestFiguresLowestFirstTiesByWeightInOverall() {
    ScorePolicy p = ScorePolicy.defaults().withDiagnosis(5, 3, d("5.0"));
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), null, p);
    List<Diagnosis> weak =
        card.diagnosis().stream().filter(x -> x.kind() == Diagnosis.Kind.WEAKEST).toList();
    // score 0: delivery (0.3·0.3 = 0.09) before logistics rating (0.25·0.15 = 0.0375);
    // score 50: refunds (0.125) > in-stock (0.10) > ship hours (0.09) > complaints > service
    assertEquals(
        List.of(
            ON_TIME_DELIVERY_RATE,
            RATING_LOGISTICS,
            REFUND_ON_TIME_RATE,
            IN_STOCK_RATE,
            MEDIAN_SHIP_HOURS),
        weak.stream().map(Diagnosis::figure).toList());
    assertEquals(d("0.0"), weak.get(0).score());
    assertEquals(d("0.80"), weak.get(0).value());
    assertEquals(ON_TIME_DELIVERY_RATE.suggestion(), weak.get(0).suggestion());
  }

  @Test
  void defaultDiagnosisNamesThreeWeakest() {
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), null);
    assertEquals(3, card.diagnosis().size());
  }

  @Test
  void perfectFiguresAreNotWeak() {
    Map<ScoreFigure, BigDecimal> m = new EnumMap<>(ScoreFigure.class);
    m.put(PRODUCT_INFO_COMPLETENESS, d("1"));
    m.put(REPEAT_RATE, d("0.10")); // 20.0
    Scorecard card = Scorecard.compute(ScoreInputs.of(m), null);
    assertEquals(List.of(REPEAT_RATE), card.diagnosis().stream().map(Diagnosis::figure).toList());
  }

  @Test
  void biggestMoversInScorePoints() {
    Map<ScoreFigure, BigDecimal> prev = full();
    prev.put(ON_TIME_SHIP_RATE, d("0.915")); // 50 → now 100: +50
    prev.put(COMPLAINT_RATE, d("0.002")); // 100 → now 50: −50
    prev.put(MEDIAN_SHIP_HOURS, d("39")); // 25 → now 50: +25
    prev.put(RATING_SERVICE, d("4.42")); // 52.5 → now 50: −2.5, below 5 points
    prev.remove(REPEAT_RATE); // no previous value: cannot move
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), ScoreInputs.of(prev));
    List<Diagnosis> movers =
        card.diagnosis().stream().filter(x -> x.kind() != Diagnosis.Kind.WEAKEST).toList();
    assertEquals(
        List.of(COMPLAINT_RATE, ON_TIME_SHIP_RATE, MEDIAN_SHIP_HOURS),
        movers.stream().map(Diagnosis::figure).toList());
    Diagnosis complaints = movers.get(0);
    assertEquals(Diagnosis.Kind.WORSENED, complaints.kind());
    assertEquals(d("-50.0"), complaints.scoreChange());
    assertEquals(d("0.002"), complaints.previousValue());
    assertEquals(COMPLAINT_RATE.suggestion(), complaints.suggestion());
    assertEquals(Diagnosis.Kind.IMPROVED, movers.get(1).kind());
    assertEquals(Diagnosis.KEEP_IT_UP, movers.get(1).suggestion());
    assertEquals(d("25.0"), movers.get(2).scoreChange());

    // weakest come first in the list, then movers
    assertEquals(Diagnosis.Kind.WEAKEST, card.diagnosis().get(0).kind());
    assertEquals(6, card.diagnosis().size());

    FigureScore service = card.figure(RATING_SERVICE);
    assertEquals(d("-2.5"), service.scoreChange());
    // the raw rating moved 4.42 → 4.40 (−0.45%): flat by the comparison's 0.5% threshold
    assertEquals(Direction.FLAT, service.valueChange().direction());
    assertEquals(d("-0.02"), service.valueChange().change());
    assertNull(card.figure(REPEAT_RATE).scoreChange());
    assertEquals(Direction.UNKNOWN, card.figure(REPEAT_RATE).valueChange().direction());
    assertTrue(card.notes().isEmpty());
  }

  @Test
  void previousOverallAndCapabilityScores() {
    Map<ScoreFigure, BigDecimal> prev = full();
    prev.put(ON_TIME_DELIVERY_RATE, d("0.95")); // in-sale 85.0, overall 75.5
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), ScoreInputs.of(prev));
    assertEquals(d("85.0"), card.capability(Capability.IN_SALE).previousScore());
    assertEquals(d("75.5"), card.previousOverall());
    assertEquals(d("66.5"), card.overall());
  }

  @Test
  void moverCountAndMinimumAreConfigurable() {
    Map<ScoreFigure, BigDecimal> prev = full();
    prev.put(RATING_SERVICE, d("4.42")); // −2.5 points
    ScorePolicy p = ScorePolicy.defaults().withDiagnosis(0, 1, d("1.0"));
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), ScoreInputs.of(prev), p);
    assertEquals(1, card.diagnosis().size());
    assertEquals(RATING_SERVICE, card.diagnosis().get(0).figure());
    assertEquals(Diagnosis.Kind.WORSENED, card.diagnosis().get(0).kind());
  }

  @Test
  void tiedMoversDropsBeforeGains() {
    Map<ScoreFigure, BigDecimal> prev = full();
    prev.put(IN_STOCK_RATE, d("0.98")); // 100 → 50: −50
    prev.put(MEDIAN_SHIP_HOURS, d("48")); // 0 → 50: +50
    ScorePolicy p = ScorePolicy.defaults().withDiagnosis(0, 3, d("5"));
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), ScoreInputs.of(prev), p);
    assertEquals(
        List.of(IN_STOCK_RATE, MEDIAN_SHIP_HOURS),
        card.diagnosis().stream().map(Diagnosis::figure).toList());
  }

  @Test
  void thresholdsAreConfigurable() {
    ScorePolicy p =
        ScorePolicy.defaults().withThreshold(MEDIAN_SHIP_HOURS, Threshold.of("24", "6"));
    Scorecard card = Scorecard.compute(ScoreInputs.of(full()), null, p);
    assertEquals(d("0.0"), card.figure(MEDIAN_SHIP_HOURS).score()); // 30 h is past "poor" 24 h
    assertEquals(Threshold.of("24", "6"), card.figure(MEDIAN_SHIP_HOURS).threshold());
  }

  @Test
  void invalidPoliciesAreRejected() {
    ScorePolicy d = ScorePolicy.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withWeight(REPEAT_RATE, d("-0.1")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            d.withWeight(PRODUCT_INFO_COMPLETENESS, BigDecimal.ZERO)
                .withWeight(IN_STOCK_RATE, BigDecimal.ZERO));
    ScorePolicy zeroCaps =
        d.withWeight(Capability.PRE_SALE, BigDecimal.ZERO)
            .withWeight(Capability.IN_SALE, BigDecimal.ZERO)
            .withWeight(Capability.AFTER_SALE, BigDecimal.ZERO);
    assertThrows(
        IllegalArgumentException.class,
        () -> zeroCaps.withWeight(Capability.CUSTOMER_RELATIONSHIP, BigDecimal.ZERO));
    Map<ScoreFigure, Threshold> partial = new EnumMap<>(ScoreFigure.class);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ScorePolicy(partial, d.figureWeights(), d.capabilityWeights(), 3, 3, d("5")));
    assertThrows(IllegalArgumentException.class, () -> d.withDiagnosis(-1, 3, d("5")));
  }

  @Test
  void weightsNeedNotSumToOne() {
    ScorePolicy doubled = ScorePolicy.defaults();
    for (Capability c : Capability.values()) {
      doubled = doubled.withWeight(c, c.defaultWeight().multiply(BigDecimal.TEN));
    }
    assertEquals(
        Scorecard.compute(ScoreInputs.of(full()), null).overall(),
        Scorecard.compute(ScoreInputs.of(full()), null, doubled).overall());
  }

  @Test
  void inputsOutOfRangeAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> ScoreInputs.none().with(REPEAT_RATE, d("1.2")));
    assertThrows(
        IllegalArgumentException.class, () -> ScoreInputs.none().with(RATING_SERVICE, d("0.5")));
    assertThrows(
        IllegalArgumentException.class, () -> ScoreInputs.none().with(MEDIAN_SHIP_HOURS, d("-1")));
    assertNull(ScoreInputs.of(full()).with(REPEAT_RATE, null).value(REPEAT_RATE));
  }

  @Test
  void figureKeysAreUniqueAndLookedUp() {
    for (ScoreFigure f : ScoreFigure.values()) {
      assertEquals(f, ScoreFigure.byKey(f.key()));
      assertFalse(f.suggestion().isBlank());
    }
    assertThrows(IllegalArgumentException.class, () -> ScoreFigure.byKey("nps"));
  }
}
