package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Scores buyers 1..bins on recency, frequency and monetary value and names their segment.
 *
 * <h2>QUANTILE binning (default) — the R {@code rfm} package, quirks included</h2>
 *
 * For each dimension over the customers being scored:
 *
 * <ol>
 *   <li>breaks {@code q_k} = R's default (type 7) {@code quantile(x, k/bins)} for k = 1..bins-1:
 *       with x sorted, h = (n-1)·k/bins, q = x[⌊h⌋] + (h-⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]);
 *   <li>thresholds {@code t_k = q_k + 1} (R's {@code bins()} adds 1);
 *   <li>lower bounds = (min, t_1..t_{bins-1}), upper bounds = (t_1..t_{bins-1}, max + 1); a value
 *       gets bin i when {@code lower_i <= x < upper_i};
 *   <li>frequency and monetary score = bin; recency score = bins + 1 - bin (fewest days → top).
 * </ol>
 *
 * Ties are never split: equal values always get equal scores, and repeated breaks leave empty bins
 * whose scores are skipped. Worked check: orders [1,1,1,2,5] → q = 1, 1, 1.4, 2.6 → t = 2, 2, 2.4,
 * 3.6 → scores 1,1,1,3,5. All customers equal (or a single customer): everyone gets F = M = 1 and R
 * = bins, as in R. Fewer customers than bins: some scores are simply not used.
 *
 * <p><b>The +1.</b> On whole-number data the +1 turns "{@code x >= q+1}" into "{@code x > q}" for
 * whole q: a value exactly at a break goes to the lower bin. When q is fractional it pushes the
 * break further (2 orders fall below t = 2.4 in the worked check, score 3, not 4). We keep it
 * exactly for recency (whole days) and frequency (orders), so scores equal R's on the same data.
 * For monetary amounts, kept in fen, the shift is {@link RfmPolicy#monetaryShift()} minor units —
 * default 1 fen, the same intent at our data's resolution; 100 reproduces R run on yuan amounts,
 * where its +1 means one yuan.
 *
 * <p><b>Exactness.</b> All values are whole numbers (days, orders, fen), so every break is a
 * rational with denominator {@code bins}. The scorer compares {@code x·bins} with {@code t·bins} in
 * {@code long} arithmetic (overflow throws) — no floating point, no rounding. Reported bounds are
 * BigDecimal: exact for 5 bins (k/5 is a terminating decimal), rounded half-even to 6 places for
 * display only when bins is e.g. 3 or 7. (R computes the same breaks in doubles, so a value lying
 * exactly on a break can land one bin apart from R by one ulp: R/numpy give 72.999… for the break
 * 73 of the hand-checked set in the tests; we say 73.)
 *
 * <h2>NTILE binning</h2>
 *
 * Customers sorted by value, then by customer id (text order, as SQLite orders a TEXT column), are
 * cut into {@code bins} groups of equal count, larger groups first — SQL's {@code NTILE(5) OVER
 * (ORDER BY value, customer_id)}, dplyr's {@code ntile()}. Equal values may get different scores;
 * fewer customers than bins gives bins 1..n. Recency is reversed the same way (bin 1 = fewest days
 * = score 5), so among customers with equal recency the smaller id scores higher, and among equal
 * frequency or monetary the smaller id scores lower.
 */
public final class RfmScorer {
  private RfmScorer() {}

  /**
   * Scores every customer and assigns segments from {@code policy.segments()}.
   *
   * @param customers one row per buyer (ids must be unique)
   * @return scores in input order, with the bins used
   */
  public static RfmResult score(List<RfmInput> customers, RfmPolicy policy) {
    Set<String> seen = new HashSet<>();
    for (RfmInput c : customers) {
      if (!seen.add(c.customerId())) {
        throw new IllegalArgumentException("customer " + c.customerId() + " appears twice");
      }
    }
    int bins = policy.bins();
    Dimension recency = bin(customers, RfmInput::recencyDays, 1, policy, true);
    Dimension frequency = bin(customers, RfmInput::orders, 1, policy, false);
    Dimension monetary = bin(customers, RfmInput::monetary, policy.monetaryShift(), policy, false);

    List<RfmScore> scores = new ArrayList<>(customers.size());
    for (int i = 0; i < customers.size(); i++) {
      RfmInput c = customers.get(i);
      int r = bins + 1 - recency.bin[i];
      int f = frequency.bin[i];
      int m = monetary.bin[i];
      scores.add(
          new RfmScore(
              c.customerId(),
              c.recencyDays(),
              c.orders(),
              c.monetary(),
              r,
              f,
              m,
              policy.segments().segmentOf(r, f, m)));
    }
    return new RfmResult(
        scores,
        new RfmThresholds(
            policy.binning(), recency.scoreBins, frequency.scoreBins, monetary.scoreBins));
  }

  /** Bin index 1..bins per customer (ascending value) and the bins, listed by score. */
  private record Dimension(int[] bin, List<ScoreBin> scoreBins) {}

  private static Dimension bin(
      List<RfmInput> customers,
      ToLongFunction<RfmInput> value,
      long shift,
      RfmPolicy policy,
      boolean reversed) {
    int n = customers.size();
    int bins = policy.bins();
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = value.applyAsLong(customers.get(i));
    }
    if (n == 0) {
      return new Dimension(new int[0], List.of());
    }
    return policy.binning() == RfmBinning.QUANTILE
        ? quantile(values, bins, shift, reversed)
        : ntile(customers, values, bins, reversed);
  }

  private static Dimension quantile(long[] values, int bins, long shift, boolean reversed) {
    int n = values.length;
    long[] bounds = quantileBounds(values, bins, shift);
    int[] bin = new int[n];
    int[] counts = new int[bins + 1];
    for (int i = 0; i < n; i++) {
      long scaled = Math.multiplyExact(values[i], (long) bins);
      int b = 1;
      for (int k = 1; k < bins; k++) {
        if (scaled >= bounds[k]) {
          b = k + 1;
        }
      }
      bin[i] = b;
      counts[b]++;
    }
    List<ScoreBin> scoreBins = new ArrayList<>(bins);
    for (int score = 1; score <= bins; score++) {
      int b = reversed ? bins + 1 - score : score;
      scoreBins.add(
          new ScoreBin(
              score, decimal(bounds[b - 1], bins), decimal(bounds[b], bins), false, counts[b]));
    }
    return new Dimension(bin, scoreBins);
  }

  /**
   * The quantile bounds × bins of non-empty {@code values}, exact: [0] = min, [1..bins-1] = q_k +
   * shift, [bins] = max + shift.
   */
  private static long[] quantileBounds(long[] values, int bins, long shift) {
    int n = values.length;
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    long[] bounds = new long[bins + 1];
    bounds[0] = Math.multiplyExact(sorted[0], (long) bins);
    for (int k = 1; k < bins; k++) {
      long h = (long) (n - 1) * k; // h × bins
      int j = (int) (h / bins);
      long g = h % bins; // fractional part × bins
      long q = Math.multiplyExact(sorted[j], (long) bins);
      if (g != 0) {
        q = Math.addExact(q, Math.multiplyExact(g, Math.subtractExact(sorted[j + 1], sorted[j])));
      }
      bounds[k] = Math.addExact(q, Math.multiplyExact(shift, (long) bins));
    }
    bounds[bins] = Math.multiplyExact(Math.addExact(sorted[n - 1], shift), (long) bins);
    return bounds;
  }

  private static Dimension ntile(
      List<RfmInput> customers, long[] values, int bins, boolean reversed) {
    int n = values.length;
    Integer[] order = ntileOrder(customers, values);
    int size = n / bins;
    int larger = n % bins; // the first `larger` bins hold size + 1
    int[] bin = new int[n];
    Long[] low = new Long[bins + 1];
    Long[] high = new Long[bins + 1];
    int[] counts = new int[bins + 1];
    for (int p = 0; p < n; p++) {
      int b =
          p < larger * (size + 1)
              ? p / (size + 1) + 1
              : larger + (p - larger * (size + 1)) / size + 1;
      int i = order[p];
      bin[i] = b;
      counts[b]++;
      if (low[b] == null) {
        low[b] = values[i];
      }
      high[b] = values[i];
    }
    List<ScoreBin> scoreBins = new ArrayList<>(bins);
    for (int score = 1; score <= bins; score++) {
      int b = reversed ? bins + 1 - score : score;
      scoreBins.add(
          new ScoreBin(
              score,
              low[b] == null ? null : BigDecimal.valueOf(low[b]),
              high[b] == null ? null : BigDecimal.valueOf(high[b]),
              true,
              counts[b]));
    }
    return new Dimension(bin, scoreBins);
  }

  /** Positions of the customers sorted by value, then by customer id. */
  private static Integer[] ntileOrder(List<RfmInput> customers, long[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> values[i])
            .thenComparing(i -> customers.get(i).customerId()));
    return order;
  }

  /**
   * The cut points of {@link #score} over these customers, to score any one of them later without
   * ranking the rest ({@link RfmBreaks#score}); null when there are none.
   */
  public static RfmBreaks breaks(List<RfmInput> customers, RfmPolicy policy) {
    if (customers.isEmpty()) {
      return null;
    }
    return new RfmBreaks(
        policy.binning(),
        policy.bins(),
        cuts(customers, RfmInput::recencyDays, 1, policy),
        cuts(customers, RfmInput::orders, 1, policy),
        cuts(customers, RfmInput::monetary, policy.monetaryShift(), policy));
  }

  private static RfmBreaks.Cuts cuts(
      List<RfmInput> customers, ToLongFunction<RfmInput> value, long shift, RfmPolicy policy) {
    int n = customers.size();
    int bins = policy.bins();
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = value.applyAsLong(customers.get(i));
    }
    List<Long> bounds = new ArrayList<>(bins - 1);
    List<String> ids = new ArrayList<>(bins - 1);
    if (policy.binning() == RfmBinning.QUANTILE) {
      long[] all = quantileBounds(values, bins, shift);
      for (int k = 1; k < bins; k++) {
        bounds.add(all[k]);
      }
      return new RfmBreaks.Cuts(bounds, ids);
    }
    Integer[] order = ntileOrder(customers, values);
    int size = n / bins;
    int larger = n % bins; // the first `larger` bins hold size + 1
    for (int b = 2; b <= bins; b++) { // where bin b starts, as ntile() cuts
      long p =
          b - 1 <= larger
              ? (long) (b - 1) * (size + 1)
              : (long) larger * (size + 1) + (long) (b - 1 - larger) * size;
      boolean empty = p >= n;
      bounds.add(empty ? 0L : values[order[(int) p]]);
      ids.add(empty ? null : customers.get(order[(int) p]).customerId());
    }
    return new RfmBreaks.Cuts(bounds, ids);
  }

  /** scaled / bins, exact when it terminates, else 6 places half-even (display only). */
  static BigDecimal decimal(long scaled, int bins) {
    BigDecimal v;
    try {
      v = BigDecimal.valueOf(scaled).divide(BigDecimal.valueOf(bins));
    } catch (ArithmeticException nonTerminating) {
      v = BigDecimal.valueOf(scaled).divide(BigDecimal.valueOf(bins), 6, RoundingMode.HALF_EVEN);
    }
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
