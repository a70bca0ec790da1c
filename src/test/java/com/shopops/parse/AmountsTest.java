package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts of money into minor units. */
class AmountsTest {
  private static String reason(Runnable r) {
    return assertThrows(ValueException.class, r::run).getMessage();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1221.3|122130",
        "1221.30|122130",
        "1,221.30|122130",
        "¥1,221.30|122130",
        "￥12|1200",
        "$12.00|1200",
        "RMB 12.5|1250",
        "CNY12|1200",
        "cny 12|1200",
        "-12.50|-1250",
        "$-12.50|-1250",
        "-$12.50|-1250",
        "+7|700",
        "(12.50)|-1250",
        "12.|1200",
        ".5|50",
        "0.05|5",
        "0|0",
        "'12.30|1230",
        "'¥1,221.30|122130",
        "12.500|1250",
        "12.5000000|1250",
        "1,234,567.89|123456789",
        "12.5元|1250",
        "12.50 CNY|1250",
        "US$3.10|310",
        "10,000,000,000.00|1000000000000",
        "-10000000000|-1000000000000",
      })
  void accepts(String raw, long minor) {
    assertEquals(minor, Amounts.amount(raw));
  }

  @Test
  void surroundingSpaces() {
    assertEquals(1250L, Amounts.amount("  12.50\t"));
    assertEquals(1250L, Amounts.amount("\u300012.50\u3000"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "'"})
  void blankIsNull(String raw) {
    assertNull(Amounts.amount(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "12,34",
        "1,2345",
        "12345,678",
        ",123",
        "1,234,56",
        "1.2.3",
        "1e5",
        "--12",
        ".",
        "¥",
        "-",
        "12 34",
        "12.3a",
        "12..3",
        "１２",
        "0x10",
        "12,",
        "$ $12"
      })
  void rejects(String raw) {
    assertEquals("not an amount (\"" + raw + "\")", reason(() -> Amounts.amount(raw)));
  }

  @Test
  void rejectsAThirdDecimal() {
    assertEquals("more than 2 decimal places (\"12.345\")", reason(() -> Amounts.amount("12.345")));
    assertEquals("more than 2 decimal places (\"¥0.001\")", reason(() -> Amounts.amount("¥0.001")));
    assertEquals(
        "more than 2 decimal places (\"12.3450\")", reason(() -> Amounts.amount("12.3450")));
  }

  @Test
  void rejectsOverflow() {
    // bounded at 10^12 minor units: millions of them add up without overflowing a long
    assertEquals(
        "amount too large, more than 10,000,000,000.00 (\"10000000000.01\")",
        reason(() -> Amounts.amount("10000000000.01")));
    assertEquals(
        "amount too large, more than 10,000,000,000.00 (\"-10000000000.01\")",
        reason(() -> Amounts.amount("-10000000000.01")));
    assertEquals(
        "amount too large, more than 10,000,000,000.00 (\"92233720368547758.08\")",
        reason(() -> Amounts.amount("92233720368547758.08")));
    assertEquals(
        "amount too large, more than 10,000,000,000.00 (\"99999999999999999999\")",
        reason(() -> Amounts.amount("99999999999999999999")));
  }

  @Test
  void shortensLongValuesInMessages() {
    String raw = "x".repeat(100);
    assertEquals(
        "not an amount (\"" + "x".repeat(57) + "...\")", reason(() -> Amounts.amount(raw)));
  }
}
