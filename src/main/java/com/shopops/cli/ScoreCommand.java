package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.metrics.CapabilityScore;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.FigureScore;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.ScoreInputs;
import com.shopops.domain.metrics.ScorePolicy;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.config.Config;
import com.shopops.config.ScoreConfig;
import com.shopops.render.report.ScorecardJson;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ScoreQueries;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "score",
    description = {
      "The store scorecard: pre-sale (product info, stock), in-sale (ship speed, on-time",
      "shipping and delivery), after-sale (return handling, refunds on time) and customer",
      "relationship (ratings, repeat purchase, complaints), each 0–100 from its raw figures,",
      "with thresholds and weights from `config show score.*`, an overall score and a diagnosis",
      "(the weakest figures and the biggest movers against the previous period, each with a",
      "suggestion). Figures without data are left out and the weights re-normalised."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops score",
      "  shopops score --from 2026-11-01 --to 2026-11-19 --format json",
      "  shopops config set score.weight.in_sale 0.4"
    })
final class ScoreCommand extends BaseCommand {
  @Option(names = "--from", paramLabel = "DATE",
      description = "First day (default: score.days (30) days before --to).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: yesterday).")
  String to;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Config config = ConfigCommand.load(store);
      ScorePolicy policy;
      try {
        policy = ScoreConfig.policy(config);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.BAD_INPUT, "score configuration: " + e.getMessage(),
            "see `shopops config show`; `shopops config unset KEY` restores a default");
      }
      LocalDate t = to == null ? asOf(zone).atZone(zone).toLocalDate().minusDays(1)
          : date("--to", to);
      DateRange period = MetricsCommand.range(
          from == null ? t.minusDays(ScoreConfig.days(config) - 1L).toString() : from,
          t.toString(), t, Granularity.DAY);
      DateRange previous = period.previous();
      ScoreQueries q = new ScoreQueries(store);
      ScoreInputs now = q.measure(period, true);
      ScoreInputs before = q.measure(previous, true);
      Scorecard card = Scorecard.compute(now, before, policy);
      if (output.format != null && output.format.equalsIgnoreCase("json")) {
        writeJson(card, period, previous, zone);
        return ExitCodes.OK;
      }
      Table t1 = card(card);
      t1.addNote(period + " against " + previous + "; product figures are the catalogue as"
          + " imported now, in both periods");
      boolean table = MetricsCommand.tableOutput(this, output);
      if (!table) {
        for (Diagnosis d : card.diagnosis()) {
          t1.addNote(line(d));
        }
      }
      for (String n : card.notes()) {
        t1.addNote(n);
      }
      render(t1, output, zone);
      if (table && !card.diagnosis().isEmpty()) {
        ctx().out().println();
        render(diagnosis(card), output, zone);
      }
    }
    return ExitCodes.OK;
  }

  private void writeJson(Scorecard card, DateRange period, DateRange previous, ZoneId zone) {
    try {
      if (output.out == null) {
        ScorecardJson.write(card, period, previous, ctx().out());
        ctx().out().flush();
      } else {
        writeAtomically(output.out, output.force,
            w -> ScorecardJson.write(card, period, previous, w));
        info("Wrote the scorecard to " + output.out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row per capability (figure empty) followed by its figures; the overall score first. */
  static Table card(Scorecard card) {
    Table t = new Table(Column.text("capability"), Column.text("figure"), Column.decimal("value"),
        Column.decimal("score"), Column.decimal("previous_value"),
        Column.decimal("previous_score"), Column.decimal("poor"), Column.decimal("good"),
        Column.decimal("weight"), Column.text("direction"));
    t.addRow("overall", null, null, card.overall(), null, card.previousOverall(), null, null,
        null, "");
    for (CapabilityScore c : card.capabilities()) {
      t.addRow(c.capability().key(), null, null, c.score(), null, c.previousScore(), null, null,
          c.weight(), "");
      for (FigureScore f : c.figures()) {
        t.addRow(c.capability().key(), f.figure().key(), f.value(), f.score(), f.previousValue(),
            f.previousScore(), f.threshold().poor(), f.threshold().good(), f.weight(),
            f.valueChange().arrow());
      }
    }
    return t;
  }

  static Table diagnosis(Scorecard card) {
    Table t = new Table(Column.text("diagnosis"), Column.text("figure"), Column.decimal("value"),
        Column.decimal("score"), Column.decimal("score_change"), Column.text("suggestion"));
    for (Diagnosis d : card.diagnosis()) {
      t.addRow(d.kind().name().toLowerCase(), d.figure().key(), d.value(), d.score(),
          d.scoreChange(), d.suggestion());
    }
    return t;
  }

  static String line(Diagnosis d) {
    return d.kind().name().toLowerCase() + ": " + d.figure().key() + " = "
        + (d.value() == null ? "" : d.value().toPlainString()) + " (score "
        + d.score().toPlainString()
        + (d.scoreChange() == null ? "" : ", " + signed(d.scoreChange()) + " points") + "): "
        + d.suggestion();
  }

  private static String signed(java.math.BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
