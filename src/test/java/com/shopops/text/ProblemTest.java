package com.shopops.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void itsEnglishIsTheEnglishBundlesText() {
    assertEquals(
        "must be positive (0); returns are imported with `import returns`",
        Problem.of("reason.quantity_positive", 0).english());
    assertEquals(
        "an exact copy of line 7: counted once", Problem.of("reason.exact_copy", 7L).english());
  }

  @Test
  void aPluralIsChosenByItsCount() {
    assertEquals("1 row", Bundle.fill("{0} {0|row|rows}", 1));
    assertEquals("2 rows", Bundle.fill("{0} {0|row|rows}", "2"));
    assertEquals("{1} stays", Bundle.fill("{1} stays", "a"));
    assertEquals("a {1}", Bundle.fill("{0}", "a {1}")); // an argument is never read again
  }

  @Test
  void aKeyTheBundleLacksIsABug() {
    assertThrows(IllegalStateException.class, () -> Problem.of("reason.no_such_key").english());
  }
}
