package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PromotionSelectorTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZonedDateTime AS_OF = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, SHANGHAI);
  static final OfferTable OFFERS = OfferTable.defaults();
  static final PromotionCriteria ALL = PromotionCriteria.everyone();

  static Instant sh(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
  }

  /** A customer who may be contacted; tests take away what they test. */
  static Candidate.Builder customer(String id) {
    return Candidate.builder(id).acceptsMarketing(true).name("张三").phone("13812341234");
  }

  static List<String> ids(Selection<PromotionRow> s) {
    return s.rows().stream().map(PromotionRow::customerId).toList();
  }

  static Selection<PromotionRow> select(PromotionCriteria criteria, Candidate... cs) {
    return PromotionSelector.select(List.of(cs), criteria, OFFERS, AS_OF);
  }

  @Nested
  class Consent {
    @Test
    void onlyAnExplicitYesIsConsent() {
      Selection<PromotionRow> s =
          select(
              ALL,
              customer("yes").build(),
              customer("no").acceptsMarketing(false).build(),
              customer("unknown").acceptsMarketing(null).build());
      assertEquals(List.of("yes"), ids(s));
      assertEquals(2, s.excluded(Exclusion.NO_CONSENT));
    }
  }

  @Nested
  class CoolDown {
    @Test
    void contactedOnTheDay14DaysBeforeIsEligibleAgainWhateverTheTime() {
      // 2026-11-08 is 14 calendar days before 2026-11-22; 23:59 is later in the day than asOf.
      Selection<PromotionRow> s =
          select(ALL, customer("a").lastContactAt(sh(2026, 11, 8, 23, 59)).build());
      assertEquals(List.of("a"), ids(s));
    }

    @Test
    void contactedOnTheDay13DaysBeforeIsStillCooling() {
      Selection<PromotionRow> s =
          select(ALL, customer("a").lastContactAt(sh(2026, 11, 9, 0, 0)).build());
      assertEquals(List.of(), ids(s));
      assertEquals(1, s.excluded(Exclusion.COOLING_DOWN));
    }

    @Test
    void daysAreStoreZoneDaysNotUtcDays() {
      // 2026-11-08T16:30Z is 11-09 00:30 in Shanghai: 13 store days ago, still cooling.
      Selection<PromotionRow> s =
          select(ALL, customer("a").lastContactAt(Instant.parse("2026-11-08T16:30:00Z")).build());
      assertEquals(1, s.excluded(Exclusion.COOLING_DOWN));
    }

    @Test
    void contactedTodayOrInTheFutureIsCooling() {
      Selection<PromotionRow> s =
          select(
              ALL,
              customer("today").lastContactAt(AS_OF.toInstant()).build(),
              customer("future").lastContactAt(sh(2026, 12, 1, 0, 0)).build());
      assertEquals(2, s.excluded(Exclusion.COOLING_DOWN));
    }

    @Test
    void customCooldownAndOff() {
      Candidate c = customer("a").lastContactAt(sh(2026, 11, 15, 9, 0)).build();
      assertEquals(List.of("a"), ids(select(ALL.withCooldownDays(7), c)));
      assertEquals(List.of(), ids(select(ALL.withCooldownDays(8), c)));
      assertEquals(
          List.of("a"),
          ids(
              select(
                  ALL.withCooldownDays(0),
                  customer("a").lastContactAt(AS_OF.toInstant()).build())));
    }

    @Test
    void secondRunTheSameDayChoosesNobodyAlreadyContacted() {
      List<Candidate> pool = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        pool.add(customer("c" + i).totalSpend(1000 * i).build());
      }
      Selection<PromotionRow> first =
          PromotionSelector.select(pool, ALL.withLimit(4), OFFERS, AS_OF);
      List<ContactRecord> contacts =
          ContactRecord.forRows(first.rows(), ListKind.PROMOTION, "p1", AS_OF.toInstant());
      Set<String> contacted = Set.copyOf(contacts.stream().map(ContactRecord::customerId).toList());
      List<Candidate> after =
          pool.stream()
              .map(
                  c ->
                      contacted.contains(c.customerId())
                          ? customer(c.customerId())
                              .totalSpend(c.totalSpend())
                              .lastContactAt(AS_OF.plusHours(1).toInstant())
                              .build()
                          : c)
              .toList();
      Selection<PromotionRow> second =
          PromotionSelector.select(after, ALL.withLimit(4), OFFERS, AS_OF.plusHours(2));
      assertEquals(List.of("c9", "c8", "c7", "c6"), ids(first));
      assertEquals(List.of("c5", "c4", "c3", "c2"), ids(second));
      assertEquals(4, second.excluded(Exclusion.COOLING_DOWN));
    }
  }

  @Nested
  class EachExclusionCountedOnce {
    @Test
    void firstRuleInDocumentedOrderWins() {
      Instant recent = AS_OF.minusDays(1).toInstant();
      Selection<PromotionRow> s =
          select(
              ALL.withSegments("Champions"),
              // fails everything: counted as not matching only
              customer("all")
                  .segment("Lost")
                  .acceptsMarketing(false)
                  .hasOpenReturnOrComplaint(true)
                  .lastContactAt(recent)
                  .build(),
              // matches, fails consent, open issue and cool-down: no consent
              customer("guards")
                  .segment("Champions")
                  .acceptsMarketing(null)
                  .hasOpenReturnOrComplaint(true)
                  .lastContactAt(recent)
                  .build(),
              // open issue and cool-down: open return/complaint
              customer("open")
                  .segment("Champions")
                  .hasOpenReturnOrComplaint(true)
                  .lastContactAt(recent)
                  .build(),
              customer("cool").segment("Champions").lastContactAt(recent).build(),
              customer("ok").segment("Champions").build());
      assertEquals(List.of("ok"), ids(s));
      assertEquals(
          Map.of(
              Exclusion.NOT_MATCHING,
              1,
              Exclusion.NO_CONSENT,
              1,
              Exclusion.OPEN_RETURN_OR_COMPLAINT,
              1,
              Exclusion.COOLING_DOWN,
              1),
          s.excluded());
      int total = s.chosen() + s.excluded().values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(5, total);
    }

    @Test
    void summaryLine() {
      Selection<PromotionRow> s =
          select(
              ALL.withLimit(1),
              customer("a").totalSpend(2).build(),
              customer("b").totalSpend(1).build(),
              customer("c").acceptsMarketing(false).build());
      assertEquals(
          "chosen 1 (limit cut 1); excluded: not matching 0, no consent 1,"
              + " open return/complaint 0, cooling down 0",
          s.summary("en"));
      assertEquals("选中 1（受 --limit 限制未选 1）；排除：不符合条件 0，未同意营销 1，退货/投诉未结 0，冷却期内 0", s.summary("zh"));
    }
  }

  @Nested
  class OrderingAndLimit {
    final Candidate[] pool = {
      customer("C-2").totalSpend(500_00).build(),
      customer("C-1").totalSpend(500_00).build(),
      customer("C-3").totalSpend(900_00).build(),
      customer("C-4").totalSpend(100_00).build(),
    };

    @Test
    void spendDescendingThenCustomerId() {
      assertEquals(List.of("C-3", "C-1", "C-2", "C-4"), ids(select(ALL, pool)));
    }

    @Test
    void limitTakesTheMostValuableAfterOrdering() {
      Selection<PromotionRow> s = select(ALL.withLimit(2), pool);
      assertEquals(List.of("C-3", "C-1"), ids(s));
      assertEquals(4, s.eligible());
      assertEquals(2, s.overLimit());
    }

    @Test
    void limitLargerThanListAndZero() {
      assertEquals(4, select(ALL.withLimit(10), pool).chosen());
      assertEquals(0, select(ALL.withLimit(0), pool).chosen());
      assertThrows(IllegalArgumentException.class, () -> ALL.withLimit(-1));
      assertThrows(IllegalArgumentException.class, () -> ALL.withCooldownDays(-1));
    }
  }

  @Nested
  class Filters {
    @Test
    void noFilterChoosesEveryoneWhoMayBeContacted() {
      assertEquals(2, select(ALL, customer("a").build(), customer("b").build()).chosen());
    }

    @Test
    void segmentIgnoresCaseSpacesAndPunctuation() {
      Selection<PromotionRow> s =
          select(
              ALL.withSegments("cant-lose-them", "at risk"),
              customer("a").segment("Can't Lose Them").build(),
              customer("b").segment("At Risk").build(),
              customer("c").segment("Champions").build(),
              customer("d").segment(null).build());
      assertEquals(List.of("a", "b"), ids(s));
      assertEquals(2, s.excluded(Exclusion.NOT_MATCHING));
    }

    @Test
    void tier() {
      assertEquals(
          List.of("a"),
          ids(
              select(
                  ALL.withTiers("钻石"),
                  customer("a").tier("钻石").build(),
                  customer("b").tier("金牌").build(),
                  customer("c").build())));
    }

    @Test
    void lifecycle() {
      assertEquals(
          List.of("a"),
          ids(
              select(
                  ALL.withLifecycles("first purchase"),
                  customer("a").lifecycle("FIRST_PURCHASE").build(),
                  customer("b").lifecycle("repeat").build())));
    }

    @Test
    void regionMatchesRegionOrProvince() {
      assertEquals(
          List.of("a", "b"),
          ids(
              select(
                  ALL.withRegions("华东", "广东"),
                  customer("a").region("华东").province("浙江").build(),
                  customer("b").region("华南").province("广东").build(),
                  customer("c").region("华北").province("北京").build())));
    }

    @Test
    void boughtSkuOrCategory() {
      Selection<PromotionRow> s =
          select(
              ALL.withBought("SKU-1", "茶叶"),
              customer("a").boughtSkus(Set.of("SKU-1", "SKU-9")).build(),
              customer("b").boughtCategories(Set.of("茶叶")).build(),
              customer("c").boughtSkus(Set.of("sku-1")).boughtCategories(Set.of("茶具")).build());
      assertEquals(List.of("a", "b"), ids(s));
    }

    @Test
    void minSpendIsInclusive() {
      assertEquals(
          List.of("a"),
          ids(
              select(
                  ALL.withMinSpend(100_00L),
                  customer("a").totalSpend(100_00).build(),
                  customer("b").totalSpend(99_99).build())));
    }

    @Test
    void sinceIsTheLastOrderStoreDateInclusive() {
      Selection<PromotionRow> s =
          select(
              ALL.withSince(LocalDate.of(2026, 11, 1)),
              customer("day").lastOrderAt(sh(2026, 11, 1, 0, 0)).build(),
              // 2026-10-31T16:30Z is 11-01 00:30 in Shanghai
              customer("utc").lastOrderAt(Instant.parse("2026-10-31T16:30:00Z")).build(),
              customer("before").lastOrderAt(sh(2026, 10, 31, 23, 59)).build(),
              customer("never").build());
      assertEquals(List.of("day", "utc"), ids(s));
    }

    @Test
    void filtersCombineWithAnd() {
      PromotionCriteria c = ALL.withSegments("Champions").withRegions("华东").withMinSpend(1L);
      assertEquals(
          List.of("a"),
          ids(
              select(
                  c,
                  customer("a").segment("Champions").region("华东").totalSpend(5).build(),
                  customer("b").segment("Champions").region("华北").totalSpend(5).build(),
                  customer("c").segment("Loyal Customers").region("华东").totalSpend(5).build(),
                  customer("d").segment("Champions").region("华东").totalSpend(0).build())));
    }
  }

  @Nested
  class ReasonAndOffer {
    @Test
    void reasonSaysSegmentSpendAndLastOrder() {
      PromotionRow row =
          select(
                  ALL,
                  customer("a")
                      .segment("Champions")
                      .totalSpend(1_234_00)
                      .lastOrderAt(sh(2026, 11, 2, 20, 0))
                      .build())
              .rows()
              .get(0);
      assertEquals("segment Champions; spent ¥1,234.00; last order 2026-11-02", row.reason().en());
      assertEquals("分群 Champions；累计消费 ¥1,234.00；最近下单 2026-11-02", row.reason().zh());
      assertEquals("vip-early-access", row.offer().code());
    }

    @Test
    void reasonNamesEachCriterionGiven() {
      PromotionRow row =
          select(
                  ALL.withTiers("钻石").withRegions("浙江").withBought("SKU-2", "SKU-1"),
                  customer("a")
                      .tier("钻石")
                      .region("华东")
                      .province("浙江")
                      .boughtSkus(Set.of("SKU-1", "SKU-2"))
                      .totalSpend(5)
                      .build())
              .rows()
              .get(0);
      assertEquals("tier 钻石; region 浙江; bought SKU-1, SKU-2; spent ¥0.05", row.reason().en());
    }

    @Test
    void offerBySegmentThenTierThenDefault() {
      assertEquals("coupon-200-30", OFFERS.offerFor("At Risk", "钻石").code());
      assertEquals("member-price", OFFERS.offerFor("Others", "钻石").code());
      assertEquals("member-price", OFFERS.offerFor(null, "钻石").code());
      assertEquals("new-customer-coupon", OFFERS.offerFor("new customers", null).code());
      assertEquals("winback-coupon", OFFERS.offerFor("Lost", null).code());
      assertEquals("new-arrivals", OFFERS.offerFor(null, null).code());
    }

    @Test
    void offerTableFromPlainData() {
      Offer gift = new Offer("gift", "赠品", "free gift");
      Offer none = new Offer("none", "无", "none");
      OfferTable t = new OfferTable(Map.of("Champions", gift), null, none);
      assertEquals(gift, t.offerFor("champions", "钻石"));
      assertEquals(none, t.offerFor("Lost", "钻石"));
      assertEquals(
          "gift",
          PromotionSelector.select(
                  List.of(customer("a").segment("Champions").build()), ALL, t, AS_OF)
              .rows()
              .get(0)
              .offer()
              .code());
    }
  }

  @Test
  void yuanFormatting() {
    assertEquals("¥0.00", Format.yuan(0));
    assertEquals("¥0.05", Format.yuan(5));
    assertEquals("¥999.99", Format.yuan(999_99));
    assertEquals("¥1,000.00", Format.yuan(1_000_00));
    assertEquals("¥1,234,567.89", Format.yuan(123_456_789));
    assertEquals("-¥12.50", Format.yuan(-12_50));
    assertTrue(Format.yuan(Long.MIN_VALUE).startsWith("-¥92,233,720,368,547,758."));
  }
}
