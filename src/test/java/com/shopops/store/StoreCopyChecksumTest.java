package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StoreCopyChecksumTest {
  private static String sum(Object[]... rows) {
    StoreCopy.Checksum c = new StoreCopy.Checksum();
    for (Object[] r : rows) {
      c.add(r);
    }
    return c.rows + ":" + c.hex();
  }

  @Test
  void rowOrderDoesNotMatterButEveryValueDoes() {
    Object[] a = {1L, "x", null};
    Object[] b = {2L, "y", new byte[] {1, 2}};
    assertEquals(sum(a, b), sum(b, a));
    assertEquals("0:0000000000000000", sum());
    assertNotEquals(sum(a, b), sum(a, new Object[] {2L, "y", new byte[] {1, 3}}));
    assertNotEquals(sum(a), sum(new Object[] {1L, "x", ""})); // NULL is not the empty text
    assertNotEquals(sum(new Object[] {"a\tb"}), sum(new Object[] {"a", "b"}));
  }

  @Test
  void bothBackendsValuesReadTheSame() {
    // sqlite-jdbc gives an Integer where pgjdbc gives a Long for the same BIGINT
    assertEquals(sum(new Object[] {7, "t"}), sum(new Object[] {7L, "t"}));
    assertEquals("\\N", StoreCopy.Checksum.canonical(null));
    assertEquals("\\x0aff", StoreCopy.Checksum.canonical(new byte[] {10, -1}));
    assertEquals("a\\\\b\\tc", StoreCopy.Checksum.canonical("a\\b\tc"));
    assertEquals("1.5", StoreCopy.Checksum.canonical(1.5d));
  }

  @Test
  void copyTextEscapesWhatCopyReadsSpecially() {
    StringBuilder sb = new StringBuilder();
    StoreCopy.copyText(sb, null);
    sb.append('|');
    StoreCopy.copyText(sb, "a\\b\tc\nd\re");
    sb.append('|');
    StoreCopy.copyText(sb, new byte[] {0, 15});
    sb.append('|');
    StoreCopy.copyText(sb, 42L);
    assertEquals("\\N|a\\\\b\\tc\\nd\\re|\\\\x000f|42", sb.toString());
  }
}
