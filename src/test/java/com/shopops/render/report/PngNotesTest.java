package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.Language;
import com.shopops.domain.metrics.ScoreInputs;
import com.shopops.domain.metrics.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The picture of `report --png` carries the report's notes under today's lists (review18 T3): a
 * card that says "未计算（见备注）" points to text the reader of the picture can see, wrapped inside the
 * picture's width.
 */
class PngNotesTest {
  static final String NOTE =
      "转化率、订单转化率：1 个期间的流量只覆盖部分日期（有流量的天数/天数），未计算：2026-11-07..2026-12-06 (14/30)；"
          + "这些期间的浏览量和访客数只含有流量的日期";

  private static HtmlReport page(List<String> notes) {
    HtmlReport p = ReportTextTest.page(Language.ZH, Scorecard.compute(ScoreInputs.none(), null));
    return new HtmlReport(
        p.title(),
        p.period(),
        p.asOf(),
        p.total(),
        p.daily(),
        p.card(),
        p.shipping(),
        p.returns(),
        notes,
        p.previousTotal(),
        p.previousDaily(),
        p.actions(),
        p.messages(),
        p.currency(),
        null);
  }

  @Test
  void theNotesAreDrawnUnderThePictureWrappedToItsWidth() {
    PngReport png = new PngReport(page(List.of(NOTE)), PngReport.installedFonts());
    var img = png.draw();
    List<PngReport.Drawn> drawn = png.drawn();
    int heading =
        drawn.indexOf(drawn.stream().filter(d -> d.text().equals("说明")).findFirst().orElseThrow());
    List<PngReport.Drawn> after = drawn.subList(heading + 1, drawn.size());
    assertEquals("•", after.get(0).text());
    StringBuilder text = new StringBuilder();
    for (PngReport.Drawn d : after.subList(1, after.size())) {
      assertTrue(d.x() + d.width() <= PngReport.WIDTH - 48, d + " leaves the picture");
      assertTrue(d.y() < img.getHeight(), d + " is cut off");
      text.append(d.text());
    }
    assertTrue(after.size() >= 3, "a long note takes two lines at least: " + after);
    // the words as written, a space where a line was broken aside
    assertEquals(NOTE.replace(" ", ""), text.toString().replace(" ", ""));
  }

  @Test
  void noNotesNoHeading() {
    PngReport png = new PngReport(page(List.of()), PngReport.installedFonts());
    png.draw();
    assertTrue(png.drawn().stream().noneMatch(d -> d.text().equals("说明")));
  }
}
