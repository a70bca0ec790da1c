package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TsvEscapesTest {
  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    TsvEscapes.escape(s, b);
    return b.toString();
  }

  @Test
  void roundTripsTabsNewlinesBackslashesAndChinese() {
    for (String s :
        new String[] {
          "a\tb\\\\c",
          "line1\nline2",
          "杭州市\t西湖区\r\n文三路 \\ 90号",
          "\\t is not a tab",
          "ends with \\",
          "\\\\\\",
          "",
          "plain 大红袍"
        }) {
      String e = escaped(s);
      assertFalse(e.contains("\t") || e.contains("\n") || e.contains("\r"), e);
      assertEquals(s, TsvEscapes.unescape(e));
    }
  }

  @Test
  void escapesExactly() {
    assertEquals("a\\tb\\\\\\\\c", escaped("a\tb\\\\c"));
    assertEquals("line1\\nline2\\r", escaped("line1\nline2\r"));
  }

  @Test
  void aBackslashThatStartsNoEscapeIsKept() {
    assertEquals("C:\\Users\\x", TsvEscapes.unescape("C:\\Users\\x"));
    assertEquals("trailing \\", TsvEscapes.unescape("trailing \\"));
  }

  @Test
  void aFileIsEscapedOnlyWhenEveryBackslashStartsAnEscape() throws IOException {
    assertTrue(TsvEscapes.looksEscaped(new StringReader("id\tname\nX1\ta\\tb\\\\\\\\c\n")));
    // a Windows path from elsewhere: \U and \s start no escape, so nothing is undone
    assertFalse(TsvEscapes.looksEscaped(new StringReader("id\tpath\nX1\tC:\\Users\\shop\\new\n")));
    // no backslash at all: nothing to undo
    assertFalse(TsvEscapes.looksEscaped(new StringReader("id\tname\nX1\t大红袍\n")));
    // a lone backslash at the very end is no escape
    assertFalse(TsvEscapes.looksEscaped(new StringReader("id\tname\nX1\ta\\")));
  }
}
