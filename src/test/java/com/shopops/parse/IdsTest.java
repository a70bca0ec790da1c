package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsAreKeptAsWritten() {
    assertEquals("3029940000000000001", Ids.id("3029940000000000001"));
    assertEquals("3029940000000000001", Ids.id("3029940000000000001\t")); // Taobao's tab
    assertEquals("#1001", Ids.id("#1001"));
    assertEquals("e481f51cbdc54678b7cc49136f2d6af7", Ids.id("e481f51cbdc54678b7cc49136f2d6af7"));
    assertEquals("123e45", Ids.id("123e45")); // no sign, no decimal point: a hex id, not Excel
    assertEquals("SO1.5", Ids.id("SO1.5"));
    assertEquals("1.05", Ids.id("1.05"));
    assertNull(Ids.id(" "));
  }

  @Test
  void idsASpreadsheetTurnedIntoNumbersAreRefused() {
    for (String v :
        new String[] {
          "3.02994E+18",
          "9.19747e+11",
          "1E+15",
          "3.02994e18",
          "3029940000000000001.0",
          // a Spanish/French/German Excel's decimal comma (review17 R9, R13)
          "4,47700E+11",
          "3,96257E+18",
          "7,2104E+12",
          "3,02994e18"
        }) {
      ValueException e = assertThrows(ValueException.class, () -> Ids.id(v), v);
      assertEquals(
          "looks changed by a spreadsheet (\""
              + v
              + "\"): its digits are lost, and"
              + " different ids would become one; export the file again (from the platform; a list"
              + " of shopops with --excel or as xlsx) and import it without opening it in Excel (or"
              + " keep the column as text)",
          e.getMessage());
    }
  }

  /** review12 L12: pandas' float of a whole id keeps every digit up to 15; read as the number. */
  @Test
  void aWholeNumberWrittenAsAFloatIsTheNumberUpToFifteenDigits() {
    assertEquals("17850", Ids.id("17850.0"));
    assertEquals("17850", Ids.id("17850.00"));
    assertEquals("13812345678", Ids.id("13812345678.0"));
    assertEquals("123456789012345", Ids.id("123456789012345.0"));
    assertThrows(ValueException.class, () -> Ids.id("1234567890123456.0"));
    assertEquals("1.5", Ids.id("1.5")); // not whole: text as it is
  }

  /**
   * The shortcut (no {@code .}, {@code e} or {@code E}: not a number) gives the patterns' verdict
   * on edge cells and on every short string over the characters the patterns look at.
   */
  @Test
  void theShortcutAgreesWithThePatterns() {
    List<String> corpus =
        new ArrayList<>(
            List.of(
                "",
                "0",
                "1",
                "+1",
                "-1",
                "1E+5",
                "1e+5",
                "1E5",
                "1E-5",
                "1.5E-5",
                "1.0",
                "1.",
                ".0",
                "13812345678",
                "13812345678.0",
                "13812345678.00",
                "3.02994E+18",
                "E",
                "e",
                ".",
                "+",
                "-",
                "1 0",
                "1\u00A0.0",
                "１.０",
                "٣.٠",
                "SO20260501",
                "0x1F",
                "#1001",
                "1,000",
                "1,5",
                "4,47700E+11",
                "1.5",
                "e481f51c",
                "ABCDEF",
                "1E+",
                "E+5",
                "+1.0",
                "-1.0E+3"));
    char[] alphabet = {'0', '9', '.', ',', 'e', 'E', '+', '-', 'x', ' '};
    for (int len = 1; len <= 5; len++) {
      int[] at = new int[len];
      while (true) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
          c[i] = alphabet[at[i]];
        }
        corpus.add(new String(c));
        int i = 0;
        while (i < len && ++at[i] == alphabet.length) {
          at[i++] = 0;
        }
        if (i == len) {
          break;
        }
      }
    }
    for (String s : corpus) {
      if (!Ids.mayBeNumber(s)) {
        assertFalse(Ids.changedBySpreadsheet(s), s);
      }
      boolean refused;
      try {
        Ids.id(s);
        refused = false;
      } catch (ValueException e) {
        refused = true;
      }
      String text = CellText.text(s);
      assertEquals(
          text != null && Ids.changedBySpreadsheet(text) && Ids.wholeNumber(text) == null,
          refused,
          s);
    }
  }
}
