package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.Language;
import com.shopops.domain.metrics.ScoreInputs;
import com.shopops.domain.metrics.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key figure tiles of the PNG keep their figure and its unit inside the tile, measured with the
 * renderer's own font metrics: a long currency name (Brazilian Real, 巴西雷亚尔) next to a wide figure
 * is shrunk, or replaced by the currency's code, never drawn over the next tile.
 */
class PngCaptionTest {
  /** The examples page with the given sales (in cents) and currency. */
  private static HtmlReport page(Language lang, long salesCents, String currency) {
    HtmlReport p = ReportTextTest.page(lang, Scorecard.compute(ScoreInputs.none(), null));
    return new HtmlReport(
        p.title(),
        p.period(),
        p.asOf(),
        ReportTextTest.metrics(1_702, 1_650, salesCents, 13_437, 4_511),
        p.daily(),
        p.card(),
        p.shipping(),
        p.returns(),
        p.notes(),
        p.previousTotal(),
        p.previousDaily(),
        p.actions(),
        p.messages(),
        currency,
        null);
  }

  private static List<PngReport.Drawn> salesTile(HtmlReport page) {
    PngReport png = new PngReport(page, PngReport.installedFonts());
    png.draw();
    List<PngReport.Drawn> drawn = png.drawn();
    // the tile's texts follow the page's name of sales: name, figure, unit, change
    int at =
        drawn.indexOf(
            drawn.stream()
                .filter(d -> d.text().equals(page.text(com.shopops.domain.metrics.Metric.SALES)))
                .findFirst()
                .orElseThrow());
    return drawn.subList(at, at + 4);
  }

  @Test
  void aLongCurrencyNameStaysInsideTheSalesTile() {
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      for (long cents : new long[] {6_199_599L, 26_649_103L, 123_456_789_012L}) {
        List<PngReport.Drawn> tile = salesTile(page(lang, cents, "BRL"));
        for (PngReport.Drawn d : tile.subList(1, 3)) { // the figure and its unit
          assertTrue(
              d.x() + d.width() <= PngReport.tileRight(0) - 8,
              lang
                  + " "
                  + cents
                  + ": \""
                  + d.text()
                  + "\" ends at "
                  + (d.x() + d.width())
                  + ", the tile at "
                  + PngReport.tileRight(0));
        }
        String unit = tile.get(2).text();
        assertTrue(
            List.of("Brazilian Real", "巴西雷亚尔", "BRL").contains(unit),
            lang + " " + cents + ": unit " + unit);
        assertTrue(tile.get(2).size() >= 16, "readable: " + tile.get(2));
      }
    }
  }

  @Test
  void theReviewedFiguresKeepTheNameShrunkOrTheCode() {
    // the review's pictures: 61,995.99 Brazilian Real (en), 266,491.03 巴西雷亚尔 (zh)
    List<PngReport.Drawn> en = salesTile(page(Language.EN, 6_199_599L, "BRL"));
    assertEquals("61,995.99", en.get(1).text());
    List<PngReport.Drawn> zh = salesTile(page(Language.ZH, 26_649_103L, "BRL"));
    assertEquals("266,491.03", zh.get(1).text());
    // yuan, short, stays as it was: the figure at 44 px, the unit at 22 px
    List<PngReport.Drawn> cny = salesTile(page(Language.EN, 1_234_567L, "CNY"));
    assertEquals(List.of("12,345.67", "yuan"), List.of(cny.get(1).text(), cny.get(2).text()));
    assertEquals(List.of(44, 22), List.of(cny.get(1).size(), cny.get(2).size()));
  }

  @Test
  void oneSpellingOfTheCurrencyPerPicture() {
    // the review's Olist picture: 192,668.70 BRL beside 150.40 Brazilian Real and a chart titled
    // "Sales (Brazilian Real)"; when one tile needs the code, every tile and the title use it
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      HtmlReport p = page(lang, 19_266_870L, "BRL");
      PngReport png = new PngReport(p, PngReport.installedFonts());
      png.draw();
      List<String> texts = png.texts();
      String name = p.unit(com.shopops.domain.metrics.Metric.SALES);
      assertEquals(
          List.of(),
          texts.stream().filter(t -> t.contains(name)).toList(),
          lang + ": " + name + " drawn beside BRL");
      // sales, net sales, average order value and sales per buyer: four money tiles
      assertEquals(4, texts.stream().filter(t -> t.equals("BRL")).count(), lang + " " + texts);
      String title = p.text(com.shopops.domain.metrics.Metric.SALES) + " (BRL) · ";
      assertTrue(texts.stream().anyMatch(t -> t.startsWith(title)), lang + " " + texts);
    }
    // a picture whose figures all fit with the name keeps the name everywhere
    HtmlReport small = page(Language.EN, 9_999L, "BRL");
    PngReport png = new PngReport(small, PngReport.installedFonts());
    png.draw();
    assertEquals(
        0, png.texts().stream().filter(t -> t.equals("BRL")).count(), png.texts().toString());
    assertTrue(png.texts().contains("Brazilian Real"), png.texts().toString());
    assertTrue(png.texts().stream().anyMatch(t -> t.startsWith("Sales (Brazilian Real) · ")));
  }
}
