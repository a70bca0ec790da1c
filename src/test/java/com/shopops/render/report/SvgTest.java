package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTest {
  @Test
  void everyTextIsEscaped() {
    String svg =
        new Svg(100, 50, "a \"label\" <b>")
            .text(1, 2, "<script>alert('x')</script> & co", "end")
            .line(0, 1.25, 10, 1.25, "#ccc")
            .path("", "#000", false)
            .path("M 1.0 2.0 L 3.0 4.0", "#d9480f", true)
            .finish();
    assertEquals(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" role=\"img\""
            + " aria-label=\"a &quot;label&quot; &lt;b&gt;\">"
            + "<text x=\"1.0\" y=\"2.0\" font-size=\"11\" fill=\"#666\" text-anchor=\"end\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</text>"
            + "<line x1=\"0.0\" y1=\"1.3\" x2=\"10.0\" y2=\"1.3\" stroke=\"#ccc\"/>"
            + "<path d=\"M 1.0 2.0 L 3.0 4.0\" fill=\"none\" stroke=\"#d9480f\" stroke-width=\"2\""
            + " stroke-dasharray=\"5 4\"/></svg>\n",
        svg);
  }

  @Test
  void gridlinesEndOnRoundNumbers() {
    assertEquals(1, HtmlReport.niceCeiling(0));
    assertEquals(250, HtmlReport.niceCeiling(201));
    assertEquals(0.05, HtmlReport.niceCeiling(0.0412), 1e-12);
    assertEquals(100_000, HtmlReport.niceCeiling(61_234));
    assertEquals(20, HtmlReport.niceCeiling(20));
  }
}
