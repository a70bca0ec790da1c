package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell as text: trimming, Excel and Shopify wrappers, quoting in messages. */
class CellTextTest {
  @Test
  void trimsAndUnwraps() {
    assertEquals("abc", CellText.text("  abc  "));
    assertEquals("订单", CellText.text("\u3000订单\u3000"));
    assertEquals("abc", CellText.text("\u00A0abc\u00A0"));
    assertEquals("abc", CellText.text("\uFEFFabc"));
    assertEquals("75008", CellText.text("'75008"));
    assertEquals("7210448301122", CellText.text("'7210448301122"));
    assertEquals("0123", CellText.text("=\"0123\""));
    assertEquals("0123", CellText.text(" =\"0123\" "));
    assertEquals("2950123456789012345", CellText.text("2950123456789012345\t"));
    assertEquals("2950123456789012345", CellText.text("\t2950123456789012345"));
    assertEquals("'quoted'", CellText.text("''quoted'"), "only one apostrophe is stripped");
    assertEquals("a b", CellText.text(" a b "), "inner spaces are kept");
    assertEquals("=A1", CellText.text("=A1"), "not the Excel text form");
  }

  @Test
  void returnsTheSameStringWhenNothingToDo() {
    String s = "2025-06-17 19:03:29";
    assertSame(s, CellText.text(s));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "\u3000", "\u00A0", "'", "=\"\"", " ' "})
  void blankIsNull(String raw) {
    assertNull(CellText.text(raw));
  }
}
