package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayMonthOrderTest {
  private static DayMonthOrder of(String... cells) {
    DayMonthOrder o = new DayMonthOrder();
    for (int i = 0; i < cells.length; i++) {
      o.observe(cells[i], i + 2, "created_at");
    }
    return o;
  }

  @Test
  void patternsSayTheirOrderAndSwap() {
    assertEquals(DayMonthOrder.Order.MONTH_FIRST, DayMonthOrder.orderOf("M/d/yyyy HH:mm"));
    assertEquals(DayMonthOrder.Order.DAY_FIRST, DayMonthOrder.orderOf("dd/MM/yyyy HH:mm"));
    assertNull(DayMonthOrder.orderOf("yyyy-MM-dd HH:mm:ss"));
    assertEquals("d/M/yy H:mm", DayMonthOrder.swapped("M/d/yy H:mm"));
  }

  @Test
  void theFileDecidesNotTheCell() {
    List<String> us = List.of("M/d/yyyy HH:mm");
    assertEquals(
        DayMonthOrder.Order.DAY_FIRST,
        of("01/12/2010 08:26", "13/12/2010 08:26").decide(us)); // one day > 12 decides
    assertEquals(DayMonthOrder.Order.MONTH_FIRST, of("12/1/2010 8:26").decide(us)); // as written
    assertNull(of("01/12/2010 08:26").decide(us)); // padded: not the pattern's writing
    assertEquals("01/12/2010 08:26", of("01/12/2010 08:26").undecided().text());
    assertEquals(
        DayMonthOrder.Order.DAY_FIRST, of("01/12/2010 08:26").decide(List.of("dd/MM/yyyy HH:mm")));
    assertNull(of("05/05/2010 08:26", "2010-12-01").undecided()); // same either way
  }
}
