package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.metrics.ScoreQuery;
import com.shopops.app.metrics.ScoreResult;
import com.shopops.app.metrics.ScoreService;
import com.shopops.domain.metrics.CapabilityScore;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.FigureScore;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.render.Column;
import com.shopops.render.OutputFormat;
import com.shopops.render.Shown;
import com.shopops.render.Table;
import com.shopops.render.report.ScorecardJson;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "score",
    description = {
      "The store scorecard: each area 0–100, with a diagnosis.",
      "The store scorecard: pre-sale (product info, stock), in-sale (ship speed, on-time "
          + "shipping and delivery), after-sale (return handling, refunds on time) and customer "
          + "relationship (ratings, repeat purchase, complaints), each 0–100 from its raw figures, "
          + "with thresholds and weights from `config show score.*`, an overall score and a "
          + "diagnosis (the weakest figures and the biggest movers against the previous period, "
          + "each with a suggestion). Figures without data are left out and the weights "
          + "re-normalised.",
      "Default period: score.days (30) days up to --to (default: yesterday)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops score",
      "  shopops score --from 2026-11-01 --to 2026-11-19 --format json",
      "  shopops config set score.weight.in_sale 0.4"
    })
final class ScoreCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    period.check();
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ScoreResult r =
          new ScoreService(store, Rules.of(store))
              .score(new ScoreQuery(period.from(), period.to(), asOf(zone)));
      OutputFormat format = format(output);
      if (format == OutputFormat.JSON) {
        writeJson(r);
        return ExitCodes.OK;
      }
      Scorecard card = r.card();
      Table t1 = card(card, format == OutputFormat.TABLE);
      t1.addNote(
          r.period()
              + " against "
              + r.previous()
              + "; product figures are the catalogue"
              + " as imported now, in both periods");
      boolean table = format == OutputFormat.TABLE;
      if (!table) {
        for (Diagnosis d : card.diagnosis()) {
          t1.addNote(line(d, messages()));
        }
      }
      for (String n : card.notes()) {
        t1.addNote(n);
      }
      render(t1, output, zone);
      if (table && !card.diagnosis().isEmpty()) {
        ctx().out().println();
        render(diagnosis(card, messages()), output, zone);
      }
    }
    return ExitCodes.OK;
  }

  private void writeJson(ScoreResult r) {
    try {
      if (output.out == null) {
        ScorecardJson.write(r.card(), r.period(), r.previous(), ctx().out());
        flushStdout();
      } else {
        writeAtomically(
            output.out,
            output.force,
            w -> ScorecardJson.write(r.card(), r.period(), r.previous(), w));
        info(messages().get("note.wrote", messages().get("note.scorecard"), output.out));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row per capability (figure empty) followed by its figures; the overall score first. */
  static Table card(Scorecard card, boolean arrows) {
    Table t =
        new Table(
            Column.text("capability"),
            Column.text("figure"),
            Column.decimal("value"),
            Column.decimal("score"),
            Column.decimal("previous_value"),
            Column.decimal("previous_score"),
            Column.decimal("poor"),
            Column.decimal("good"),
            Column.decimal("weight"),
            Column.text("direction"));
    // what fits 80 columns; --wide or csv/json give every column (thresholds, weights, trend)
    t.defaultColumns("capability", "figure", "value", "score", "previous_value");
    String of = // a score from a minority of the figures says so
        card.overallFromMinority()
            ? card.figuresScored() + " of " + ScoreFigure.values().length + " figures"
            : null;
    t.addRow(
        "overall", of, null, card.overall(), null, card.previousOverall(), null, null, null, null);
    for (CapabilityScore c : card.capabilities()) {
      t.addRow(
          c.capability().key(),
          null,
          null,
          c.score(),
          null,
          c.previousScore(),
          null,
          null,
          c.weight(),
          null);
      for (FigureScore f : c.figures()) {
        t.addRow(
            c.capability().key(),
            f.figure().key(),
            f.value(),
            f.score(),
            f.previousValue(),
            f.previousScore(),
            f.threshold().poor(),
            f.threshold().good(),
            f.weight(),
            // the terminal shows the arrow; csv/tsv/xlsx the code (up|down|flat, or null)
            arrows ? f.valueChange().arrow() : f.valueChange().direction().code());
        if (f.figure().unit() == ScoreFigure.Unit.FRACTION) { // a rate reads as % (review16 Q15)
          t.shown("value", Shown.PERCENT)
              .shown("previous_value", Shown.PERCENT)
              .shown("poor", Shown.PERCENT)
              .shown("good", Shown.PERCENT);
        }
      }
    }
    return t;
  }

  static Table diagnosis(Scorecard card, com.shopops.render.Messages m) {
    Table t =
        new Table(
            Column.text("diagnosis"),
            Column.text("figure"),
            Column.decimal("value"),
            Column.decimal("score"),
            Column.decimal("score_change"),
            Column.text("suggestion"));
    for (Diagnosis d : card.diagnosis()) {
      t.addRow(
          d.kind().name().toLowerCase(),
          d.figure().key(),
          d.value(),
          d.score(),
          d.scoreChange(),
          suggestion(d, m));
      if (d.figure().unit() == ScoreFigure.Unit.FRACTION) {
        t.shown("value", Shown.PERCENT);
      }
    }
    return t;
  }

  /** The advice in the language of the table: English as the scorecard words it. */
  private static String suggestion(Diagnosis d, com.shopops.render.Messages m) {
    if (m.language() == com.shopops.domain.lists.Language.EN) {
      return d.suggestion();
    }
    return d.kind() == Diagnosis.Kind.IMPROVED
        ? m.get("note.score_keep_it_up")
        : m.value("advice", d.figure().key());
  }

  /** A diagnosis as a note (csv, tsv, json on stdout): in the language, advice included. */
  static String line(Diagnosis d, com.shopops.render.Messages m) {
    String kind = d.kind().name().toLowerCase(java.util.Locale.ROOT);
    String value = d.value() == null ? "" : d.value().toPlainString();
    Object[] parts = {
      m.value("diagnosis", kind),
      m.value("figure", d.figure().key()),
      value,
      d.score().toPlainString(),
      d.scoreChange() == null ? null : signed(d.scoreChange()),
      suggestion(d, m)
    };
    return m.get(d.scoreChange() == null ? "note.score_line" : "note.score_line_change", parts);
  }

  private static String signed(java.math.BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
