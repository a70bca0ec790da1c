package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.parse.Amounts.Decimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts a Spanish Excel resaved with a decimal comma (review17 R3): read exactly, or refused. */
class AmountsDecimalCommaTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12,50|1250",
        "12,5|1250",
        "1.234,50|123450",
        "1 234,50|123450",
        "1\u00A0234,50|123450",
        "1.234|123400",
        "1.234.567,89|123456789",
        "-12,50|-1250",
        "12,50 €|1250",
        "€ 1.234,50|123450",
        "0,05|5",
        "12|1200"
      })
  void withDecimalCommaTheCommaIsTheDecimalSeparator(String cell, long minor) {
    assertEquals(minor, Amounts.amount(cell, Decimal.COMMA));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.23", "1.234.5", "12.50", "1,234.50"})
  void withDecimalCommaAPointThatIsNotAGroupOfThreeIsRefusedNeverMisread(String cell) {
    ValueException e =
        assertThrows(ValueException.class, () -> Amounts.amount(cell, Decimal.COMMA));
    assertEquals("not an amount (\"" + cell + "\")", e.getMessage());
  }

  @Test
  void aPriceWithDecimalCommaKeepsItsFinerDecimals() {
    assertEquals("0.042", Amounts.price("0,042", Decimal.COMMA));
    assertEquals(123400L, Amounts.price("1.234", Decimal.COMMA));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "1.234,50", "1 234,50", "12,5", "12,50 €", "1.234,500"})
  void withTheDecimalPointACellWrittenWithADecimalCommaIsRefusedAsSuch(String cell) {
    Amounts.DecimalCommaException e =
        assertThrows(
            Amounts.DecimalCommaException.class, () -> Amounts.amount(cell, Decimal.POINT));
    assertEquals(cell, e.cell());
    assertEquals("written with a decimal comma (\"" + cell + "\")", e.getMessage());
  }

  @Test
  void withTheDecimalPointGroupedThousandsAndOtherCellsReadAsBefore() {
    assertEquals(123450L, Amounts.amount("1,234.50", Decimal.POINT));
    assertEquals(1250000L, Amounts.amount("12,500", Decimal.POINT));
    assertEquals(
        "not an amount (\"12,34,5\")",
        assertThrows(ValueException.class, () -> Amounts.amount("12,34,5", Decimal.POINT))
            .getMessage());
    // a typed option keeps its own message: no mapping file to point at
    assertEquals(
        "not an amount (\"12,50\")",
        assertThrows(ValueException.class, () -> Amounts.amount("12,50")).getMessage());
  }

  @Test
  void theMappingKeyTakesACommaOrAPoint() {
    assertEquals(Decimal.COMMA, Decimal.of(","));
    assertEquals(Decimal.COMMA, Decimal.of(" , "));
    assertEquals(Decimal.POINT, Decimal.of("."));
    assertEquals(Decimal.POINT, Decimal.of(null));
    assertEquals(null, Decimal.of("comma"));
  }
}
