package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
          "3.02994E+18", "9.19747e+11", "1E+15", "3.02994e18", "13812345678.0", "17850.00"
        }) {
      ValueException e = assertThrows(ValueException.class, () -> Ids.id(v), v);
      assertEquals(
          "looks changed by a spreadsheet (\""
              + v
              + "\"): its digits are lost, and"
              + " different ids would become one; export the file again from the platform and import"
              + " it without opening it in Excel (or keep the column as text)",
          e.getMessage());
    }
  }
}
