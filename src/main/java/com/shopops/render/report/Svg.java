package com.shopops.render.report;

import java.util.Locale;

/**
 * A tiny SVG builder: every text and attribute value passes through {@link HtmlReport#esc}, so a
 * chart never concatenates user text unescaped. Coordinates are numbers, formatted here.
 */
final class Svg {
  private final StringBuilder sb = new StringBuilder(2048);

  Svg(int width, int height, String label) {
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(HtmlReport.esc(label))
        .append("\">");
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    sb.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(HtmlReport.esc(stroke))
        .append("\"/>");
    return this;
  }

  Svg text(double x, double y, String text, String anchor) {
    sb.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" font-size=\"11\" fill=\"#666\" text-anchor=\"")
        .append(HtmlReport.esc(anchor))
        .append("\">")
        .append(HtmlReport.esc(text))
        .append("</text>");
    return this;
  }

  /** A polyline from "M x y L x y …" (empty: nothing drawn); dashed for the previous period. */
  Svg path(String d, String stroke, boolean dashed) {
    if (d.isEmpty()) {
      return this;
    }
    sb.append("<path d=\"")
        .append(HtmlReport.esc(d))
        .append("\" fill=\"none\" stroke=\"")
        .append(HtmlReport.esc(stroke))
        .append("\" stroke-width=\"2\"")
        .append(dashed ? " stroke-dasharray=\"5 4\"" : "")
        .append("/>");
    return this;
  }

  String finish() {
    return sb.append("</svg>\n").toString();
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
