package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV lexer against Apache Commons CSV: any table of cells (quotes, delimiters, CR, LF, Chinese
 * text, empty cells), written by Commons CSV with either line ending, reads back as the same cells
 * through both; and amounts written with two decimals read back as the same minor units.
 */
class CsvLexerPropertyTest {
  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings().withChars("ab ,\"\r\n\t中文;'|=").ofMaxLength(12);
    return cell.list().ofMinSize(2).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 300)
  void readsWhatCommonsCsvWrites(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf)
      throws Exception {
    StringBuilder text = new StringBuilder();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").build();
    try (CSVPrinter p = new CSVPrinter(text, format)) {
      for (List<String> row : table) {
        p.printRecord(row);
      }
    }
    List<List<String>> commons = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text.toString()))) {
      commons.add(r.toList());
    }
    List<List<String>> ours = new ArrayList<>();
    CsvLexer lexer = new CsvLexer(new StringReader(text.toString()), ',');
    for (String[] cells = lexer.next(); cells != null; cells = lexer.next()) {
      ours.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
    }
    assertEquals(table, commons, "Commons CSV reads back what it wrote");
    assertEquals(commons, ours, text.toString());
  }

  @Property(tries = 300)
  void amountsReadBackAsTheirMinorUnits(
      @ForAll("fen") long fen, @ForAll boolean grouped, @ForAll boolean yuanSign) throws Exception {
    String plain = String.format("%d.%02d", Math.abs(fen) / 100, Math.abs(fen) % 100);
    String body =
        grouped ? String.format("%,d.%02d", Math.abs(fen) / 100, Math.abs(fen) % 100) : plain;
    String text = (fen < 0 ? "-" : "") + (yuanSign ? "¥" : "") + body;
    assertEquals(fen, Amounts.amount(text), text);
  }

  @Provide
  Arbitrary<Long> fen() {
    return Arbitraries.longs().between(-1_000_000_000_00L, 1_000_000_000_00L);
  }
}
