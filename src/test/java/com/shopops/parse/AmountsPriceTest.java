package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Unit prices finer than a cent (review12 L19): exact, and their line amount whole or refused. */
class AmountsPriceTest {
  @Test
  void aPriceOfTwoDecimalsIsMinorUnitsAsAnAmountIs() {
    assertEquals(255L, Amounts.price("2.55"));
    assertEquals(250L, Amounts.price("2.500")); // extra zeros
    assertEquals(-1250L, Amounts.price("(12.50)"));
    assertEquals(122130L, Amounts.price("£1,221.30"));
    assertNull(Amounts.price(""));
  }

  @Test
  void aFinerPriceIsKeptAsItsExactDecimal() {
    assertEquals("0.042", Amounts.price("0.042"));
    assertEquals("0.001", Amounts.price("0.0010"));
    assertEquals("1.845", Amounts.price("£1.845"));
    assertEquals("-1.2345", Amounts.price("-1.2345"));
    assertEquals("1234.567", Amounts.price("1,234.567"));
    assertThrows(ValueException.class, () -> Amounts.price("0.04x"));
    assertThrows(ValueException.class, () -> Amounts.price("12,34"));
    assertThrows(ValueException.class, () -> Amounts.price("99999999999.001"));
    // an amount stays refused
    ValueException e = assertThrows(ValueException.class, () -> Amounts.amount("0.042"));
    assertEquals("more than 2 decimal places (\"0.042\")", e.getMessage());
  }

  @Test
  void theLineAmountIsExactOrNothing() {
    assertEquals(420L, Amounts.lineAmount("0.042", 100));
    assertEquals(2214L, Amounts.lineAmount("1.845", 12));
    assertEquals(-420L, Amounts.lineAmount("0.042", -100));
    assertEquals(0L, Amounts.lineAmount("0.042", 0));
    assertNull(Amounts.lineAmount("0.001", 1));
    assertNull(Amounts.lineAmount("0.042", 3)); // 0.126
    assertEquals(765L, Amounts.lineAmount(255L, 3));
    assertThrows(ArithmeticException.class, () -> Amounts.lineAmount("1.005", Long.MAX_VALUE / 10));
  }
}
