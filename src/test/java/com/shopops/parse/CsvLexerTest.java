package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLexerTest {
  private static List<String[]> all(String text, char delimiter) throws IOException {
    CsvLexer lx = new CsvLexer(new StringReader(text), delimiter);
    List<String[]> out = new ArrayList<>();
    String[] r;
    while ((r = lx.next()) != null) {
      out.add(r);
    }
    return out;
  }

  @Test
  void plainQuotedAndEmptyCells() throws IOException {
    List<String[]> r = all("a,b,c\n1,\"x, y\",\n\"he said \"\"hi\"\"\",,z\n", ',');
    assertEquals(3, r.size());
    assertArrayEquals(new String[] {"1", "x, y", ""}, r.get(1));
    assertArrayEquals(new String[] {"he said \"hi\"", "", "z"}, r.get(2));
  }

  @Test
  void lineNumbersCountEmbeddedBreaksCrLfAndBlankLines() throws IOException {
    CsvLexer lx = new CsvLexer(new StringReader("h1,h2\r\n\r\n1,\"two\r\nlines\"\r\n3,4"), ',');
    lx.next();
    assertEquals(1, lx.recordLine());
    assertArrayEquals(new String[] {"1", "two\r\nlines"}, lx.next());
    assertEquals(3, lx.recordLine());
    assertArrayEquals(new String[] {"3", "4"}, lx.next());
    assertEquals(5, lx.recordLine());
    assertNull(lx.next());
  }

  @Test
  void tabDelimiterAndLastLineWithoutNewline() throws IOException {
    List<String[]> r = all("a\tb\n1\t2", '\t');
    assertArrayEquals(new String[] {"1", "2"}, r.get(1));
  }

  @Test
  void unterminatedQuoteNamesTheLineItOpenedOn() {
    CsvLexer.UnterminatedQuote e =
        assertThrows(CsvLexer.UnterminatedQuote.class, () -> all("a,b\n1,2\n3,\"cut", ','));
    assertEquals(3, e.line);
  }

  @Test
  void cellsSpanningTheReadBufferAreWhole() throws IOException {
    // a reader that hands out 3 chars at a time forces every refill path
    String text = "id,name\nSO1,\"长,名\"\nSO2,plain-value-longer-than-a-chunk\n";
    Reader slow =
        new Reader() {
          private final StringReader in = new StringReader(text);

          @Override
          public int read(char[] cbuf, int off, int len) throws IOException {
            return in.read(cbuf, off, Math.min(len, 3));
          }

          @Override
          public void close() {}
        };
    CsvLexer lx = new CsvLexer(slow, ',');
    lx.next();
    assertArrayEquals(new String[] {"SO1", "长,名"}, lx.next());
    assertArrayEquals(new String[] {"SO2", "plain-value-longer-than-a-chunk"}, lx.next());
    assertNull(lx.next());
  }
}
