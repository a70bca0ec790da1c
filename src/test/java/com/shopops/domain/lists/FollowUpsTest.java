package com.shopops.domain.lists;

import static com.shopops.domain.lists.PromotionSelectorTest.SHANGHAI;
import static com.shopops.domain.lists.PromotionSelectorTest.customer;
import static com.shopops.domain.lists.PromotionSelectorTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.FollowUpRows.Anniversary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
  @Test
  void aMessageCountsOneDayInTheSingular() {
    assertEquals("1 day", FollowUps.days(1L));
    assertEquals("0 days", FollowUps.days(0));
    assertEquals("14 days", FollowUps.days(14));
  }

  static final FollowUpPolicy POLICY = FollowUpPolicy.defaults();
  static final OfferTable OFFERS = OfferTable.defaults();
  static final ZonedDateTime AS_OF = PromotionSelectorTest.AS_OF; // 2026-11-22 10:00 Shanghai

  static ZonedDateTime day(int y, int m, int d) {
    return ZonedDateTime.of(y, m, d, 9, 0, 0, 0, SHANGHAI);
  }

  static PastPurchase bought(Instant at, String title) {
    return new PastPurchase("O-" + at, at, "SKU-" + title, title, null);
  }

  static <R extends ListRow> List<String> ids(Selection<R> s) {
    return s.rows().stream().map(ListRow::customerId).toList();
  }

  @Nested
  class Winback {
    @Test
    void valuableAndGoneSilent() {
      Selection<FollowUpRows.Winback> s =
          FollowUps.winback(
              List.of(
                  customer("tier")
                      .tier("钻石")
                      .lifecycle("churned")
                      .lastOrderAt(sh(2026, 1, 1, 0, 0))
                      .totalSpend(10)
                      .build(),
                  customer("seg")
                      .segment("At Risk")
                      .lifecycle("lapsing")
                      .lastOrderAt(sh(2026, 6, 1, 0, 0))
                      .totalSpend(20)
                      .build(),
                  customer("cheap")
                      .segment("Lost")
                      .tier("普通")
                      .lifecycle("churned")
                      .lastOrderAt(sh(2026, 1, 1, 0, 0))
                      .build(),
                  customer("active")
                      .segment("Champions")
                      .lifecycle("loyal")
                      .lastOrderAt(sh(2026, 11, 1, 0, 0))
                      .build(),
                  customer("nostage").segment("Champions").build()),
              POLICY,
              OFFERS,
              AS_OF);
      assertEquals(List.of("seg", "tier"), ids(s));
      assertEquals(3, s.excluded(Exclusion.NOT_MATCHING));
    }

    @Test
    void marketingGuardsApply() {
      Candidate.Builder base =
          customer("x").segment("Champions").lifecycle("lapsing").lastOrderAt(sh(2026, 5, 1, 0, 0));
      Selection<FollowUpRows.Winback> s =
          FollowUps.winback(
              List.of(
                  base.acceptsMarketing(null).build(),
                  customer("open")
                      .segment("Champions")
                      .lifecycle("lapsing")
                      .lastOrderAt(sh(2026, 5, 1, 0, 0))
                      .hasOpenReturnOrComplaint(true)
                      .build(),
                  customer("cool")
                      .segment("Champions")
                      .lifecycle("lapsing")
                      .lastOrderAt(sh(2026, 5, 1, 0, 0))
                      .lastContactAt(sh(2026, 11, 20, 0, 0))
                      .build()),
              POLICY,
              OFFERS,
              AS_OF);
      assertEquals(0, s.chosen());
      assertEquals(1, s.excluded(Exclusion.NO_CONSENT));
      assertEquals(1, s.excluded(Exclusion.OPEN_RETURN_OR_COMPLAINT));
      assertEquals(1, s.excluded(Exclusion.COOLING_DOWN));
    }

    @Test
    void rowHasLastOrderAndUsualGap() {
      FollowUpRows.Winback row =
          FollowUps.winback(
                  List.of(
                      customer("a")
                          .segment("Can't Lose Them")
                          .tier("钻石")
                          .lifecycle("churned")
                          .totalSpend(8_800_00)
                          .lastOrderAt(sh(2026, 3, 1, 20, 0))
                          .purchases(
                              List.of(
                                  bought(sh(2026, 1, 1, 10, 0), "茶"),
                                  bought(sh(2026, 1, 31, 10, 0), "茶"),
                                  bought(sh(2026, 3, 1, 20, 0), "壶")))
                          .build()),
                  POLICY,
                  OFFERS,
                  AS_OF)
              .rows()
              .get(0);
      assertEquals(LocalDate.of(2026, 3, 1), row.lastOrder());
      assertEquals(266, row.daysSinceLastOrder());
      assertEquals(29, row.usualGapDays()); // gaps 30 and 29 → (29 + 30) / 2 rounded down
      assertEquals(
          "segment Can't Lose Them; tier 钻石; churned; last order 2026-03-01"
              + " (266 days ago); usually every 29 days; spent ¥8,800.00",
          row.reason().en());
      assertEquals("winback-coupon", row.offer().code());
    }

    @Test
    void usualGap() {
      assertNull(FollowUps.usualGapDays(List.of(), SHANGHAI));
      // two orders on the same store day are one purchase day
      assertNull(
          FollowUps.usualGapDays(
              List.of(bought(sh(2026, 1, 1, 1, 0), "a"), bought(sh(2026, 1, 1, 23, 0), "b")),
              SHANGHAI));
      assertEquals(
          10,
          FollowUps.usualGapDays(
              List.of(bought(sh(2026, 1, 11, 0, 0), "a"), bought(sh(2026, 1, 1, 0, 0), "b")),
              SHANGHAI));
      // gaps 5, 100, 7 → median 7
      assertEquals(
          7,
          FollowUps.usualGapDays(
              List.of(
                  bought(sh(2026, 1, 1, 0, 0), "a"),
                  bought(sh(2026, 1, 6, 0, 0), "b"),
                  bought(sh(2026, 4, 16, 0, 0), "c"),
                  bought(sh(2026, 4, 23, 0, 0), "d")),
              SHANGHAI));
    }
  }

  @Nested
  class Satisfaction {
    DeliveredOrder delivered(String id, Instant at) {
      return new DeliveredOrder(id, "C-" + id, "张三", "13812341234", at, false, false);
    }

    @Test
    void deliveredOnTheStoreDateThreeDaysAgo() {
      Selection<FollowUpRows.Satisfaction> s =
          FollowUps.satisfaction(
              List.of(
                  delivered("late", sh(2026, 11, 19, 23, 59)),
                  delivered("start", sh(2026, 11, 19, 0, 0)),
                  delivered("before", sh(2026, 11, 18, 23, 59)),
                  delivered("after", sh(2026, 11, 20, 0, 0)),
                  // UTC 11-18 16:30 is 11-19 00:30 in Shanghai: in
                  delivered("utcIn", Instant.parse("2026-11-18T16:30:00Z")),
                  // UTC 11-19 16:30 is 11-20 00:30 in Shanghai: out
                  delivered("utcOut", Instant.parse("2026-11-19T16:30:00Z"))),
              POLICY,
              AS_OF);
      assertEquals(
          List.of("start", "utcIn", "late"),
          s.rows().stream().map(r -> r.order().orderId()).toList());
      assertEquals(LocalDate.of(2026, 11, 19), s.rows().get(0).deliveredOn());
      assertEquals(3, s.excluded(Exclusion.NOT_MATCHING));
    }

    @Test
    void reviewedAndOpenReturnsLeftOut() {
      Instant at = sh(2026, 11, 19, 12, 0);
      Selection<FollowUpRows.Satisfaction> s =
          FollowUps.satisfaction(
              List.of(
                  new DeliveredOrder("SO1", "C1", null, null, at, true, false),
                  new DeliveredOrder("SO2", "C2", null, null, at, false, true),
                  new DeliveredOrder("SO3", "C3", null, null, at, false, false)),
              POLICY,
              AS_OF);
      assertEquals(List.of("C3"), ids(s));
      assertEquals(1, s.excluded(Exclusion.NOT_MATCHING));
      assertEquals(1, s.excluded(Exclusion.OPEN_RETURN_OR_COMPLAINT));
      assertTrue(s.rows().get(0).message().zh().startsWith("您好，您的订单 SO3 已签收 3 天"));
    }

    @Test
    void configurableN() {
      assertEquals(
          1,
          FollowUps.satisfaction(
                  List.of(delivered("a", sh(2026, 11, 15, 8, 0))),
                  POLICY.withSatisfactionDays(7),
                  AS_OF)
              .chosen());
      assertEquals(
          1,
          FollowUps.satisfaction(
                  List.of(delivered("a", sh(2026, 11, 22, 8, 0))),
                  POLICY.withSatisfactionDays(0),
                  AS_OF)
              .chosen());
    }
  }

  @Nested
  class AnniversaryRule {
    Candidate buyer(String id, Instant... when) {
      return customer(id).purchases(Arrays.stream(when).map(w -> bought(w, "龙井")).toList()).build();
    }

    @Test
    void acrossTheYearBoundary() {
      Selection<Anniversary> s =
          FollowUps.anniversary(
              List.of(
                  buyer("jan25jan26", sh(2025, 1, 15, 10, 0), sh(2026, 1, 3, 10, 0)),
                  buyer("jan24jan25", sh(2024, 1, 31, 10, 0), sh(2025, 1, 1, 0, 0)),
                  buyer("jan26only", sh(2026, 1, 3, 10, 0), sh(2026, 1, 20, 10, 0)),
                  buyer("dec", sh(2024, 12, 3, 10, 0), sh(2025, 12, 3, 10, 0)),
                  // 2025-12-31T16:30Z is 2026-01-01 00:30 in Shanghai: January
                  buyer("utc", sh(2025, 1, 2, 0, 0), Instant.parse("2025-12-31T16:30:00Z"))),
              POLICY,
              OFFERS,
              day(2026, 12, 28));
      assertEquals(List.of("jan24jan25", "jan25jan26", "utc"), ids(s));
      Anniversary row = s.rows().get(1);
      assertEquals(YearMonth.of(2027, 1), row.month());
      assertEquals(List.of(2025, 2026), row.years());
      assertEquals(List.of("龙井"), row.bought());
      assertEquals("bought in January 2025, 2026: 龙井; spent ¥0.00", row.reason().en());
      assertEquals("往年 1 月购买（2025, 2026）：龙井；累计消费 ¥0.00", row.reason().zh());
      assertEquals(2, s.excluded(Exclusion.NOT_MATCHING));
    }

    @Test
    void listedFromSevenDaysBeforeTheFirstUntilTheDayBefore() {
      Candidate c = buyer("a", sh(2025, 1, 15, 10, 0), sh(2026, 1, 3, 10, 0));
      assertEquals(
          0, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2026, 12, 24)).chosen());
      assertEquals(
          1, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2026, 12, 25)).chosen());
      assertEquals(
          1, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2026, 12, 31)).chosen());
      assertEquals(0, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2027, 1, 1)).chosen());
      assertEquals(
          0,
          FollowUps.anniversary(
                  List.of(c), POLICY.withAnniversaryAheadDays(3), OFFERS, day(2026, 12, 28))
              .chosen());
    }

    @Test
    void februaryWithALeapDayPurchase() {
      Selection<Anniversary> s =
          FollowUps.anniversary(
              List.of(
                  buyer("leap", sh(2024, 2, 29, 12, 0), sh(2025, 2, 10, 12, 0)),
                  // 2024-02-29T16:30Z is 2024-03-01 00:30 in Shanghai: March, so one February only
                  buyer("march", Instant.parse("2024-02-29T16:30:00Z"), sh(2025, 2, 10, 12, 0))),
              POLICY,
              OFFERS,
              day(2026, 1, 28));
      assertEquals(List.of("leap"), ids(s));
      assertEquals(YearMonth.of(2026, 2), s.rows().get(0).month());
      assertEquals(List.of(2024, 2025), s.rows().get(0).years());
    }

    @Test
    void marchWindowCountsFebruaryDays() {
      Candidate c = buyer("a", sh(2025, 3, 5, 10, 0), sh(2026, 3, 5, 10, 0));
      // 2027 is not a leap year: 02-22 is 7 days before 03-01; in 2028 (leap) it is 8
      assertEquals(1, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2027, 2, 22)).chosen());
      assertEquals(0, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2028, 2, 22)).chosen());
      assertEquals(1, FollowUps.anniversary(List.of(c), POLICY, OFFERS, day(2028, 2, 23)).chosen());
    }

    @Test
    void marketingGuardsAndOrder() {
      Instant a = sh(2025, 1, 5, 0, 0);
      Instant b = sh(2026, 1, 5, 0, 0);
      Selection<Anniversary> s =
          FollowUps.anniversary(
              List.of(
                  customer("small")
                      .totalSpend(1)
                      .purchases(List.of(bought(a, "x"), bought(b, "y")))
                      .build(),
                  customer("big")
                      .totalSpend(2)
                      .purchases(List.of(bought(a, "x"), bought(b, "x")))
                      .build(),
                  customer("nope")
                      .acceptsMarketing(false)
                      .purchases(List.of(bought(a, "x"), bought(b, "x")))
                      .build(),
                  customer("cool")
                      .lastContactAt(sh(2026, 12, 27, 0, 0))
                      .purchases(List.of(bought(a, "x"), bought(b, "x")))
                      .build()),
              POLICY,
              OFFERS,
              day(2026, 12, 28));
      assertEquals(List.of("big", "small"), ids(s));
      assertEquals(List.of("x", "y"), s.rows().get(1).bought());
      assertEquals(1, s.excluded(Exclusion.NO_CONSENT));
      assertEquals(1, s.excluded(Exclusion.COOLING_DOWN));
    }
  }

  @Nested
  class Vip {
    @Test
    void topTierNotContactedFor30Days() {
      Selection<FollowUpRows.Vip> s =
          FollowUps.vip(
              List.of(
                  // 2026-10-23 is 30 store days before 2026-11-22: due again
                  customer("d30")
                      .tier("钻石")
                      .totalSpend(3)
                      .lastContactAt(sh(2026, 10, 23, 23, 0))
                      .build(),
                  customer("d29").tier("钻石").lastContactAt(sh(2026, 10, 24, 0, 0)).build(),
                  customer("never").tier("白金").totalSpend(2).build(),
                  customer("gold").tier("金牌").build(),
                  customer("noconsent").tier("钻石").acceptsMarketing(null).build(),
                  customer("open").tier("钻石").totalSpend(1).hasOpenReturnOrComplaint(true).build()),
              POLICY,
              AS_OF);
      assertEquals(List.of("d30", "never", "open"), ids(s));
      assertEquals(1, s.excluded(Exclusion.COOLING_DOWN));
      assertEquals(1, s.excluded(Exclusion.NOT_MATCHING));
      assertEquals(1, s.excluded(Exclusion.NO_CONSENT));
      FollowUpRows.Vip d30 = s.rows().get(0);
      assertEquals(LocalDate.of(2026, 10, 23), d30.lastContact());
      assertEquals(30L, d30.daysSinceContact());
      assertEquals(
          "tier 钻石; last contact 2026-10-23 (30 days ago); spent ¥0.03", d30.reason().en());
      assertNull(s.rows().get(1).lastContact());
      assertTrue(s.rows().get(2).reason().en().contains("open return/complaint"));
    }
  }

  @Nested
  class Delay {
    @Test
    void newestRiskFirstWithMessage() {
      Instant now = AS_OF.toInstant();
      Selection<FollowUpRows.Delay> s =
          FollowUps.delay(
              List.of(
                  new DelayedOrder(
                      "SO1",
                      "C1",
                      null,
                      null,
                      DelayedOrder.Status.OVERDUE,
                      now.minusSeconds(30 * 3600)),
                  new DelayedOrder(
                      "SO2",
                      "C2",
                      null,
                      null,
                      DelayedOrder.Status.AT_RISK,
                      now.plusSeconds(3 * 3600 + 59 * 60)),
                  new DelayedOrder(
                      "SO3",
                      "C1",
                      null,
                      null,
                      DelayedOrder.Status.OVERDUE,
                      now.minusSeconds(2 * 3600))),
              AS_OF);
      assertEquals(
          List.of("SO2", "SO3", "SO1"), s.rows().stream().map(r -> r.order().orderId()).toList());
      // 3 h 59 min left is 4.0 hours, as `sla at-risk` prints it (it was 3: whole hours rounded
      // down)
      assertEquals(
          List.of("4.0", "2.0", "30.0"),
          s.rows().stream().map(r -> r.hours().toPlainString()).toList());
      assertTrue(s.rows().get(1).message().zh().startsWith("您好，您的订单 SO3 预计将延迟发货，我们正在加急处理"));
      assertTrue(s.rows().get(1).message().en().contains("order SO3 will ship later"));
      assertTrue(s.rows().get(0).message().zh().contains("SO2 正在加急备货"));
      // one contact per customer although C1 has two orders
      assertEquals(
          List.of("C2", "C1"),
          ContactRecord.forRows(s.rows(), ListKind.DELAY, "d", now).stream()
              .map(ContactRecord::customerId)
              .toList());
    }
  }

  @Nested
  class Returns {
    @Test
    void overdueRefundsFirstThenLongestWaiting() {
      Instant now = AS_OF.toInstant();
      Selection<FollowUpRows.Return> s =
          FollowUps.returns(
              List.of(
                  new PendingReturn(
                      "R1",
                      "SO1",
                      "C1",
                      null,
                      null,
                      PendingReturn.Waiting.APPROVAL,
                      now.minusSeconds(100 * 3600),
                      false,
                      0),
                  new PendingReturn(
                      "R2",
                      "SO2",
                      "C2",
                      null,
                      null,
                      PendingReturn.Waiting.REFUND,
                      now.minusSeconds(200 * 3600),
                      true,
                      99_00),
                  new PendingReturn(
                      "R3",
                      "SO3",
                      "C3",
                      null,
                      null,
                      PendingReturn.Waiting.REFUND,
                      now.minusSeconds(10 * 3600),
                      false,
                      1_299_00),
                  new PendingReturn(
                      "R4",
                      "SO4",
                      "C4",
                      null,
                      null,
                      PendingReturn.Waiting.REFUND,
                      now.minusSeconds(300 * 3600),
                      true,
                      5_00)),
              AS_OF);
      assertEquals(
          List.of("R4", "R2", "R1", "R3"), s.rows().stream().map(r -> r.ret().returnId()).toList());
      assertEquals(300, s.rows().get(0).hoursWaiting());
      assertEquals(
          "您好，非常抱歉，您订单 SO2 的退款 ¥99.00 处理延误了，我们正在加急办理，将尽快原路退回。", s.rows().get(1).message().zh());
      assertTrue(s.rows().get(2).message().zh().contains("退货申请（订单 SO1）已收到"));
      assertTrue(s.rows().get(3).message().en().contains("refund of ¥1,299.00"));
    }
  }

  @Test
  void listKindsAndContacts() {
    assertEquals("anniversary", ListKind.ANNIVERSARY.code());
    assertEquals(ListKind.VIP, ListKind.fromCode(" VIP "));
    assertThrows(IllegalArgumentException.class, () -> ListKind.fromCode("spam"));
    assertEquals("winback-20261122-1000", ListKind.WINBACK.defaultListName(AS_OF));
    assertTrue(ListKind.PROMOTION.isMarketing());
    assertTrue(!ListKind.DELAY.isMarketing());
    assertEquals("en", new Message("中", "en").in("en"));
    assertEquals("中", new Message("中", "en").in("zh_CN"));
  }
}
