package com.shopops.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one thousands-grouping rule of tables, the report and notes (tryout27b B6). */
class GroupingTest {
  @Test
  void moneyInMinorUnitsIsGroupedWithTwoDecimals() {
    assertEquals("10,415.90", Grouping.money(1_041_590));
    assertEquals("-1,234.00", Grouping.money(-123_400));
    assertEquals("999.99", Grouping.money(99_999));
    assertEquals("0.05", Grouping.money(5));
    assertEquals("1,000,000.00", Grouping.money(100_000_000));
  }

  @Test
  void aNumberKeepsItsScale() {
    assertEquals("12,345.67", Grouping.number(new BigDecimal("12345.67")));
    assertEquals("800", Grouping.number(new BigDecimal("800")));
  }
}
