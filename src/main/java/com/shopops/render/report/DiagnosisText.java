package com.shopops.render.report;

import com.shopops.domain.lists.Language;
import com.shopops.domain.metrics.Capability;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.render.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's diagnosis as sentences in the reader's language, each figure named once: a figure
 * that is among the lowest scores and also moved gets one sentence saying both ("still among the
 * lowest … but improved"), the figures that only improved share one sentence, and the advice names
 * commands as {@code shopops …} (no Markdown backticks: {@link #commands} marks them for the page).
 */
final class DiagnosisText {
  private DiagnosisText() {}

  /** A command in a sentence, between these two characters (the page turns them into code). */
  static final char CODE_START = '\u0002';

  static final char CODE_END = '\u0003';

  /** The sentences, in the diagnosis order of each figure's first line; improvers last. */
  static List<String> sentences(List<Diagnosis> diagnosis, Messages m) {
    Map<ScoreFigure, List<Diagnosis>> byFigure = new LinkedHashMap<>();
    for (Diagnosis d : diagnosis) {
      byFigure.computeIfAbsent(d.figure(), f -> new ArrayList<>()).add(d);
    }
    List<String> out = new ArrayList<>();
    List<String> improvers = new ArrayList<>();
    for (Map.Entry<ScoreFigure, List<Diagnosis>> e : byFigure.entrySet()) {
      ScoreFigure f = e.getKey();
      Diagnosis weakest = null;
      Diagnosis mover = null;
      for (Diagnosis d : e.getValue()) {
        if (d.kind() == Diagnosis.Kind.WEAKEST) {
          weakest = d;
        } else if (mover == null) {
          mover = d;
        }
      }
      Diagnosis any = weakest != null ? weakest : mover;
      String name = figureName(f, m);
      String now = value(f, any.value(), m);
      String score = plain(any.score());
      boolean improved = mover != null && mover.kind() == Diagnosis.Kind.IMPROVED;
      if (mover == null) {
        out.add(
            m.get("report.diag.weakest", name, now, score)
                + m.get("report.diag.join")
                + advice(f, m));
        continue;
      }
      String before = value(f, mover.previousValue(), m);
      String points = points(mover.scoreChange());
      if (improved && weakest == null) {
        improvers.add(m.get("report.diag.improver", name, before, now, score, points));
      } else if (improved) {
        out.add(
            m.get("report.diag.weakest_improved", name, before, now, score, points)
                + m.get("report.diag.join")
                + advice(f, m));
      } else {
        out.add(
            m.get(
                    weakest == null ? "report.diag.worsened" : "report.diag.weakest_worsened",
                    name,
                    before,
                    now,
                    score,
                    points)
                + m.get("report.diag.join")
                + advice(f, m));
      }
    }
    if (!improvers.isEmpty()) {
      out.add(
          m.get("report.diag.improved", String.join(m.get("report.diag.separator"), improvers)));
    }
    return out;
  }

  /** The figure's name in the reader's language. */
  static String figureName(ScoreFigure f, Messages m) {
    return m.language() == Language.EN ? f.label() : m.value("figure", f.key());
  }

  /** The capability's name in the reader's language. */
  static String capabilityName(Capability c, Messages m) {
    return m.language() == Language.EN ? c.label() : m.value("capability", c.key());
  }

  /**
   * The figure's advice: the figure's own (English, with the Chinese term) or the zh bundle's, its
   * {@code `command`} marked as {@code shopops command} between {@link #CODE_START} and {@link
   * #CODE_END}.
   */
  static String advice(ScoreFigure f, Messages m) {
    String text = m.language() == Language.EN ? f.suggestion() : m.value("advice", f.key());
    StringBuilder sb = new StringBuilder(text.length() + 16);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        sb.append(open ? String.valueOf(CODE_END) : CODE_START + "shopops ");
        open = !open;
      } else {
        sb.append(c);
      }
    }
    if (open) {
      sb.append(CODE_END);
    }
    return sb.toString();
  }

  /** The sentence as plain text: commands as they are typed. */
  static String plainText(String sentence) {
    return sentence.replace(String.valueOf(CODE_START), "").replace(String.valueOf(CODE_END), "");
  }

  /** The sentence as HTML: escaped, commands in {@code <code>}. */
  static String html(String sentence) {
    return HtmlReport.esc(sentence)
        .replace(String.valueOf(CODE_START), "<code>")
        .replace(String.valueOf(CODE_END), "</code>");
  }

  /** A raw figure as the reader reads it: a fraction as a percentage, hours with their unit. */
  static String value(ScoreFigure f, BigDecimal v, Messages m) {
    if (v == null) {
      return "–";
    }
    return switch (f.unit()) {
      case FRACTION -> v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
      case HOURS -> m.get("report.diag.hours", v.toPlainString());
      case RATING -> v.toPlainString();
    };
  }

  private static String points(BigDecimal change) {
    if (change == null) {
      return "–";
    }
    return (change.signum() < 0 ? "−" : "+") + change.abs().toPlainString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
  }
}
