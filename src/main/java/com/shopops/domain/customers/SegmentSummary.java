package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-segment totals for {@code customers segment --summary}. */
public final class SegmentSummary {
  private SegmentSummary() {}

  /**
   * Summarises scored customers by segment. Rows follow the table's order with "Others" last; like
   * R's {@code rfm_segment_summary}, only segments that have customers are listed (a segment named
   * in a score but missing from the table is appended after them, in order of appearance).
   */
  public static List<SegmentSummaryRow> summarize(List<RfmScore> scores, SegmentTable table) {
    Map<String, Acc> by = new LinkedHashMap<>();
    for (String name : table.names()) {
      by.put(name, new Acc());
    }
    long totalRevenue = 0;
    for (RfmScore s : scores) {
      Acc a = by.computeIfAbsent(s.segment(), k -> new Acc());
      a.customers++;
      a.orders += s.orders();
      a.revenue = Math.addExact(a.revenue, s.monetary());
      a.r += s.r();
      a.f += s.f();
      a.m += s.m();
      totalRevenue = Math.addExact(totalRevenue, s.monetary());
    }
    List<SegmentSummaryRow> rows = new ArrayList<>();
    int total = scores.size();
    for (Map.Entry<String, Acc> e : by.entrySet()) {
      Acc a = e.getValue();
      if (a.customers == 0) {
        continue;
      }
      rows.add(
          new SegmentSummaryRow(
              e.getKey(),
              a.customers,
              ratio(a.customers, total, 4),
              a.orders,
              a.revenue,
              totalRevenue == 0 ? BigDecimal.ZERO.setScale(4) : ratio(a.revenue, totalRevenue, 4),
              ratio(a.revenue, a.orders, 0).longValueExact(),
              ratio(a.r, a.customers, 2),
              ratio(a.f, a.customers, 2),
              ratio(a.m, a.customers, 2)));
    }
    return rows;
  }

  static BigDecimal ratio(long num, long den, int scale) {
    return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_UP);
  }

  private static final class Acc {
    int customers;
    long orders;
    long revenue;
    long r;
    long f;
    long m;
  }
}
