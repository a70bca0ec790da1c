package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers. */
class IntegersTest {
  private static String reason(Runnable r) {
    return assertThrows(ValueException.class, r::run).getMessage();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12|12",
        "1,234|1234",
        "3.0|3",
        "3.|3",
        "3.000|3",
        "-5|-5",
        "+5|5",
        "' 7|7",
        "0|0",
        "9223372036854775807|9223372036854775807",
        "-9223372036854775808|-9223372036854775808"
      })
  void accepts(String raw, long value) {
    assertEquals(value, Integers.integer(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void blankIsNull(String raw) {
    assertNull(Integers.integer(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.5", "abc", "1,23", "1,2345", ".0", "-", "3.01", "1e3", "3 4"})
  void rejects(String raw) {
    assertEquals("not a whole number (\"" + raw + "\")", reason(() -> Integers.integer(raw)));
  }

  @Test
  void rejectsOverflow() {
    assertEquals(
        "number too large (\"9223372036854775808\")",
        reason(() -> Integers.integer("9223372036854775808")));
  }

  /** tryout17 U14: a file whose amounts use a decimal comma writes 2.000 units for two thousand. */
  @Test
  void aDecimalCommaFileGroupsWithPoints() {
    Amounts.Decimal comma = Amounts.Decimal.COMMA;
    assertEquals(2000L, Integers.integer("2.000", comma));
    assertEquals(1234567L, Integers.integer("1.234.567", comma));
    assertEquals(3L, Integers.integer("3,0", comma));
    assertEquals(12L, Integers.integer("12", comma));
    assertEquals("not a whole number (\"3,5\")", reason(() -> Integers.integer("3,5", comma)));
    assertEquals("not a whole number (\"1.23\")", reason(() -> Integers.integer("1.23", comma)));
    assertEquals(2L, Integers.integer("2,000", comma)); // 2 with three decimal zeros
    assertEquals(2L, Integers.integer("2.000", Amounts.Decimal.POINT));
  }
}
