package com.shopops.config;

import com.shopops.domain.metrics.Capability;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.ScorePolicy;
import com.shopops.domain.metrics.Threshold;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code score} section: the scorecard's thresholds and weights (defaults from {@link
 * ScoreFigure} and {@link Capability}), the diagnosis list sizes and the scored period.
 *
 * <pre>
 * score.days                         30     days scored, ending yesterday
 * score.weight.&lt;capability&gt;          0.20 / 0.30 / 0.25 / 0.25
 * score.&lt;figure&gt;.poor / .good        value scoring 0 / 100
 * score.&lt;figure&gt;.weight              weight inside its capability
 * score.diagnosis.weakest            3
 * score.diagnosis.movers             3
 * score.diagnosis.mover_min_points   5.0
 * </pre>
 */
public final class ScoreConfig implements ConfigSection {
  public static final ScoreConfig SECTION = new ScoreConfig();

  private ScoreConfig() {}

  @Override
  public String name() {
    return "score";
  }

  @Override
  public List<ConfigKey> keys() {
    List<ConfigKey> keys = new ArrayList<>();
    keys.add(
        new ConfigKey(
            "score.days",
            "30",
            "Days the scorecard covers, ending yesterday; compared with the days before",
            v -> positive(ConfigValues.integer(v))));
    for (Capability c : Capability.values()) {
      keys.add(
          new ConfigKey(
              "score.weight." + c.key(),
              c.defaultWeight().toPlainString(),
              "Weight of " + c.label() + " in the overall score",
              ScoreConfig::weight));
    }
    for (ScoreFigure f : ScoreFigure.values()) {
      Threshold t = f.defaultThreshold();
      keys.add(
          new ConfigKey(
              "score." + f.key() + ".poor",
              t.poor().toPlainString(),
              f.label() + ": value that scores 0",
              v -> ConfigValues.decimal(v)));
      keys.add(
          new ConfigKey(
              "score." + f.key() + ".good",
              t.good().toPlainString(),
              f.label() + ": value that scores 100",
              v -> ConfigValues.decimal(v)));
      keys.add(
          new ConfigKey(
              "score." + f.key() + ".weight",
              f.defaultWeight().toPlainString(),
              f.label() + ": weight inside " + f.capability().key(),
              ScoreConfig::weight));
    }
    keys.add(
        new ConfigKey(
            "score.diagnosis.weakest",
            Integer.toString(ScorePolicy.DEFAULT_WEAKEST_COUNT),
            "How many of the weakest figures the diagnosis names",
            v -> notNegative(ConfigValues.integer(v))));
    keys.add(
        new ConfigKey(
            "score.diagnosis.movers",
            Integer.toString(ScorePolicy.DEFAULT_MOVER_COUNT),
            "How many of the biggest movers the diagnosis names",
            v -> notNegative(ConfigValues.integer(v))));
    keys.add(
        new ConfigKey(
            "score.diagnosis.mover_min_points",
            ScorePolicy.DEFAULT_MOVER_MIN_POINTS.toPlainString(),
            "A figure whose sub-score moved fewer points is not a mover",
            ScoreConfig::weight));
    return keys;
  }

  /** The scoring policy in force; a bad combination is an IllegalArgumentException. */
  public static ScorePolicy policy(Config config) {
    ScorePolicy p = ScorePolicy.defaults();
    for (Capability c : Capability.values()) {
      p = p.withWeight(c, ConfigValues.decimal(config.get("score.weight." + c.key())));
    }
    for (ScoreFigure f : ScoreFigure.values()) {
      String k = "score." + f.key();
      p =
          p.withThreshold(
              f,
              new Threshold(
                  ConfigValues.decimal(config.get(k + ".poor")),
                  ConfigValues.decimal(config.get(k + ".good"))));
      p = p.withWeight(f, ConfigValues.decimal(config.get(k + ".weight")));
    }
    return p.withDiagnosis(
        ConfigValues.integer(config.get("score.diagnosis.weakest")),
        ConfigValues.integer(config.get("score.diagnosis.movers")),
        ConfigValues.decimal(config.get("score.diagnosis.mover_min_points")));
  }

  public static int days(Config config) {
    return ConfigValues.integer(config.get("score.days"));
  }

  private static void weight(String v) {
    if (ConfigValues.decimal(v).signum() < 0) {
      throw new IllegalArgumentException("cannot be negative (\"" + v + "\")");
    }
  }

  private static void positive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("must be 1 or more");
    }
  }

  private static void notNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("cannot be negative");
    }
  }
}
