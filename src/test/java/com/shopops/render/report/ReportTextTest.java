package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.Language;
import com.shopops.domain.metrics.ActionList;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.Period;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.ScoreInputs;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.render.Messages;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the report says, text by text: money with thousands separators, the year on deadlines of
 * another year, the exact texts of the PNG in both languages, an overall score from few figures.
 */
class ReportTextTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void moneyAndCountsAreGroupedByThousands() {
    assertEquals("12,345.67", HtmlReport.format(Metric.SALES, BigDecimal.valueOf(1_234_567)));
    assertEquals("1,234,567.89", HtmlReport.format(Metric.AOV, BigDecimal.valueOf(123_456_789)));
    assertEquals("999.99", HtmlReport.format(Metric.SALES, BigDecimal.valueOf(99_999)));
    assertEquals("1,000.00", HtmlReport.format(Metric.SALES, BigDecimal.valueOf(100_000)));
    assertEquals("0.05", HtmlReport.format(Metric.SALES, BigDecimal.valueOf(5)));
    assertEquals("-1,234.00", HtmlReport.format(Metric.SALES, BigDecimal.valueOf(-123_400)));
    assertEquals("13,437", HtmlReport.format(Metric.PV, BigDecimal.valueOf(13_437)));
    assertEquals("128", HtmlReport.format(Metric.ORDERS, BigDecimal.valueOf(128)));
    assertEquals("2.19%", HtmlReport.format(Metric.CONVERSION_RATE, new BigDecimal("0.0219")));
    assertEquals("–", HtmlReport.format(Metric.SALES, null));
    assertEquals("2,500", HtmlReport.axisLabel(Metric.SALES, 250_000));
  }

  static ActionList.Item due(String when, String asOf) {
    Instant d =
        LocalDate.parse(when.substring(0, 10))
            .atTime(java.time.LocalTime.parse(when.substring(11)))
            .atZone(ZONE)
            .toInstant();
    Instant now =
        LocalDate.parse(asOf.substring(0, 10))
            .atTime(java.time.LocalTime.parse(asOf.substring(11)))
            .atZone(ZONE)
            .toInstant();
    return new ActionList.Item("RT1", "SO1", d, Duration.between(now, d));
  }

  @Test
  void aDeadlineOfAnotherYearShowsItsYearInTheStoreZone() {
    // last second of last year, read on the first minute of this year: the year is shown
    assertEquals(
        "2025-12-31 23:59", ActionTable.when(due("2025-12-31 23:59", "2026-01-01 00:01"), ZONE));
    // the first minute of this year stays short
    assertEquals(
        "01-01 00:00", ActionTable.when(due("2026-01-01 00:00", "2026-01-01 00:01"), ZONE));
    // a deadline next year (a return window closing after New Year) shows its year too
    assertEquals(
        "2027-01-01 00:00", ActionTable.when(due("2027-01-01 00:00", "2026-12-31 10:00"), ZONE));
    // the year is the store zone's: 2025-12-31 20:00 UTC is already 2026 in Shanghai
    ActionList.Item utc =
        new ActionList.Item(
            "RT1", "SO1", Instant.parse("2025-12-31T20:00:00Z"), Duration.ofHours(-2));
    assertEquals("01-01 04:00", ActionTable.when(utc, ZONE));
    // in a table row
    ActionTable t =
        ActionTable.of(
            new ActionList(
                ActionList.Kind.REFUNDS_DUE,
                List.of(due("2025-11-30 08:00", "2026-01-10 09:00")),
                1),
            Messages.english(),
            ZONE);
    assertEquals(List.of(List.of("RT1", "SO1", "2025-11-30 08:00", "41 d late")), t.rows());
  }

  @Test
  void aDeadlineFarFromTheClockShowsItsYearEvenInTheSameYear() {
    // the review's Olist picture, read on New Year's Eve: "01-25 13:15  340 d late" read as the
    // coming January; 340 days back it shows its year
    assertEquals(
        "2017-01-25 13:15", ActionTable.when(due("2017-01-25 13:15", "2017-12-31 23:00"), ZONE));
    // 29 days back stays short, 30 days back shows the year
    assertEquals(
        "12-02 23:01", ActionTable.when(due("2017-12-02 23:01", "2017-12-31 23:00"), ZONE));
    assertEquals(
        "2017-12-01 23:00", ActionTable.when(due("2017-12-01 23:00", "2017-12-31 23:00"), ZONE));
    // far ahead in the same year too
    assertEquals(
        "2026-12-20 10:00", ActionTable.when(due("2026-12-20 10:00", "2026-01-10 09:00"), ZONE));
    // an item without its time left has no clock to compare with: the year is shown
    ActionList.Item unknown =
        new ActionList.Item("SO1", null, Instant.parse("2026-11-20T02:59:00Z"), null);
    assertEquals("2026-11-20 10:59", ActionTable.when(unknown, ZONE));
    // in the overdue list of the report
    ActionTable t =
        ActionTable.of(
            new ActionList(
                ActionList.Kind.OVERDUE,
                List.of(
                    due("2017-01-25 13:15", "2017-12-31 23:00"),
                    due("2017-12-30 23:00", "2017-12-31 23:00")),
                2),
            Messages.english(),
            ZONE);
    assertEquals(
        List.of(
            List.of("RT1", "2017-01-25 13:15", "340 d late"),
            List.of("RT1", "12-30 23:00", "24.0 h late")),
        t.rows());
  }

  static PeriodMetrics metrics(long orders, long buyers, long sales, long pv, long uv) {
    return Metrics.compute(
        new PeriodFigures(pv, uv, false, orders, buyers, sales, 0, 2, null, null, null, null, 0));
  }

  static MetricsRow day(String date, PeriodMetrics m) {
    LocalDate d = LocalDate.parse(date);
    return new MetricsRow(Period.containing(Granularity.DAY, d), new DateRange(d, d), false, m);
  }

  static HtmlReport page(Language lang, Scorecard card) {
    Messages m = Messages.of(lang);
    DateRange period = new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-02"));
    List<ActionList> lists =
        List.of(
            new ActionList(
                ActionList.Kind.OVERDUE,
                List.of(
                    due("2026-11-02 09:00", "2026-11-03 09:00"),
                    due("2025-12-30 09:00", "2026-11-03 09:00")),
                7),
            new ActionList(ActionList.Kind.FOLLOW_UPS_DUE, List.of(), 0));
    return new HtmlReport(
        m.get("report.title", period),
        period,
        "2026-11-03 09:00 Asia/Shanghai",
        metrics(25, 20, 1_234_567, 13_437, 4_511),
        List.of(
            day("2026-11-01", metrics(10, 9, 500_000, 6_000, 2_000)),
            day("2026-11-02", metrics(15, 11, 734_567, 7_437, 2_511))),
        card,
        null,
        null,
        List.of(),
        metrics(20, 20, 1_000_000, 12_000, 4_000),
        List.of(),
        ActionTable.of(lists, m, ZONE),
        m,
        "CNY",
        null);
  }

  static List<String> drawn(Language lang) {
    PngReport png =
        new PngReport(
            page(lang, Scorecard.compute(ScoreInputs.none(), null)), PngReport.installedFonts());
    png.draw();
    return png.texts();
  }

  @Test
  void thePngDrawsTheseTextsInEnglish() {
    assertEquals(
        List.of(
            "Store report 2026-11-01..2026-11-02",
            "as of 2026-11-03 09:00 Asia/Shanghai",
            "Sales",
            "12,345.67",
            "yuan",
            "+23.5% vs previous period",
            "Net sales",
            "12,345.67",
            "yuan",
            "+23.5% vs previous period",
            "Orders",
            "25",
            "+25.0% vs previous period",
            "Buyers",
            "20",
            "±0.0% vs previous period",
            "Visitors",
            "4,511",
            "+12.8% vs previous period",
            "Conversion rate",
            "0.44%",
            "−0.06 pp vs previous period",
            "Average order value",
            "493.83",
            "yuan",
            "−1.2% vs previous period",
            "Sales per buyer",
            "617.28",
            "yuan",
            "+23.5% vs previous period",
            "Repeat buyer rate",
            "10.00%",
            "±0.00 pp vs previous period",
            "Sales (yuan) · this period",
            "- - previous period",
            "0",
            "2,000", // whole steps under the largest day's sales (review19 V16; was 2,500…10,000)
            "4,000",
            "6,000",
            "8,000",
            "2026-11-01",
            "2026-11-02",
            "Today's actions",
            "Orders past their ship-by deadline",
            "7",
            "RT1",
            "11-02 09:00  24.0 h late",
            "RT1",
            "2025-12-30 09:00  308 d late",
            "5 more: shopops sla overdue",
            "Follow-ups due",
            "0"),
        drawn(Language.EN));
  }

  @Test
  void thePngDrawsTheseTextsInChinese() {
    assertEquals(
        List.of(
            "店铺报告 2026-11-01..2026-11-02",
            "截至 2026-11-03 09:00 Asia/Shanghai",
            "销售额",
            "12,345.67",
            "元",
            "+23.5% 较上期",
            "净销售额",
            "12,345.67",
            "元",
            "+23.5% 较上期",
            "订单数",
            "25",
            "+25.0% 较上期",
            "买家数",
            "20",
            "±0.0% 较上期",
            "访客数",
            "4,511",
            "+12.8% 较上期",
            "转化率",
            "0.44%",
            "−0.06 个百分点 较上期",
            "笔单价",
            "493.83",
            "元",
            "−1.2% 较上期",
            "客单价",
            "617.28",
            "元",
            "+23.5% 较上期",
            "复购率",
            "10.00%",
            "±0.00 个百分点 较上期",
            "销售额 (元) · 本期",
            "- - 上期",
            "0",
            "2,000", // whole steps under the largest day's sales (review19 V16; was 2,500…10,000)
            "4,000",
            "6,000",
            "8,000",
            "2026-11-01",
            "2026-11-02",
            "今日待办",
            "已超过最晚发货时间的订单",
            "7",
            "RT1",
            "11-02 09:00  超时 24.0 小时",
            "RT1",
            "2025-12-30 09:00  超时 308 天",
            "另有 5 条：shopops sla overdue",
            "到期的客户跟进",
            "0"),
        drawn(Language.ZH));
  }

  /** The captions name the store currency: yuan only for CNY. */
  @Test
  void theMoneyUnitIsTheCurrencysName() {
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      HtmlReport p = page(lang, Scorecard.compute(ScoreInputs.none(), null));
      HtmlReport brl =
          new HtmlReport(
              p.title(),
              p.period(),
              p.asOf(),
              p.total(),
              p.daily(),
              p.card(),
              p.shipping(),
              p.returns(),
              p.notes(),
              p.previousTotal(),
              p.previousDaily(),
              p.actions(),
              p.messages(),
              "BRL",
              null);
      assertEquals(lang == Language.EN ? "yuan" : "元", p.unit(Metric.SALES));
      assertEquals(lang == Language.EN ? "Brazilian Real" : "巴西雷亚尔", brl.unit(Metric.SALES));
    }
  }

  /** The page of a period whose paid orders are in two currencies: no money figure adds up. */
  static HtmlReport mixedPage(Language lang) {
    HtmlReport p = page(lang, Scorecard.compute(ScoreInputs.none(), null));
    return new HtmlReport(
        p.title(),
        p.period(),
        p.asOf(),
        p.total().withoutMoney(),
        p.daily(),
        p.card(),
        null,
        null,
        List.of(),
        p.previousTotal(),
        p.previousDaily(),
        p.actions(),
        p.messages(),
        "CNY",
        null);
  }

  @Test
  void moneyInTwoCurrenciesIsNeverDrawnAsOneLine() throws Exception {
    // the days still carry amounts here: the chart is left out by the period's rule all the same
    StringWriter en = new StringWriter();
    mixedPage(Language.EN).write(en);
    assertTrue(
        en.toString()
            .contains(
                "<figure><figcaption>Sales (yuan)</figcaption>\n"
                    + "<p class=\"note\">not computed (see the notes)</p>\n</figure>"),
        en.toString());
    assertEquals(3, en.toString().split("<svg", -1).length - 1, "orders, visitors, conversion");
    StringWriter zh = new StringWriter();
    mixedPage(Language.ZH).write(zh);
    assertTrue(
        zh.toString()
            .contains(
                "<figure><figcaption>销售额 (元)</figcaption>\n"
                    + "<p class=\"note\">未计算（见备注）</p>\n</figure>"),
        zh.toString());
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      PngReport png = new PngReport(mixedPage(lang), PngReport.installedFonts());
      png.draw();
      List<String> texts = png.texts();
      String orders = lang == Language.EN ? "Orders · this period" : "订单数 · 本期";
      assertTrue(texts.contains(orders), texts.toString());
      assertFalse(
          texts.stream().anyMatch(t -> t.startsWith(lang == Language.EN ? "Sales (" : "销售额 (")),
          texts.toString());
      // the orders axis (25 at most), not the sales one
      assertTrue(texts.containsAll(List.of("0", "5", "10", "15", "20")), texts.toString());
      assertFalse(texts.contains("10,000"), texts.toString());
    }
  }

  static String html(Language lang, Scorecard card) throws Exception {
    StringWriter w = new StringWriter();
    page(lang, card).write(w);
    return w.toString();
  }

  @Test
  void anOverallScoreFromAMinorityOfTheFiguresSaysSo() throws Exception {
    Scorecard one =
        Scorecard.compute(
            ScoreInputs.of(Map.of(ScoreFigure.IN_STOCK_RATE, new BigDecimal("1.0000"))), null);
    assertTrue(one.overallFromMinority());
    assertEquals(1, one.figuresScored());
    String en = html(Language.EN, one);
    assertTrue(en.contains("<b>Overall 100.0</b> (from 1 of 12 figures only)"), en);
    String zh = html(Language.ZH, one);
    assertTrue(zh.contains("（仅依据 12 项指标中的 1 项）"), zh);
    assertTrue(
        one.notes()
            .contains(
                "The overall score rests on 1 of 12 figures only: a partial view until more data"
                    + " is imported."),
        one.notes().toString());
  }

  @Test
  void anOverallScoreFromHalfTheFiguresIsShownAsItIs() throws Exception {
    Map<ScoreFigure, BigDecimal> six = new java.util.EnumMap<>(ScoreFigure.class);
    for (ScoreFigure f : List.of(ScoreFigure.values()).subList(0, 6)) {
      six.put(f, BigDecimal.ONE);
    }
    Scorecard half = Scorecard.compute(ScoreInputs.of(six), null);
    assertEquals(6, half.figuresScored());
    assertFalse(half.overallFromMinority());
    assertFalse(html(Language.EN, half).contains("figures only"));
  }

  @Test
  void aFigureNotComputedSaysSoWithoutAUnit() throws Exception {
    HtmlReport p = page(Language.EN, Scorecard.compute(ScoreInputs.none(), null));
    PeriodMetrics mixed = metrics(25, 20, 1_234_567, 13_437, 4_511).withoutMoney();
    HtmlReport q =
        new HtmlReport(
            p.title(),
            p.period(),
            p.asOf(),
            mixed,
            p.daily(),
            p.card(),
            null,
            null,
            List.of(),
            p.previousTotal(),
            p.previousDaily(),
            p.actions(),
            p.messages(),
            "CNY",
            null);
    assertEquals(
        "<div class=\"kpi\"><span class=\"l\">Sales</span><b>–</b><span class=\"flat\">not"
            + " computed (see the notes)</span></div>",
        q.kpi(Metric.SALES));
    assertEquals(
        "<div class=\"kpi\"><span class=\"l\">Sales</span><b>12,345.67 <small>yuan</small></b>"
            + "<span class=\"up\">+23.5% vs previous period</span></div>",
        p.kpi(Metric.SALES));
  }
}
