package com.shopops.render.report;

import com.shopops.domain.lists.Masking;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.MetricsRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The morning summary as one PNG for a chat group ({@code report --png}): the title and period, six
 * key figures with their change, one trend (sales, or the first charted figure that has values)
 * with the previous period dashed, and today's action lists with their counts and first items.
 * Drawn with Java2D (headless), in the page's language; the font is the first installed one that
 * can show every text of the picture ({@link #FONTS}, then any), so Chinese needs a CJK font such
 * as Debian's fonts-noto-cjk. Mobile numbers are masked as on the page.
 */
public final class PngReport {
  /** The picture's width in pixels: a phone screen at 2×–3×. */
  public static final int WIDTH = 1080;

  /** Fonts tried first, in order: CJK fonts of Debian, then the usual Latin ones. */
  static final List<String> FONTS =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "Source Han Sans SC",
          "WenQuanYi Zen Hei",
          "WenQuanYi Micro Hei",
          "Droid Sans Fallback",
          "DejaVu Sans",
          "Liberation Sans",
          "SansSerif");

  static final List<Metric> KPIS =
      List.of(
          Metric.SALES,
          Metric.NET_SALES, // beside sales, for the bookkeeper (review16 Q15)
          Metric.ORDERS,
          Metric.BUYERS,
          Metric.UV,
          Metric.CONVERSION_RATE,
          Metric.AOV,
          Metric.SALES_PER_BUYER, // 客单价, and the repeat rate: three full rows
          Metric.REPEAT_RATE);

  /** The rows of key figures, three a row. */
  private static final int KPI_ROWS = (KPIS.size() + 2) / 3;

  private static final int PAD = 48;
  private static final int ITEMS = 3;
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x77, 0x77, 0x77);
  private static final Color LINE = new Color(0xe5, 0xe5, 0xe5);
  private static final Color ACCENT = new Color(0xd9, 0x48, 0x0f);
  private static final Color GOOD = new Color(0x2b, 0x8a, 0x3e);
  private static final Color BAD = new Color(0xc9, 0x2a, 0x2a);

  private final HtmlReport page;
  private final List<String> texts = new ArrayList<>();
  private final List<Drawn> drawn = new ArrayList<>();
  private final String family;

  /** The currency spelled as its code (BRL) in every tile and title of the last picture. */
  private boolean codes;

  /** No installed font can show the picture's text (e.g. Chinese without a CJK font). */
  public static final class NoFontException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoFontException(String sample) {
      super(sample);
    }
  }

  /**
   * @param page the report as the HTML page has it (figures, actions, language).
   * @param installed the font families to choose from ({@link #installedFonts()}).
   * @throws NoFontException when none can show every text; its message is a text none can show.
   */
  public PngReport(HtmlReport page, List<String> installed) {
    this.page = page;
    this.family = chooseFont(allTexts(), installed);
  }

  /** The font families of this machine (headless). */
  public static List<String> installedFonts() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
  }

  /** The family used. */
  public String font() {
    return family;
  }

  /** Every text drawn by the last {@link #draw()}, in drawing order (for tests). */
  public List<String> texts() {
    return List.copyOf(texts);
  }

  /** A text drawn: where it starts, how wide it is (the font's metrics) and its size. */
  record Drawn(String text, int x, int y, int width, int size) {}

  /** Every text drawn by the last {@link #draw()} with its place (for tests). */
  List<Drawn> drawn() {
    return List.copyOf(drawn);
  }

  /** The x of the left border of key figure tile {@code i} (0–5). */
  static int tileLeft(int i) {
    int gap = 20;
    int w = (WIDTH - 2 * PAD - 2 * gap) / 3;
    return PAD + (i % 3) * (w + gap);
  }

  /** The x of the right border of key figure tile {@code i} (0–5). */
  static int tileRight(int i) {
    int gap = 20;
    int w = (WIDTH - 2 * PAD - 2 * gap) / 3;
    return tileLeft(i) + w;
  }

  static String chooseFont(List<String> needed, List<String> installed) {
    String all = String.join("", needed);
    List<String> order = new ArrayList<>(FONTS);
    order.retainAll(installed);
    for (String f : installed) {
      if (!order.contains(f)) {
        order.add(f);
      }
    }
    for (String f : order) {
      if (new Font(f, Font.PLAIN, 12).canDisplayUpTo(all) == -1) {
        return f;
      }
    }
    String sample =
        all.codePoints()
            .filter(c -> c > 0x2fff)
            .limit(8)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    throw new NoFontException(
        sample.isEmpty() ? all.substring(0, Math.min(20, all.length())) : sample);
  }

  /** Every text the picture may show, for choosing the font. */
  private List<String> allTexts() {
    List<String> out = new ArrayList<>();
    out.add(page.title());
    out.add(page.period() + " " + page.text("as_of") + " " + page.asOf());
    out.add(page.emptyText());
    out.add(page.text("actions"));
    out.add(page.text("this_period") + page.text("previous_period"));
    for (Metric m : KPIS) {
      out.add(page.text(m) + page.change(m)[0] + page.unit(m));
    }
    for (ActionTable a : page.actions()) {
      out.add(a.title());
      for (List<String> r : a.rows()) {
        out.add(String.join(" ", r));
      }
      out.add(more(a) == null ? "" : more(a));
    }
    out.add(page.messages().get("report.notes"));
    out.addAll(page.notes());
    out.add("0123456789.,%+−–±");
    return out;
  }

  public void write(OutputStream out) throws IOException {
    ImageIO.write(draw(), "png", out);
  }

  /** The picture. */
  public BufferedImage draw() {
    texts.clear();
    drawn.clear();
    boolean empty = page.empty();
    int height = empty ? 320 : height();
    BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      int y = PAD + 40;
      text(g, page.title(), PAD, y, 44, true, INK);
      y += 44;
      text(g, page.text("as_of") + " " + page.asOf(), PAD, y, 24, false, MUTED);
      y += 48;
      if (empty) {
        text(g, page.emptyText(), PAD, y + 20, 24, true, INK);
        return img;
      }
      codes = needsCode(g);
      y = kpis(g, y);
      y = trend(g, y + 24);
      y = actions(g, y + 24);
      y = notes(g, y + 24);
      // the layout's estimate is generous: cut the picture below its last line
      BufferedImage cut = new BufferedImage(WIDTH, Math.min(height, y + PAD), img.getType());
      cut.getGraphics().drawImage(img, 0, 0, null);
      return cut;
    } finally {
      g.dispose();
    }
  }

  private static final int CARD_H = 150;
  private static final int CHART_H = 320;

  private int height() {
    int h = PAD + 40 + 44 + 48; // title, period
    h += KPI_ROWS * (CARD_H + 20); // three cards a row
    h += 24 + 48 + CHART_H + 40; // the trend
    h += 24 + 56; // the actions heading
    for (ActionTable a : page.actions()) {
      h += 52 + 36 * Math.min(ITEMS, a.rows().size()) + 8 + (more(a) == null ? 0 : 36);
    }
    if (!page.notes().isEmpty()) {
      h += 24 + 56; // the notes heading
      for (String n : page.notes()) {
        // a line holds at least 40 characters of 20 px (CJK: 49): generous, the picture is cut
        h += 30 * (n.length() / 40 + 1) + 8;
      }
    }
    return h + PAD;
  }

  private static final int NOTE_SIZE = 20;

  /**
   * The notes of the HTML report under the picture, each wrapped to its width: what a card's "not
   * computed (see the notes)" points to (review18 T3), since the picture is what goes to the chat.
   */
  private int notes(Graphics2D g, int top) {
    if (page.notes().isEmpty()) {
      return top;
    }
    int y = top + 36;
    text(g, page.messages().get("report.notes"), PAD, y, 32, true, INK);
    y += 8;
    FontMetrics fm = g.getFontMetrics(new Font(family, Font.PLAIN, NOTE_SIZE));
    int room = WIDTH - 2 * PAD - 24;
    for (String n : page.notes()) {
      boolean first = true;
      for (String line : wrap(Masking.redact(n), fm, room)) {
        y += 30;
        if (first) {
          text(g, "•", PAD, y, NOTE_SIZE, false, MUTED);
        }
        text(g, line, PAD + 24, y, NOTE_SIZE, false, MUTED);
        first = false;
      }
      y += 8;
    }
    return y;
  }

  /**
   * {@code s} in lines no wider than {@code room}: broken at a space where there is one, else
   * anywhere (Chinese).
   */
  static List<String> wrap(String s, FontMetrics fm, int room) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      int end = start;
      int lastSpace = -1;
      while (end < s.length() && fm.stringWidth(s.substring(start, end + 1)) <= room) {
        if (s.charAt(end) == ' ') {
          lastSpace = end;
        }
        end++;
      }
      // at a space near the line's end (English words); Chinese breaks anywhere, not at "1 个"
      if (end < s.length() && lastSpace > start + (end - start) * 3 / 4) {
        end = lastSpace + 1;
      }
      if (end == start) {
        end = start + 1; // one character wider than the room: drawn on its own
      }
      lines.add(s.substring(start, end).strip());
      start = end;
    }
    return lines;
  }

  private int kpis(Graphics2D g, int top) {
    int gap = 20;
    int w = (WIDTH - 2 * PAD - 2 * gap) / 3;
    for (int i = 0; i < KPIS.size(); i++) {
      Metric m = KPIS.get(i);
      int x = PAD + (i % 3) * (w + gap);
      int y = top + (i / 3) * (CARD_H + gap);
      g.setColor(LINE);
      g.setStroke(new BasicStroke(2));
      g.drawRoundRect(x, y, w, CARD_H, 16, 16);
      text(g, page.text(m), x + 20, y + 40, 24, false, MUTED);
      figure(g, m, x + 20, y + 92, x + w - 12);
      String[] change = page.change(m);
      Color tone = change[1].equals("up") ? GOOD : change[1].equals("down") ? BAD : MUTED;
      text(g, change[0], x + 20, y + 130, 20, false, tone);
    }
    return top + KPI_ROWS * (CARD_H + gap);
  }

  /**
   * A key figure and its unit on one line that ends before {@code right} (the tile's inner edge):
   * the unit's name shrunk, else the currency's code (BRL), the figure itself shrunk when even that
   * does not fit. Measured with the font that draws them. When one tile needs the code, every tile
   * and the chart's title use it ({@link #codes}): one spelling of the currency per picture.
   */
  private void figure(Graphics2D g, Metric m, int x, int y, int right) {
    String value = HtmlReport.format(m, page.total().decimal(m));
    Fit f = fit(g, value, units(m, codes), x, right);
    int vw = text(g, value, x, y, f.size(), true, INK);
    if (!f.unit().isEmpty()) {
      text(g, f.unit(), x + 8 + vw, y, f.unitSize(), false, MUTED);
    }
  }

  /** The figure's size, and its unit ("" for none) and the unit's size. */
  private record Fit(int size, String unit, int unitSize) {}

  /**
   * The largest figure that fits with one of {@code units} (tried in order, each shrunk to 16 px);
   * a figure wider than any tile as small as it gets, with the last unit.
   */
  private Fit fit(Graphics2D g, String value, List<String> units, int x, int right) {
    for (int size = 44; size >= 24; size -= 4) {
      int vw = width(g, value, size, true);
      if (x + vw > right) {
        continue;
      }
      if (units.isEmpty()) {
        return new Fit(size, "", 0);
      }
      for (String u : units) {
        for (int us = 22; us >= 16; us -= 2) {
          if (x + 8 + vw + width(g, u, us, false) <= right) {
            return new Fit(size, u, us);
          }
        }
      }
    }
    return new Fit(24, units.isEmpty() ? "" : units.get(units.size() - 1), 16);
  }

  /** The units a key figure may be drawn with: its name then its code, or only the code. */
  private List<String> units(Metric m, boolean codeOnly) {
    String unit = page.unit(m);
    if (unit.isEmpty() || unit.equals("%") || page.total().decimal(m) == null) {
      return List.of();
    }
    return codeOnly ? List.of(page.unitCode(m)) : List.of(unit, page.unitCode(m));
  }

  /** Whether some key figure's unit fits its tile only as the currency's code. */
  private boolean needsCode(Graphics2D g) {
    for (int i = 0; i < KPIS.size(); i++) {
      Metric m = KPIS.get(i);
      List<String> units = units(m, false);
      if (!units.isEmpty()) {
        String value = HtmlReport.format(m, page.total().decimal(m));
        int x = tileLeft(i) + 20;
        if (!fit(g, value, units, x, tileRight(i) - 12).unit().equals(units.get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private int width(Graphics2D g, String s, int size, boolean bold) {
    Font f = new Font(family, bold ? Font.BOLD : Font.PLAIN, size);
    return g.getFontMetrics(f).stringWidth(Masking.redact(s));
  }

  /**
   * Sales by day (or the first charted figure with values; never money in several currencies, see
   * {@link HtmlReport#drawn}), the previous period dashed.
   */
  private int trend(Graphics2D g, int top) {
    Metric m = page.drawn(HtmlReport.CHARTS.get(0)) ? HtmlReport.CHARTS.get(0) : Metric.ORDERS;
    for (Metric c : HtmlReport.CHARTS) {
      if (page.drawn(c) && hasValues(page.daily(), c)) {
        m = c;
        break;
      }
    }
    String unit = codes ? page.unitCode(m) : page.unit(m);
    String caption =
        page.text(m) + (unit.isEmpty() ? "" : " (" + unit + ")") + " · " + page.text("this_period");
    int cw = text(g, caption, PAD, top + 32, 26, true, INK);
    text(g, "- - " + page.text("previous_period"), PAD + cw + 24, top + 32, 20, false, MUTED);
    int y0 = top + 48;
    int left = PAD + 90;
    int right = WIDTH - PAD;
    int plotH = CHART_H - 40;
    List<BigDecimal> now = values(page.daily(), m);
    List<BigDecimal> prev = values(page.previousDaily(), m);
    double max = 0;
    for (List<BigDecimal> s : List.of(now, prev)) {
      for (BigDecimal v : s) {
        if (v != null) {
          max = Math.max(max, v.doubleValue());
        }
      }
    }
    double ceiling = HtmlReport.axisTop(m, max);
    g.setStroke(new BasicStroke(1));
    for (int i = 0; i <= 4; i++) {
      int y = y0 + plotH - plotH * i / 4;
      g.setColor(i == 0 ? MUTED : LINE);
      g.drawLine(left, y, right, y);
      String label = HtmlReport.axisLabel(m, ceiling * i / 4);
      FontMetrics fm = g.getFontMetrics(new Font(family, Font.PLAIN, 18));
      text(g, label, left - 10 - fm.stringWidth(label), y + 6, 18, false, MUTED);
    }
    int n = Math.max(now.size(), prev.size());
    g.setStroke(
        new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {8, 6}, 0));
    g.setColor(MUTED);
    g.draw(line(prev, n, left, right, y0, plotH, ceiling));
    g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(ACCENT);
    g.draw(line(now, n, left, right, y0, plotH, ceiling));
    List<MetricsRow> days = page.daily();
    if (!days.isEmpty()) {
      text(g, days.get(0).dates().from().toString(), left, y0 + plotH + 30, 18, false, MUTED);
      String last = days.get(days.size() - 1).dates().to().toString();
      FontMetrics fm = g.getFontMetrics(new Font(family, Font.PLAIN, 18));
      text(g, last, right - fm.stringWidth(last), y0 + plotH + 30, 18, false, MUTED);
    }
    return y0 + CHART_H;
  }

  private static Path2D line(
      List<BigDecimal> ys, int n, int left, int right, int y0, int plotH, double ceiling) {
    Path2D.Double p = new Path2D.Double();
    boolean pen = false;
    for (int i = 0; i < ys.size(); i++) {
      BigDecimal v = ys.get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      double x = left + (n <= 1 ? 0 : (double) i * (right - left) / (n - 1));
      double y = y0 + plotH - v.doubleValue() / ceiling * plotH;
      if (pen) {
        p.lineTo(x, y);
      } else {
        p.moveTo(x, y);
      }
      pen = true;
    }
    return p;
  }

  private int actions(Graphics2D g, int top) {
    int y = top + 36;
    text(g, page.text("actions"), PAD, y, 32, true, INK);
    y += 20;
    for (ActionTable a : page.actions()) {
      y += 40;
      text(g, a.title(), PAD, y, 24, true, INK);
      String count = Integer.toString(a.total());
      FontMetrics fm = g.getFontMetrics(new Font(family, Font.BOLD, 24));
      int cw = Math.max(44, fm.stringWidth(count) + 24);
      g.setColor(a.total() > 0 ? BAD : LINE);
      g.fillRoundRect(WIDTH - PAD - cw, y - 28, cw, 36, 36, 36);
      text(
          g,
          count,
          WIDTH - PAD - cw / 2 - fm.stringWidth(count) / 2,
          y,
          24,
          true,
          a.total() > 0 ? Color.WHITE : INK);
      for (int i = 0; i < Math.min(ITEMS, a.rows().size()); i++) {
        y += 36;
        List<String> r = a.rows().get(i);
        text(g, r.get(0), PAD + 24, y, 22, false, INK);
        String when = r.get(r.size() - 2) + "  " + r.get(r.size() - 1);
        FontMetrics wm = g.getFontMetrics(new Font(family, Font.PLAIN, 22));
        text(g, when, WIDTH - PAD - wm.stringWidth(when), y, 22, false, MUTED);
      }
      if (more(a) != null) {
        y += 36;
        text(g, more(a), PAD + 24, y, 20, false, MUTED);
      }
      y += 12;
    }
    return y;
  }

  /** "N more: shopops …" when the picture shows fewer items than the list has, else null. */
  private String more(ActionTable a) {
    int hidden = a.total() - Math.min(ITEMS, a.rows().size());
    return hidden <= 0 ? null : page.messages().get("report.action.more", hidden, a.command());
  }

  /** Draws one text (masked) and returns its width. */
  private int text(Graphics2D g, String s, int x, int y, int size, boolean bold, Color c) {
    String shown = Masking.redact(s);
    texts.add(shown);
    Font f = new Font(family, bold ? Font.BOLD : Font.PLAIN, size);
    g.setFont(f);
    g.setColor(c);
    g.drawString(shown, x, y);
    int width = g.getFontMetrics(f).stringWidth(shown);
    drawn.add(new Drawn(shown, x, y, width, size));
    return width;
  }

  private static boolean hasValues(List<MetricsRow> rows, Metric m) {
    return rows.stream().anyMatch(r -> r.metrics().decimal(m) != null);
  }

  private static List<BigDecimal> values(List<MetricsRow> rows, Metric m) {
    List<BigDecimal> out = new ArrayList<>();
    for (MetricsRow r : rows == null ? List.<MetricsRow>of() : rows) {
      out.add(r.metrics().decimal(m));
    }
    return out;
  }
}
