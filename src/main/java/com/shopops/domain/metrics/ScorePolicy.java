package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configured scoring rules: a threshold and a weight per figure, a weight per capability, and
 * the size of the diagnosis lists. {@link #defaults()} holds the documented defaults (see {@link
 * ScoreFigure} and {@link Capability}); change one value with the {@code with…} methods.
 *
 * <p>Weights need not sum to 1: every average divides by the sum of the weights actually used,
 * which is also how a missing figure's weight is re-distributed (re-normalisation). They must be 0
 * or more, and each capability and the whole card need at least one positive weight.
 *
 * @param weakestCount how many of the lowest-scoring figures the diagnosis names (default 3).
 * @param moverCount how many of the biggest movers the diagnosis names (default 3).
 * @param moverMinPoints a figure whose sub-score moved less than this many points is not a mover
 *     (default 5.0).
 */
public record ScorePolicy(
    Map<ScoreFigure, Threshold> thresholds,
    Map<ScoreFigure, BigDecimal> figureWeights,
    Map<Capability, BigDecimal> capabilityWeights,
    int weakestCount,
    int moverCount,
    BigDecimal moverMinPoints) {

  public static final int DEFAULT_WEAKEST_COUNT = 3;
  public static final int DEFAULT_MOVER_COUNT = 3;
  public static final BigDecimal DEFAULT_MOVER_MIN_POINTS = new BigDecimal("5.0");

  public ScorePolicy {
    thresholds = complete(thresholds, ScoreFigure.class, "threshold");
    figureWeights = complete(figureWeights, ScoreFigure.class, "weight");
    capabilityWeights = complete(capabilityWeights, Capability.class, "weight");
    figureWeights.forEach(ScorePolicy::nonNegative);
    capabilityWeights.forEach(ScorePolicy::nonNegative);
    for (Capability c : Capability.values()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ScoreFigure f : ScoreFigure.values()) {
        if (f.capability() == c) {
          sum = sum.add(figureWeights.get(f));
        }
      }
      if (sum.signum() == 0) {
        throw new IllegalArgumentException(
            "the figures of "
                + c.key()
                + " all have weight 0; give at least one a positive weight");
      }
    }
    if (capabilityWeights.values().stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalArgumentException("all capability weights are 0");
    }
    if (weakestCount < 0 || moverCount < 0) {
      throw new IllegalArgumentException("diagnosis list sizes cannot be negative");
    }
    Objects.requireNonNull(moverMinPoints, "moverMinPoints");
    if (moverMinPoints.signum() < 0) {
      throw new IllegalArgumentException("moverMinPoints cannot be negative: " + moverMinPoints);
    }
  }

  /** The documented defaults. */
  public static ScorePolicy defaults() {
    Map<ScoreFigure, Threshold> t = new EnumMap<>(ScoreFigure.class);
    Map<ScoreFigure, BigDecimal> w = new EnumMap<>(ScoreFigure.class);
    for (ScoreFigure f : ScoreFigure.values()) {
      t.put(f, f.defaultThreshold());
      w.put(f, f.defaultWeight());
    }
    Map<Capability, BigDecimal> cw = new EnumMap<>(Capability.class);
    for (Capability c : Capability.values()) {
      cw.put(c, c.defaultWeight());
    }
    return new ScorePolicy(
        t, w, cw, DEFAULT_WEAKEST_COUNT, DEFAULT_MOVER_COUNT, DEFAULT_MOVER_MIN_POINTS);
  }

  public Threshold threshold(ScoreFigure f) {
    return thresholds.get(f);
  }

  public BigDecimal weight(ScoreFigure f) {
    return figureWeights.get(f);
  }

  public BigDecimal weight(Capability c) {
    return capabilityWeights.get(c);
  }

  public ScorePolicy withThreshold(ScoreFigure f, Threshold threshold) {
    Map<ScoreFigure, Threshold> t = new EnumMap<>(thresholds);
    t.put(f, threshold);
    return new ScorePolicy(
        t, figureWeights, capabilityWeights, weakestCount, moverCount, moverMinPoints);
  }

  public ScorePolicy withWeight(ScoreFigure f, BigDecimal weight) {
    Map<ScoreFigure, BigDecimal> w = new EnumMap<>(figureWeights);
    w.put(f, weight);
    return new ScorePolicy(
        thresholds, w, capabilityWeights, weakestCount, moverCount, moverMinPoints);
  }

  public ScorePolicy withWeight(Capability c, BigDecimal weight) {
    Map<Capability, BigDecimal> w = new EnumMap<>(capabilityWeights);
    w.put(c, weight);
    return new ScorePolicy(thresholds, figureWeights, w, weakestCount, moverCount, moverMinPoints);
  }

  public ScorePolicy withDiagnosis(int weakestCount, int moverCount, BigDecimal moverMinPoints) {
    return new ScorePolicy(
        thresholds, figureWeights, capabilityWeights, weakestCount, moverCount, moverMinPoints);
  }

  private static <K extends Enum<K>, V> Map<K, V> complete(
      Map<K, V> map, Class<K> type, String what) {
    Objects.requireNonNull(map, what + "s");
    Map<K, V> copy = new EnumMap<>(type);
    for (K k : type.getEnumConstants()) {
      V v = map.get(k);
      if (v == null) {
        throw new IllegalArgumentException("no " + what + " configured for " + k);
      }
      copy.put(k, v);
    }
    return Collections.unmodifiableMap(copy);
  }

  private static void nonNegative(Object key, BigDecimal w) {
    if (w.signum() < 0) {
      throw new IllegalArgumentException("weight of " + key + " cannot be negative: " + w);
    }
  }
}
