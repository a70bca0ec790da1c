package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calendar days as written. */
class DatesTest {
  private static String reason(Runnable r) {
    return assertThrows(ValueException.class, r::run).getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2025-06-17|2025-06-17",
        "2025/6/17|2025-06-17",
        "2025/06/07|2025-06-07",
        "20250617|2025-06-17",
        "2025年6月17日|2025-06-17",
        "2025-06-17 19:03:29|2025-06-17",
        "2025-06-17T23:03:29Z|2025-06-17",
        "2025-06-17 23:03:29 +0800|2025-06-17",
        "2025/6/17 19:03|2025-06-17",
        "2024-02-29|2024-02-29",
        "'2025-06-17|2025-06-17",
      })
  void accepts(String raw, String expected) {
    assertEquals(LocalDate.parse(expected), Dates.date(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "0000-00-00", "-"})
  void missingIsNull(String raw) {
    assertNull(Dates.date(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-13-01",
        "2025-02-29",
        "20251301",
        "20250230",
        "2025-06-17 25:00",
        "June 17",
        "2025617",
        "17.06.2025"
      })
  void rejects(String raw) {
    assertEquals("not a date (\"" + raw + "\")", reason(() -> Dates.date(raw)));
  }
}
