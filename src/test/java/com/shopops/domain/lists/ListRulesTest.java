package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.sla.ShippingStatus;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who the service lists take from the other modules, and the days they read. */
class ListRulesTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void theDelayListTellsAtRiskOverdueAndBreachedOrdersOnly() {
    assertEquals(DelayedOrder.Status.AT_RISK, DelayedOrder.Status.of(ShippingStatus.AT_RISK));
    assertEquals(DelayedOrder.Status.OVERDUE, DelayedOrder.Status.of(ShippingStatus.OVERDUE));
    assertEquals(DelayedOrder.Status.OVERDUE, DelayedOrder.Status.of(ShippingStatus.BREACHED));
    for (ShippingStatus s :
        List.of(
            ShippingStatus.DUE,
            ShippingStatus.SHIPPED_ON_TIME,
            ShippingStatus.SHIPPED_LATE,
            ShippingStatus.SHIPPED_BREACHED,
            ShippingStatus.SHIPPED_TIME_UNKNOWN,
            ShippingStatus.NOT_PAID,
            ShippingStatus.EXCLUDED)) {
      assertNull(DelayedOrder.Status.of(s), s.name());
    }
  }

  @Test
  void theReturnsListTakesReturnsWaitingOnTheShop() {
    assertEquals(PendingReturn.Waiting.APPROVAL, PendingReturn.Waiting.of(ReturnStatus.REQUESTED));
    assertEquals(PendingReturn.Waiting.REFUND, PendingReturn.Waiting.of(ReturnStatus.RECEIVED));
    // approved: the customer is sending the goods back; rejected and refunded are closed
    assertNull(PendingReturn.Waiting.of(ReturnStatus.APPROVED));
    assertNull(PendingReturn.Waiting.of(ReturnStatus.REJECTED));
    assertNull(PendingReturn.Waiting.of(ReturnStatus.REFUNDED));
    assertEquals("approval", PendingReturn.Waiting.APPROVAL.code());
  }

  @Test
  void satisfactionDayIsNStoreDaysBack() {
    ZonedDateTime justAfterMidnight = ZonedDateTime.of(2026, 3, 3, 0, 5, 0, 0, SHANGHAI);
    FollowUpPolicy p = FollowUpPolicy.defaults();
    assertEquals(LocalDate.of(2026, 2, 28), FollowUps.satisfactionDay(p, justAfterMidnight));
    assertEquals(
        LocalDate.of(2026, 3, 3),
        FollowUps.satisfactionDay(p.withSatisfactionDays(0), justAfterMidnight));
  }

  @Test
  void theAnniversaryMonthIsTheComingStoreMonth() {
    assertEquals(
        Month.JANUARY,
        FollowUps.anniversaryMonth(ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, SHANGHAI)));
    // 2027-01-31T16:30Z is 02-01 00:30 in Shanghai: the coming month is March
    assertEquals(
        Month.MARCH,
        FollowUps.anniversaryMonth(
            ZonedDateTime.parse("2027-01-31T16:30:00Z").withZoneSameInstant(SHANGHAI)));
  }

  @Test
  void followUpKindsAreEveryListKindButThePromotion() {
    for (FollowUpKind k : FollowUpKind.values()) {
      assertEquals(k.code(), k.listKind().code());
      assertEquals(k.code(), k.toString());
    }
    assertEquals(ListKind.values().length - 1, FollowUpKind.values().length);
  }

  @Test
  void languageOfTheLocale() {
    assertEquals(Language.ZH, Language.ofLocale("zh_CN.UTF-8"));
    assertEquals(Language.EN, Language.ofLocale("C.UTF-8"));
    assertNull(Language.ofLocale(""));
    assertNull(Language.ofLocale(null));
  }

  @Test
  void namesAreFoundIgnoringCaseSpacesAndPunctuation() {
    List<String> names = List.of("Champions", "Can't Lose Them", "金牌");
    assertEquals(Optional.of("Can't Lose Them"), Keys.find(names, "cant-lose-them"));
    assertEquals(Optional.of("金牌"), Keys.find(names, "金牌"));
    assertEquals(Optional.empty(), Keys.find(names, "Champion"));
  }
}
