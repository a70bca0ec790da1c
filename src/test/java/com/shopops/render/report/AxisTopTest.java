package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The y axis of a report chart: whole visitors and whole yuan per gridline, round tops. */
class AxisTopTest {
  private static List<String> labels(Metric m, double max) {
    double top = HtmlReport.axisTop(m, max);
    List<String> out = new ArrayList<>();
    for (int g = 0; g <= 4; g++) {
      out.add(HtmlReport.axisLabel(m, top * g / 4));
    }
    return out;
  }

  @Test
  void anEmptyOrTinyChartCountsInWholeUnits() {
    assertEquals(List.of("0", "1", "2", "3", "4"), labels(Metric.UV, 0));
    assertEquals(List.of("0", "1", "2", "3", "4"), labels(Metric.UV, 1));
    assertEquals(List.of("0", "1", "2", "3", "4"), labels(Metric.SALES, 0)); // yuan, from fen
  }

  @Test
  void aLargerChartKeepsItsRoundTop() {
    assertEquals(List.of("0", "50", "100", "150", "200"), labels(Metric.UV, 180));
    assertEquals(List.of("0", "250", "500", "750", "1,000"), labels(Metric.SALES, 87_000));
  }

  /** Review19 V16: a small count's gridlines are whole numbers, each labelled with its value. */
  @Test
  void aSmallCountsLinesAreWholeNumbers() {
    // before: 0 1 3 4 5 (lines at 1.25 apart, labels rounded)
    assertEquals(List.of("0", "2", "4", "6", "8"), labels(Metric.ORDERS, 5));
    // before: 0 1 3 4 5 for a largest count of 3
    assertEquals(List.of("0", "1", "2", "3", "4"), labels(Metric.ORDERS, 3));
    assertEquals(List.of("0", "5", "10", "15", "20"), labels(Metric.ORDERS, 17));
    assertEquals(List.of("0", "25", "50", "75", "100"), labels(Metric.UV, 90));
    assertEquals(List.of("0", "2", "4", "6", "8"), labels(Metric.SALES, 550)); // 5.50 yuan
    // every label is its line's exact value
    for (double max : new double[] {1, 3, 5, 7, 9, 11, 13, 21, 33, 47, 99, 123}) {
      double top = HtmlReport.axisTop(Metric.ORDERS, max);
      assertEquals(Math.rint(top / 4), top / 4, "step of " + max);
      assertTrue(top >= max, "top of " + max);
    }
  }
}
