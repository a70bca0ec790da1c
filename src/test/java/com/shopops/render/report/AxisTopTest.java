package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
