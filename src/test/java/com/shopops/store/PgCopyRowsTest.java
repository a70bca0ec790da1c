package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The COPY text written as bytes is the text the StringBuilder wrote, encoded as UTF-8. */
class PgCopyRowsTest {
  /** What PgCopy wrote before: a StringBuilder, escaped per char, then getBytes(UTF_8). */
  private static String reference(List<Object[]> rows) {
    StringBuilder b = new StringBuilder();
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          b.append('\t');
        }
        Object v = row[i];
        if (v == null) {
          b.append("\\N");
        } else if (v instanceof String s) {
          for (char c : s.toCharArray()) {
            switch (c) {
              case '\\' -> b.append("\\\\");
              case '\t' -> b.append("\\t");
              case '\n' -> b.append("\\n");
              case '\r' -> b.append("\\r");
              default -> b.append(c);
            }
          }
        } else if (v instanceof Boolean bool) {
          b.append(bool ? '1' : '0');
        } else {
          b.append(v);
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static byte[] written(List<Object[]> rows, int capacity) {
    PgCopy.Rows out = new PgCopy.Rows(capacity);
    for (Object[] row : rows) {
      for (Object v : row) {
        out.field(v);
      }
      out.endRow();
    }
    return Arrays.copyOf(out.bytes(), out.length());
  }

  @Test
  void edgeValuesAreWrittenAsBefore() {
    List<Object[]> rows =
        List.of(
            new Object[] {null, "", 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 7, true, false},
            new Object[] {"a\\b\tc\nd\re", "\\N", "陶瓷炖锅 1.8L", "韵达快递", "é", "𝄞 clef"},
            new Object[] {"\uD834", "x\uDD1E", "\uDD1Ey\uD834", "\u0000", "\u007F\u0080\u07FF"},
            new Object[] {"\u0800\uFFFF", 12.5, 1_000_000_000_000L, -1_000_000_000_000L, 9L, 10L});
    byte[] want = reference(rows).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(want, written(rows, 1024));
    assertArrayEquals(want, written(rows, 1)); // the buffer grows
  }

  @Test
  void randomTextIsWrittenAsBefore() {
    Random random = new Random(7);
    char[] alphabet = "ab\\\t\n\r\"é中𝄞\uD834\uDD1E\u0080\u0800".toCharArray();
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < 2000; r++) {
      Object[] row = new Object[1 + random.nextInt(5)];
      for (int i = 0; i < row.length; i++) {
        switch (random.nextInt(4)) {
          case 0 -> row[i] = random.nextLong() >> random.nextInt(64);
          case 1 -> row[i] = null;
          default -> {
            char[] c = new char[random.nextInt(12)];
            for (int j = 0; j < c.length; j++) {
              c[j] = alphabet[random.nextInt(alphabet.length)];
            }
            row[i] = new String(c);
          }
        }
      }
      rows.add(row);
    }
    assertArrayEquals(reference(rows).getBytes(StandardCharsets.UTF_8), written(rows, 16));
  }

  /**
   * A byte[] is a bytea in hex, its backslash doubled for COPY's text format (the kept SLA figures'
   * seconds); before, it was written as its toString ("[B@…").
   */
  @Test
  void bytesAreWrittenAsByteaHex() {
    List<Object[]> rows =
        List.of(
            new Object[] {new byte[] {4, 0, 0, 0x0e, 0x10, (byte) 0xff, (byte) 0x80}, "a"},
            new Object[] {new byte[0], null});
    byte[] want = "\\\\x0400000e10ff80\ta\n\\\\x\t\\N\n".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(want, written(rows, 1024));
    assertArrayEquals(want, written(rows, 1)); // the buffer grows
  }

  /** A run of NULLs written at once is the same bytes as the NULLs written one by one. */
  @Test
  void aRunOfNullsIsTheNullsOneByOne() {
    PgCopy.Rows out = new PgCopy.Rows(1);
    out.nulls(3);
    out.field("a");
    out.nulls(0);
    out.nulls(2);
    out.field(5L);
    out.nulls(1);
    out.endRow();
    out.nulls(1);
    out.endRow();
    List<Object[]> rows =
        List.of(new Object[] {null, null, null, "a", null, null, 5L, null}, new Object[] {null});
    assertArrayEquals(
        reference(rows).getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out.bytes(), out.length()));
  }
}
