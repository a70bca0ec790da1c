package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store scorecard ({@code score}): four capabilities, each 0–100, and an overall score, with
 * the raw figures behind them and a diagnosis.
 *
 * <h2>How it is computed</h2>
 *
 * <ol>
 *   <li>Each present figure gets a sub-score from its {@link Threshold}: 0 at poor, 100 at good,
 *       linear, clamped, one decimal.
 *   <li>A capability score is the weighted average of its present figures' sub-scores: Σ(w·s) / Σw
 *       over present figures only. A missing figure is left out and the others' weights are
 *       re-normalised (a figure's {@code effectiveWeight} shows its real share). A capability with
 *       no present figure is missing.
 *   <li>The overall score is the weighted average of the present capability scores, re-normalised
 *       the same way; null when every figure is missing.
 *   <li>Averages use the rounded sub-scores shown to the reader, so the card can be re-checked by
 *       hand; each average is rounded HALF_UP to one decimal.
 * </ol>
 *
 * <h2>Diagnosis</h2>
 *
 * <ul>
 *   <li>{@link Diagnosis.Kind#WEAKEST}: the {@code weakestCount} lowest sub-scores below 100,
 *       lowest first; ties go to the figure with the larger weight in the overall score (capability
 *       weight × figure weight), then to {@link ScoreFigure} order.
 *   <li>Movers: figures present in both periods whose sub-score changed by at least {@code
 *       moverMinPoints}, largest change first (ties: drops before gains, then {@link ScoreFigure}
 *       order), at most {@code moverCount}. A drop is {@link Diagnosis.Kind#WORSENED} with the
 *       figure's suggestion; a gain is {@link Diagnosis.Kind#IMPROVED}. Movers are measured in
 *       sub-score points so that hours, ratings and rates compare on one scale, and "worse" always
 *       means worse whichever way the raw figure runs.
 * </ul>
 *
 * @param overall 0–100 (scale 1), or null when nothing could be measured.
 * @param previousOverall the overall score of the previous period computed the same way, or null.
 * @param capabilities the four capabilities in {@link Capability} order.
 * @param missing the figures that could not be computed (left out of the averages).
 * @param weightsRenormalised true when a missing figure or capability had a positive weight, so the
 *     remaining weights were scaled up to fill its share.
 * @param diagnosis weakest figures first, then movers.
 * @param notes plain-English notes for the reader (missing figures, re-normalisation, no previous
 *     period).
 */
public record Scorecard(
    BigDecimal overall,
    BigDecimal previousOverall,
    List<CapabilityScore> capabilities,
    List<ScoreFigure> missing,
    boolean weightsRenormalised,
    List<Diagnosis> diagnosis,
    List<String> notes) {

  private static final int WEIGHT_SCALE = 4;

  public Scorecard {
    capabilities = List.copyOf(capabilities);
    missing = List.copyOf(missing);
    diagnosis = List.copyOf(diagnosis);
    notes = List.copyOf(notes);
  }

  /** A copy with {@code more} notes after these (what the measures say about their figures). */
  public Scorecard withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Scorecard(
        overall, previousOverall, capabilities, missing, weightsRenormalised, diagnosis, all);
  }

  /** The score of {@code c}. */
  public CapabilityScore capability(Capability c) {
    return capabilities.get(c.ordinal());
  }

  /** The figure {@code f} with its sub-score. */
  public FigureScore figure(ScoreFigure f) {
    for (FigureScore fs : capability(f.capability()).figures()) {
      if (fs.figure() == f) {
        return fs;
      }
    }
    throw new IllegalStateException("figure not on the card: " + f);
  }

  /**
   * Scores {@code current} against {@code policy}; {@code previous} (may be null or {@link
   * ScoreInputs#none()}) supplies the previous period for movers and changes.
   */
  public static Scorecard compute(ScoreInputs current, ScoreInputs previous, ScorePolicy policy) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(policy, "policy");
    ScoreInputs prev = previous == null ? ScoreInputs.none() : previous;

    Map<ScoreFigure, BigDecimal> scores = subScores(current, policy);
    Map<ScoreFigure, BigDecimal> prevScores = subScores(prev, policy);

    List<CapabilityScore> caps = new ArrayList<>();
    Map<Capability, BigDecimal> capScores = new EnumMap<>(Capability.class);
    Map<Capability, BigDecimal> prevCapScores = new EnumMap<>(Capability.class);
    List<ScoreFigure> missing = new ArrayList<>();
    boolean renormalised = false;

    for (Capability c : Capability.values()) {
      List<ScoreFigure> figs = figuresOf(c);
      BigDecimal capScore = weightedAverage(figs, scores, policy::weight);
      BigDecimal prevCapScore = weightedAverage(figs, prevScores, policy::weight);
      BigDecimal presentWeight = presentWeight(figs, scores, policy::weight);
      List<FigureScore> rows = new ArrayList<>();
      for (ScoreFigure f : figs) {
        BigDecimal s = scores.get(f);
        BigDecimal ps = prevScores.get(f);
        if (s == null) {
          missing.add(f);
          renormalised |= policy.weight(f).signum() > 0;
        }
        BigDecimal eff =
            s == null || presentWeight.signum() == 0
                ? null
                : policy.weight(f).divide(presentWeight, WEIGHT_SCALE, RoundingMode.HALF_UP);
        rows.add(
            new FigureScore(
                f,
                current.value(f),
                s,
                policy.threshold(f),
                policy.weight(f),
                eff,
                prev.value(f),
                ps,
                s != null && ps != null ? s.subtract(ps) : null,
                Comparison.of(current.value(f), prev.value(f))));
      }
      if (capScore != null) {
        capScores.put(c, capScore);
      } else {
        renormalised |= policy.weight(c).signum() > 0;
      }
      if (prevCapScore != null) {
        prevCapScores.put(c, prevCapScore);
      }
      caps.add(new CapabilityScore(c, capScore, policy.weight(c), null, prevCapScore, rows));
    }

    List<Capability> all = List.of(Capability.values());
    BigDecimal overall = weightedAverage(all, capScores, policy::weight);
    BigDecimal prevOverall = weightedAverage(all, prevCapScores, policy::weight);
    BigDecimal capPresentWeight = presentWeight(all, capScores, policy::weight);
    List<CapabilityScore> withShares = new ArrayList<>();
    for (CapabilityScore cs : caps) {
      BigDecimal eff =
          cs.score() == null || capPresentWeight.signum() == 0
              ? null
              : cs.weight().divide(capPresentWeight, WEIGHT_SCALE, RoundingMode.HALF_UP);
      withShares.add(
          new CapabilityScore(
              cs.capability(), cs.score(), cs.weight(), eff, cs.previousScore(), cs.figures()));
    }

    List<Diagnosis> diagnosis = new ArrayList<>();
    diagnosis.addAll(weakest(current, scores, policy));
    diagnosis.addAll(movers(current, prev, scores, prevScores, policy));

    List<String> notes = new ArrayList<>();
    if (!missing.isEmpty()) {
      notes.add(
          "Missing (not enough data, left out of the score): "
              + String.join(", ", missing.stream().map(ScoreFigure::key).toList())
              + ".");
    }
    if (renormalised) {
      notes.add("Weights were re-normalised over the figures that could be computed.");
    }
    int scored = ScoreFigure.values().length - missing.size();
    if (overall != null && minority(scored)) {
      notes.add(
          "The overall score rests on "
              + scored
              + " of "
              + ScoreFigure.values().length
              + " figures only: a partial view until more data is imported.");
    }
    if (overall == null) {
      notes.add(
          "No figure could be computed: import products, orders, shipments, returns or reviews first.");
    }
    if (prevScores.isEmpty()) {
      notes.add("No figures for the previous period: movers are not shown.");
    }
    return new Scorecard(overall, prevOverall, withShares, missing, renormalised, diagnosis, notes);
  }

  /** How many figures have a score: the overall score rests on these. */
  public int figuresScored() {
    return ScoreFigure.values().length - missing.size();
  }

  /**
   * Whether the overall score rests on fewer than half of the figures: then it is shown with how
   * many ("100.0 (1 of 12 figures)"), never bare, and a note says it is a partial view.
   */
  public boolean overallFromMinority() {
    return overall != null && minority(figuresScored());
  }

  private static boolean minority(int scored) {
    return 2 * scored < ScoreFigure.values().length;
  }

  /** {@link #compute(ScoreInputs, ScoreInputs, ScorePolicy)} with the default policy. */
  public static Scorecard compute(ScoreInputs current, ScoreInputs previous) {
    return compute(current, previous, ScorePolicy.defaults());
  }

  private static Map<ScoreFigure, BigDecimal> subScores(ScoreInputs in, ScorePolicy policy) {
    Map<ScoreFigure, BigDecimal> out = new EnumMap<>(ScoreFigure.class);
    for (ScoreFigure f : ScoreFigure.values()) {
      BigDecimal v = in.value(f);
      if (v != null) {
        out.put(f, policy.threshold(f).score(v));
      }
    }
    return out;
  }

  private static List<ScoreFigure> figuresOf(Capability c) {
    List<ScoreFigure> out = new ArrayList<>();
    for (ScoreFigure f : ScoreFigure.values()) {
      if (f.capability() == c) {
        out.add(f);
      }
    }
    return out;
  }

  private interface Weights<K> {
    BigDecimal of(K key);
  }

  private static <K> BigDecimal presentWeight(
      List<K> keys, Map<K, BigDecimal> scores, Weights<K> w) {
    BigDecimal sum = BigDecimal.ZERO;
    for (K k : keys) {
      if (scores.get(k) != null) {
        sum = sum.add(w.of(k));
      }
    }
    return sum;
  }

  /** Σ(w·s)/Σw over keys with a score; null when none has a score or their weights are all 0. */
  private static <K> BigDecimal weightedAverage(
      List<K> keys, Map<K, BigDecimal> scores, Weights<K> w) {
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (K k : keys) {
      BigDecimal s = scores.get(k);
      if (s != null) {
        num = num.add(w.of(k).multiply(s));
        den = den.add(w.of(k));
      }
    }
    if (den.signum() == 0) {
      return null;
    }
    return num.divide(den, Threshold.SCORE_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal overallWeight(ScoreFigure f, ScorePolicy p) {
    return p.weight(f.capability()).multiply(p.weight(f));
  }

  private static List<Diagnosis> weakest(
      ScoreInputs current, Map<ScoreFigure, BigDecimal> scores, ScorePolicy policy) {
    Comparator<ScoreFigure> order =
        Comparator.<ScoreFigure, BigDecimal>comparing(scores::get)
            .thenComparing((ScoreFigure f) -> overallWeight(f, policy), Comparator.reverseOrder())
            .thenComparing(Enum::ordinal);
    return scores.keySet().stream()
        .filter(f -> scores.get(f).compareTo(Threshold.MAX) < 0)
        .sorted(order)
        .limit(policy.weakestCount())
        .map(
            f ->
                new Diagnosis(
                    Diagnosis.Kind.WEAKEST,
                    f,
                    current.value(f),
                    scores.get(f),
                    null,
                    null,
                    f.suggestion()))
        .toList();
  }

  private static List<Diagnosis> movers(
      ScoreInputs current,
      ScoreInputs prev,
      Map<ScoreFigure, BigDecimal> scores,
      Map<ScoreFigure, BigDecimal> prevScores,
      ScorePolicy policy) {
    Map<ScoreFigure, BigDecimal> change = new EnumMap<>(ScoreFigure.class);
    for (ScoreFigure f : scores.keySet()) {
      BigDecimal ps = prevScores.get(f);
      if (ps != null) {
        BigDecimal d = scores.get(f).subtract(ps);
        if (d.signum() != 0 && d.abs().compareTo(policy.moverMinPoints()) >= 0) {
          change.put(f, d);
        }
      }
    }
    Comparator<ScoreFigure> order =
        Comparator.<ScoreFigure, BigDecimal>comparing(
                f -> change.get(f).abs(), Comparator.reverseOrder())
            .thenComparing(f -> change.get(f).signum())
            .thenComparing(Enum::ordinal);
    return change.keySet().stream()
        .sorted(order)
        .limit(policy.moverCount())
        .map(
            f -> {
              boolean worse = change.get(f).signum() < 0;
              return new Diagnosis(
                  worse ? Diagnosis.Kind.WORSENED : Diagnosis.Kind.IMPROVED,
                  f,
                  current.value(f),
                  scores.get(f),
                  prev.value(f),
                  change.get(f),
                  worse ? f.suggestion() : Diagnosis.KEEP_IT_UP);
            })
        .toList();
  }
}
