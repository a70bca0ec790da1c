package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant AS_OF = Instant.parse("2025-06-30T04:00:00Z"); // 12:00 in Shanghai
  final LifecyclePolicy policy = LifecyclePolicy.defaults();

  /** A customer with one ¥100 order on each of the given days before the as-of day. */
  static CustomerPurchases boughtDaysAgo(long... daysAgo) {
    List<Purchase> ps = new ArrayList<>();
    for (int i = 0; i < daysAgo.length; i++) {
      ps.add(new Purchase("o" + i, AS_OF.minus(Duration.ofDays(daysAgo[i])), 10_000));
    }
    return new CustomerPurchases("c", ps);
  }

  LifecycleStanding classify(CustomerPurchases c) {
    return Lifecycle.classify(c, policy, AS_OF, SHANGHAI);
  }

  LifecycleStage stage(long... daysAgo) {
    return classify(boughtDaysAgo(daysAgo)).stage();
  }

  @Test
  void noPaidOrderIsAProspect() {
    LifecycleStanding s = classify(new CustomerPurchases("p", List.of()));
    assertEquals(new LifecycleStanding("p", LifecycleStage.PROSPECT, 0, null, null, null, null), s);
  }

  @Test
  void anOrderPaidAfterAsOfIsNotSeen() {
    CustomerPurchases future =
        new CustomerPurchases("f", List.of(new Purchase("o", AS_OF.plusSeconds(1), 10_000)));
    assertEquals(LifecycleStage.PROSPECT, classify(future).stage());
    CustomerPurchases exactly =
        new CustomerPurchases("f", List.of(new Purchase("o", AS_OF, 10_000)));
    assertEquals(LifecycleStage.FIRST_PURCHASE, classify(exactly).stage());
  }

  @Test
  void oneOrderIsAFirstPurchaseUntilNinetyDaysOfSilence() {
    assertEquals(LifecycleStage.FIRST_PURCHASE, stage(0));
    assertEquals(LifecycleStage.FIRST_PURCHASE, stage(90));
    assertEquals(LifecycleStage.LAPSING, stage(91));
    LifecycleStanding s = classify(boughtDaysAgo(91));
    assertEquals(LocalDate.of(2025, 3, 31), s.lastPurchaseDay());
    assertEquals(91L, s.daysSilent());
    assertNull(s.medianGapDays());
    assertEquals(BigDecimal.valueOf(90), s.lapseAfterDays());
  }

  @Test
  void churnedOnlyWhenSilentLongerThan180Days() {
    // gaps 110, 110 → lapsing only after 220 days, so only churn can move them
    assertEquals(LifecycleStage.REPEAT, stage(400, 290, 180));
    assertEquals(LifecycleStage.CHURNED, stage(401, 291, 181));
    assertEquals(LifecycleStage.CHURNED, stage(181)); // churn beats lapsing
    assertEquals(LifecycleStage.LAPSING, stage(180));
  }

  @Test
  void churnAfterIsConfigurable() {
    LifecyclePolicy p = policy.withChurnAfterDays(60);
    assertEquals(
        LifecycleStage.CHURNED, Lifecycle.classify(boughtDaysAgo(61), p, AS_OF, SHANGHAI).stage());
    assertEquals(
        LifecycleStage.FIRST_PURCHASE,
        Lifecycle.classify(boughtDaysAgo(60), p, AS_OF, SHANGHAI).stage());
  }

  @Test
  void twoOrdersAreRepeat() {
    assertEquals(LifecycleStage.REPEAT, stage(40, 10));
  }

  @Test
  void twoOrdersOnOneDayAreRepeatButTeachNoGap() {
    LifecycleStanding s = classify(boughtDaysAgo(10, 10));
    assertEquals(LifecycleStage.REPEAT, s.stage());
    assertEquals(2, s.orders());
    assertNull(s.medianGapDays());
    assertEquals(BigDecimal.valueOf(90), s.lapseAfterDays());
  }

  @Test
  void loyalWithFourOrders() {
    assertEquals(LifecycleStage.LOYAL, stage(300, 200, 100, 10)); // median gap 100 → lapse > 200
  }

  @Test
  void loyalWithThreeOrdersInTheLast365Days() {
    assertEquals(LifecycleStage.LOYAL, stage(364, 200, 20)); // 364 days ago still counts
    assertEquals(LifecycleStage.REPEAT, stage(365, 200, 20)); // 365 days ago does not
  }

  @Test
  void lapsingAfterTwiceTheMedianGapButNotBeforeTheFloor() {
    // gaps 10, 10 → 2 × 10 = 20 < 30-day floor → lapsing after 30
    assertEquals(LifecycleStage.LOYAL, stage(50, 40, 30));
    assertEquals(LifecycleStage.LAPSING, stage(51, 41, 31)); // lapsing beats loyal
    LifecyclePolicy noFloor = policy.withLapseMinDays(0);
    assertEquals(
        LifecycleStage.LOYAL,
        Lifecycle.classify(boughtDaysAgo(40, 30, 20), noFloor, AS_OF, SHANGHAI).stage());
    assertEquals(
        LifecycleStage.LAPSING,
        Lifecycle.classify(boughtDaysAgo(41, 31, 21), noFloor, AS_OF, SHANGHAI).stage());
  }

  @Test
  void medianGapOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    LifecyclePolicy noFloor = policy.withLapseMinDays(0);
    // days ago 50, 40, 25 → gaps 10, 15 → median 12.5 → lapse after 25
    LifecycleStanding s = Lifecycle.classify(boughtDaysAgo(50, 40, 25), noFloor, AS_OF, SHANGHAI);
    assertEquals(new BigDecimal("12.5"), s.medianGapDays());
    assertEquals(0, new BigDecimal("25").compareTo(s.lapseAfterDays()));
    assertEquals(LifecycleStage.LOYAL, s.stage());
    assertEquals(
        LifecycleStage.LAPSING,
        Lifecycle.classify(boughtDaysAgo(51, 41, 26), noFloor, AS_OF, SHANGHAI).stage());
  }

  @Test
  void medianOfAnOddCount() {
    assertEquals(
        new BigDecimal("30"),
        Lifecycle.medianGap(
            List.of(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 11),
                LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 5, 1))));
  }

  @Test
  void silenceCountsCalendarDaysInTheStoreZone() {
    Instant asOf = Instant.parse("2025-06-29T16:10:00Z"); // 00:10 on the 30th in Shanghai
    CustomerPurchases c =
        new CustomerPurchases(
            "z", List.of(new Purchase("o", Instant.parse("2025-06-29T15:30:00Z"), 1)));
    assertEquals(1L, Lifecycle.classify(c, policy, asOf, SHANGHAI).daysSilent());
    assertEquals(0L, Lifecycle.classify(c, policy, asOf, ZoneId.of("UTC")).daysSilent());
  }

  @Test
  void classifyAllKeepsOrderAndLabelsAreReadable() {
    List<LifecycleStanding> all =
        Lifecycle.classifyAll(
            List.of(new CustomerPurchases("p", List.of()), boughtDaysAgo(5)),
            policy,
            AS_OF,
            SHANGHAI);
    assertEquals(LifecycleStage.PROSPECT, all.get(0).stage());
    assertEquals("first purchase", all.get(1).stage().label());
  }

  @Test
  void policyIsValidated() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LifecyclePolicy(180, BigDecimal.ZERO, 30, 90, 4, 3, 365));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LifecyclePolicy(-1, BigDecimal.ONE, 30, 90, 4, 3, 365));
  }
}
