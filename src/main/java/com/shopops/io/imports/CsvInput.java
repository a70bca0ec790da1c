package com.shopops.io.imports;

import com.shopops.io.read.DelimiterSniffer;
import com.shopops.io.read.FileFacts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file opened for reading: decoded strictly in its charset (a byte that does not
 * belong to it is an error, never a silent U+FFFD), its delimiter sniffed from the header line, its
 * records streamed with the line each starts on.
 */
final class CsvInput implements AutoCloseable {
  private final String name;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final char delimiter;
  private long lastLine;

  /** One record and the line of the file it starts on (1 = the header). */
  record Line(long number, CSVRecord record) {}

  CsvInput(Path path, String name, FileFacts facts, Character forcedDelimiter, LongConsumer progress)
      throws IOException {
    this.name = name;
    this.path = path;
    InputStream in = new CountingInputStream(Files.newInputStream(path), progress);
    in.skipNBytes(facts.bomLength());
    var decoder =
        facts
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    reader.mark(1 << 16);
    String first;
    try {
      first = reader.readLine();
      while (first != null && first.isBlank()) {
        first = reader.readLine();
      }
    } catch (CharacterCodingException e) {
      reader.close();
      throw notDecodable(facts);
    }
    if (first == null) {
      reader.close();
      throw new ImportException(
          name + ": the file is empty", "export the data again; a CSV needs a header row");
    }
    reader.reset();
    this.delimiter = forcedDelimiter != null ? forcedDelimiter : DelimiterSniffer.sniff(first);
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .build();
    this.parser = CSVParser.parse(reader, format);
    this.records = parser.iterator();
    Line h = next(facts);
    List<String> cells = new ArrayList<>();
    for (String c : h.record()) {
      cells.add(c == null ? "" : c.replace("\uFEFF", "").strip());
    }
    this.header = List.copyOf(cells);
    this.facts = facts;
  }

  private final FileFacts facts;
  private final Path path;

  /** The file holds bytes its charset cannot decode: say where the first one is. */
  private ImportException notDecodable(FileFacts facts) {
    String where = "";
    String what = "";
    try {
      long[] at = firstUndecodable(path, facts);
      if (at != null) {
        where = ":" + at[0];
        what = String.format(" (byte 0x%02X at offset %d)", at[2], at[1]);
      }
    } catch (IOException e) {
      // the position is a courtesy; the message stands without it
    }
    return new ImportException(
        name + where + ": the file is not valid " + facts.charset().name() + " text" + what,
        "name the encoding with --encoding (utf-8, gbk, gb18030, utf-16)");
  }

  /**
   * The line (1-based), byte offset (0-based, from the start of the file) and value of the first
   * byte that does not decode in the file's charset, or null. Only run when reading has failed.
   */
  static long[] firstUndecodable(Path path, FileFacts facts) throws IOException {
    var decoder =
        facts.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(facts.bomLength());
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
      java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
      long offset = facts.bomLength();
      long line = 1;
      boolean eof = false;
      while (true) {
        if (!eof) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        int start = bytes.position();
        var result = decoder.decode(bytes, chars, eof);
        offset += bytes.position() - start;
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            line++;
          }
        }
        chars.clear();
        if (result.isError()) {
          return new long[] {line, offset, bytes.get(bytes.position()) & 0xFF};
        }
        bytes.compact();
        if (eof && result.isUnderflow()) {
          return null;
        }
      }
    }
  }

  List<String> header() {
    return header;
  }

  char delimiter() {
    return delimiter;
  }

  /** The next record, or null at the end of the file. */
  Line next() {
    return next(facts);
  }

  private Line next(FileFacts f) {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      long start = lastLine + 1;
      lastLine = parser.getCurrentLineNumber();
      return new Line(start, r);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notDecodable(f);
      }
      String msg = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      if (msg.contains("EOF reached before encapsulated token finished")) {
        throw new TruncatedException(lastLine + 1);
      }
      throw new ImportException(name + ":" + (lastLine + 1) + ": cannot read CSV: " + msg, null);
    } catch (IllegalStateException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("EOF reached before encapsulated token finished")) {
        throw new TruncatedException(lastLine + 1);
      }
      throw new ImportException(name + ":" + (lastLine + 1) + ": cannot read CSV: " + msg, null);
    }
  }

  /** A quoted field opened on {@code line} and never closed: the file was cut short. */
  static final class TruncatedException extends RuntimeException {
    final long line;

    TruncatedException(long line) {
      super("unterminated quoted field at line " + line);
      this.line = line;
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
