package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.Diagnosis.Kind;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.render.Messages;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnosis as sentences: each figure named once, in both languages, no backticks. */
class DiagnosisTextTest {
  static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  static Diagnosis weakest(ScoreFigure f, String value, String score) {
    return new Diagnosis(Kind.WEAKEST, f, d(value), d(score), null, null, f.suggestion());
  }

  static Diagnosis mover(
      Kind k, ScoreFigure f, String value, String score, String prev, String ch) {
    return new Diagnosis(
        k, f, d(value), d(score), d(prev), d(ch), k == Kind.IMPROVED ? "" : f.suggestion());
  }

  /**
   * A crafted card: weakest on-time shipping that also improved, weakest logistics rating, a
   * delivery rate that fell, and two figures that only improved.
   */
  static final List<Diagnosis> CARD =
      List.of(
          weakest(ScoreFigure.ON_TIME_SHIP_RATE, "0.8941", "33.9"),
          weakest(ScoreFigure.RATING_LOGISTICS, "3.79", "0.0"),
          mover(Kind.IMPROVED, ScoreFigure.ON_TIME_SHIP_RATE, "0.8941", "33.9", "0.8254", "33.9"),
          mover(Kind.WORSENED, ScoreFigure.MEDIAN_SHIP_HOURS, "30.5", "48.6", "12.0", "-51.4"),
          mover(Kind.IMPROVED, ScoreFigure.REPEAT_RATE, "0.3000", "100.0", "0.1000", "40.0"),
          mover(Kind.IMPROVED, ScoreFigure.RATING_SERVICE, "4.80", "100.0", "4.50", "37.5"));

  @Test
  void englishNamesEachFigureOnce() {
    List<String> s = DiagnosisText.sentences(CARD, Messages.english());
    assertEquals(
        List.of(
            "On-time ship rate is still among the lowest scores but improved from 82.54% to"
                + " 89.41% (score 33.9, +33.9 points). Work the \u0002shopops sla at-risk\u0003"
                + " list every morning so orders ship before their deadline (按时发货率).",
            "Rating: logistics is among the lowest scores: 3.79 (score 0.0). Improve packing and"
                + " carrier choice; warn buyers of delays early (物流服务质量).",
            "Median hours paid to shipped went from 12.0 h to 30.5 h (score 48.6, −51.4 points)."
                + " Ship faster: print waybills in batches and ship orders paid before the cutoff"
                + " the same day (发货时效).",
            "Improved since the previous period: Repeat purchase rate from 10.00% to 30.00%"
                + " (score 100.0, +40.0 points); Rating: service from 4.50 to 4.80 (score 100.0,"
                + " +37.5 points). Keep doing what moved them."),
        s);
    assertEquals(
        "<li>On-time ship rate is still among the lowest scores but improved from 82.54% to"
            + " 89.41% (score 33.9, +33.9 points). Work the <code>shopops sla at-risk</code> list"
            + " every morning so orders ship before their deadline (按时发货率).</li>",
        "<li>" + DiagnosisText.html(s.get(0)) + "</li>");
    for (String line : s) {
      assertEquals(-1, DiagnosisText.html(line).indexOf('`'), line);
    }
  }

  @Test
  void chineseNamesEachFigureOnce() {
    List<String> s = DiagnosisText.sentences(CARD, Messages.of(Language.ZH));
    assertEquals(
        List.of(
            "按时发货率仍是得分最低的指标之一，但已从 82.54% 提升到 89.41%（得分 33.9，+33.9 分）。"
                + "每天早上处理 \u0002shopops sla at-risk\u0003 清单，让订单在最晚发货时间前发出。",
            "物流服务评分是得分最低的指标之一：3.79（得分 0.0）。改进包装和快递选择；有延误时及早告知买家。",
            "付款到发货的中位小时数从 12.0 小时 变为 30.5 小时（得分 48.6，−51.4 分）。" + "发得更快：批量打印面单，截单时间前付款的订单当天发出。",
            "较上期有进步：复购率从 10.00% 到 30.00%（得分 100.0，+40.0 分）；"
                + "服务态度评分从 4.50 到 4.80（得分 100.0，+37.5 分）。请保持。"),
        s);
  }

  @Test
  void aWeakFigureThatFellIsOneSentence() {
    List<String> s =
        DiagnosisText.sentences(
            List.of(
                weakest(ScoreFigure.REFUND_ON_TIME_RATE, "0.5000", "0.0"),
                mover(
                    Kind.WORSENED,
                    ScoreFigure.REFUND_ON_TIME_RATE,
                    "0.5000",
                    "0.0",
                    "1.0000",
                    "-100.0")),
            Messages.english());
    assertEquals(
        List.of(
            "Refunds on time is among the lowest scores and went from 100.00% to 50.00% (score"
                + " 0.0, −100.0 points). Refund within 7 days of receiving returned goods; see"
                + " \u0002shopops returns overdue\u0003 (退款时效)."),
        s);
    assertEquals(List.of(), DiagnosisText.sentences(List.of(), Messages.english()));
  }
}
