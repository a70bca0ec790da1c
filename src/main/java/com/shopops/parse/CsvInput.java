package com.shopops.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A delimited text file opened for reading: decoded strictly in its charset (a byte that does not
 * belong to it is an error, never a silent U+FFFD), its delimiter sniffed from the header line, its
 * records streamed with the line each starts on.
 */
public final class CsvInput implements RecordInput {
  private final String name;
  private final CsvLexer lexer;
  private final BufferedReader reader;
  private final List<String> header;

  /** One record's cells and the line of the file it starts on (1 = the header). */
  public record Line(long number, String[] cells) {}

  /**
   * Opens the file and reads its header line.
   *
   * @throws ReadException when the file is empty or not text in its charset
   */
  public CsvInput(
      Path path, String name, FileFacts facts, Character forcedDelimiter, LongConsumer progress)
      throws IOException {
    this.name = name;
    this.path = path;
    String first = firstLine(path, facts);
    char delimiter = forcedDelimiter != null ? forcedDelimiter : DelimiterSniffer.sniff(first);
    // read again from the start, without a mark: a mark of HEADER_LIMIT would make the reader
    // fill megabytes ahead of the rows, and the progress bar show "0 rows" at 10 %
    BufferedReader reader = StrictText.open(path, facts, progress);
    this.reader = reader;
    this.lexer = new CsvLexer(reader, delimiter);
    this.facts = facts;
    this.unescape = delimiter == '\t' && escapedTsv(path, facts);
    Line h = next();
    List<String> cells = new ArrayList<>();
    for (String c : h.cells()) {
      cells.add(c == null ? "" : c.replace("\uFEFF", "").strip());
    }
    this.header = List.copyOf(cells);
  }

  /** The most characters read before the header line ends (blank lines before it included). */
  static final int HEADER_LIMIT = 1 << 22;

  /**
   * The header line (the first that is not blank), read on its own for the delimiter, at most
   * {@link #HEADER_LIMIT} characters into the file.
   */
  private String firstLine(Path path, FileFacts facts) throws IOException {
    try (BufferedReader reader = StrictText.open(path, facts, read -> {})) {
      StringBuilder line = new StringBuilder();
      long read = 0;
      try {
        for (int c = reader.read(); c >= 0; c = reader.read()) {
          if (++read > HEADER_LIMIT) {
            throw new ReadException(
                name + ":1: the header line is longer than " + HEADER_LIMIT + " characters",
                "this is not a CSV export shopops can read; export the data again as CSV");
          }
          if (c == '\n' || c == '\r') {
            if (!line.toString().isBlank()) {
              return line.toString();
            }
            line.setLength(0);
          } else {
            line.append((char) c);
          }
        }
      } catch (CharacterCodingException e) {
        throw notDecodable(facts);
      }
      if (line.toString().isBlank()) {
        throw new ReadException(
            name + ": the file is empty", "export the data again; a CSV needs a header row");
      }
      return line.toString();
    }
  }

  private final FileFacts facts;
  private final Path path;

  /** A tsv in shopops' own escapes ({@link TsvEscapes}): every cell is read back unescaped. */
  private final boolean unescape;

  private boolean escapedTsv(Path path, FileFacts facts) throws IOException {
    try (BufferedReader reader = StrictText.open(path, facts, read -> {})) {
      return TsvEscapes.looksEscaped(reader);
    } catch (CharacterCodingException e) {
      throw notDecodable(facts);
    }
  }

  /** The file holds bytes its charset cannot decode: say where the first one is. */
  private ReadException notDecodable(FileFacts facts) {
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
    return new ReadException(
        name + where + ": the file is not valid " + facts.charset().name() + " text" + what,
        FileFacts.EncodingProblem.HINT);
  }

  /**
   * The line (1-based), byte offset (0-based, from the start of the file) and value of the first
   * byte that does not decode in the file's charset, or null. Only run when reading has failed.
   */
  static long[] firstUndecodable(Path path, FileFacts facts) throws IOException {
    var decoder =
        facts
            .charset()
            .newDecoder()
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

  @Override
  public List<String> header() {
    return header;
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws TruncatedException when a quoted field is never closed
   * @throws ReadException when the file cannot be read or decoded
   */
  @Override
  public Line next() {
    try {
      String[] cells = lexer.next();
      if (cells != null && unescape) {
        for (int i = 0; i < cells.length; i++) {
          cells[i] = TsvEscapes.unescape(cells[i]);
        }
      }
      return cells == null ? null : new Line(lexer.recordLine(), cells);
    } catch (CsvLexer.UnterminatedQuote e) {
      throw new TruncatedException(e.line);
    } catch (CharacterCodingException e) {
      throw notDecodable(facts);
    } catch (IOException e) {
      throw new ReadException(
          name + ":" + lexer.recordLine() + ": cannot read: " + e.getMessage(), null);
    }
  }

  /** A quoted field opened on {@code line} and never closed: the file was cut short. */
  public static final class TruncatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    TruncatedException(long line) {
      super("unterminated quoted field at line " + line);
      this.line = line;
    }

    /** The line the unclosed quoted field opens on. */
    public long line() {
      return line;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
