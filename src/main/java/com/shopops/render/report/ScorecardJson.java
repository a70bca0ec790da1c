package com.shopops.render.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.shopops.domain.metrics.CapabilityScore;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.FigureScore;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.render.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole scorecard as one JSON object ({@code score --format json}), for scripts: periods,
 * overall score, each capability with its figures (value, sub-score, thresholds, weights, the
 * previous period) and the diagnosis. Numbers are JSON numbers written exactly; missing is null.
 */
public final class ScorecardJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private ScorecardJson() {}

  public static void write(Scorecard card, DateRange period, DateRange previous, Writer out)
      throws IOException {
    // indented as every other command's JSON ("key": value), not Jackson's "key" : value (L18)
    JSON.writer(JsonRenderer.prettyPrinter()).writeValue(out, tree(card, period, previous));
    out.write('\n');
  }

  /** {@code {"from": …, "to": …}} in that order (Map.of's order changes from run to run). */
  private static Map<String, Object> dates(DateRange r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", r.from().toString());
    m.put("to", r.to().toString());
    return m;
  }

  static Map<String, Object> tree(Scorecard card, DateRange period, DateRange previous) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", dates(period));
    m.put("previous_period", dates(previous));
    m.put("overall", card.overall());
    m.put("previous_overall", card.previousOverall());
    List<Object> caps = new ArrayList<>();
    for (CapabilityScore c : card.capabilities()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("capability", c.capability().key());
      cm.put("label", c.capability().label());
      cm.put("score", c.score());
      cm.put("previous_score", c.previousScore());
      cm.put("weight", c.weight());
      cm.put("effective_weight", c.effectiveWeight());
      List<Object> figs = new ArrayList<>();
      for (FigureScore f : c.figures()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("figure", f.figure().key());
        fm.put("label", f.figure().label());
        fm.put("unit", f.figure().unit().name().toLowerCase());
        fm.put("value", f.value());
        fm.put("score", f.score());
        fm.put("poor", f.threshold().poor());
        fm.put("good", f.threshold().good());
        fm.put("weight", f.weight());
        fm.put("effective_weight", f.effectiveWeight());
        fm.put("previous_value", f.previousValue());
        fm.put("previous_score", f.previousScore());
        fm.put("score_change", f.scoreChange());
        fm.put("direction", f.valueChange().direction().code()); // up|down|flat, null
        figs.add(fm);
      }
      cm.put("figures", figs);
      caps.add(cm);
    }
    m.put("capabilities", caps);
    m.put("missing", card.missing().stream().map(f -> f.key()).toList());
    m.put("weights_renormalised", card.weightsRenormalised());
    List<Object> diag = new ArrayList<>();
    for (Diagnosis d : card.diagnosis()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("kind", d.kind().name().toLowerCase());
      dm.put("figure", d.figure().key());
      dm.put("capability", d.figure().capability().key());
      dm.put("value", d.value());
      dm.put("score", d.score());
      dm.put("previous_value", d.previousValue());
      dm.put("score_change", d.scoreChange());
      dm.put("suggestion", d.suggestion());
      diag.add(dm);
    }
    m.put("diagnosis", diag);
    m.put("notes", card.notes());
    return m;
  }
}
