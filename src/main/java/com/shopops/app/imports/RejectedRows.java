package com.shopops.app.imports;

import com.shopops.parse.FileFacts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rejected rows of one file: counted, the first few kept for the message, all written to the
 * rejects file ({@code --rejects}), which appears (renamed from a temp file) only when the file's
 * import ends.
 */
final class RejectedRows implements KindHandler.Rejects {
  /** How many problems are kept for the message; all are counted and all go to the rejects file. */
  static final int ERRORS_SHOWN = 20;

  private final String file;
  private final List<String> header;
  private final Path target;
  private final List<RowError> shown = new ArrayList<>();

  /** Every problem, for the store's record of the import ({@code imports show ID}). */
  private final List<Problem> problems = new ArrayList<>();

  private long anomalies;
  private long count;
  private Path temp;
  private BufferedWriter out;
  private CSVPrinter printer;

  /** How the rejects file is written: its charset, and whether it starts with a BOM. */
  private final Charset charset;

  private final boolean bom;

  /** How a reason is said in the rejects file (the operator's language); English by default. */
  private java.util.function.UnaryOperator<String> say =
      java.util.function.UnaryOperator.identity();

  /** Says the rejects file's reasons as {@code options} say them. */
  RejectedRows saying(ImportOptions options) {
    this.say = options::rejectReason;
    return this;
  }

  /** Rejected rows of a UTF-8 text without a BOM (a log): written so. */
  RejectedRows(String file, List<String> header, Path target) {
    this(file, header, target, StandardCharsets.UTF_8, false);
  }

  private RejectedRows(
      String file, List<String> header, Path target, Charset charset, boolean bom) {
    this.file = file;
    this.header = header;
    this.target = target;
    this.charset = charset;
    this.bom = bom;
  }

  /**
   * The rejected rows of {@code source}, written to be opened where the source was: in its own
   * encoding (a GBK export's rows stay GBK, which Excel and WPS on Chinese Windows read without a
   * BOM), with a BOM when it had one; a workbook's or a UTF-16 text's rows as UTF-8 with a BOM, the
   * form Excel reads as UTF-8. The fixed file imports again as the source did.
   */
  static RejectedRows of(
      String file, List<String> header, Path target, FileFacts source, boolean workbook) {
    Charset cs = source.charset();
    boolean unicode = cs.name().startsWith("UTF-");
    if (workbook || (unicode && !cs.equals(StandardCharsets.UTF_8))) {
      return new RejectedRows(file, header, target, StandardCharsets.UTF_8, true);
    }
    if (cs.equals(StandardCharsets.US_ASCII)) {
      cs = StandardCharsets.UTF_8;
    }
    return new RejectedRows(file, header, target, cs, source.bomLength() > 0);
  }

  @Override
  public void reject(List<ParsedRow> rows, RowError reason) {
    for (ParsedRow r : rows) {
      RowError e = r.line() == reason.line() ? reason : RowError.withOrder(file, r.line(), reason);
      record(e, r.raw());
    }
  }

  @Override
  public void anomaly(ParsedRow row, String recordId, String what, String message) {
    anomaly(row.line(), recordId, what, message);
  }

  @Override
  public void anomaly(long line, String recordId, String what, String message) {
    anomalies++;
    problems.add(new Problem(line, "anomaly:" + what, recordId, message, null));
  }

  @Override
  public void anomaly(long line, String recordId, String what, com.shopops.text.Problem said) {
    anomalies++;
    problems.add(new Problem(line, "anomaly:" + what, recordId, said.english(), said));
  }

  /** The kind of the import's record of a row its layout expects and does not import. */
  static final String KEPT_ASIDE = com.shopops.store.ImportLog.KEPT_ASIDE;

  @Override
  public void keepAside(ParsedRow row, String recordId, String reason) {
    problems.add(new Problem(row.line(), KEPT_ASIDE, recordId, reason, null));
  }

  /**
   * One problem as the store records it: its English, and the key and arguments it was named by
   * ({@code said}; null when it was made as a sentence) for {@code imports show} to say in zh.
   */
  record Problem(
      long line, String kind, String recordId, String message, com.shopops.text.Problem said) {}

  void add(RowError e) {
    record(e, List.of());
  }

  private void record(RowError e, List<String> raw) {
    count++;
    problems.add(new Problem(e.line(), "rejected", null, e.reason(), innermost(e).problem()));
    if (shown.size() < ERRORS_SHOWN) {
      shown.add(e);
    }
    if (target == null) {
      return;
    }
    try {
      if (printer == null) {
        Path dir = target.toAbsolutePath().getParent();
        temp = Files.createTempFile(dir, ".rejects", ".tmp");
        try { // a rejects file is for whoever fixes the rows: rw-r--r--, as the shell would make it
          Files.setPosixFilePermissions(
              temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
          // not a POSIX file system: its defaults apply
        }
        out = Files.newBufferedWriter(temp, charset);
        if (bom) {
          out.write('\uFEFF');
        }
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        List<String> h = new ArrayList<>(header);
        h.add("reject_line");
        h.add("reject_reason");
        printer.printRecord(h);
      }
      List<String> cells = new ArrayList<>(raw);
      while (cells.size() < header.size()) {
        cells.add("");
      }
      cells.add(Long.toString(e.line()));
      cells.add(say.apply(e.reason()));
      printer.printRecord(cells);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write rejects file " + target, ex);
    }
  }

  /** The row error whose reason a row refused with its order gives: the cause's, else its own. */
  private static RowError innermost(RowError e) {
    return e.cause() == null ? e : innermost(e.cause());
  }

  long anomalies() {
    return anomalies;
  }

  /** Writes every anomaly and rejected row into the import's record, before it commits. */
  void recordIn(com.shopops.store.ImportSession session) {
    for (Problem p : problems) {
      session.recordProblem(p.line(), p.kind(), p.recordId(), p.message());
    }
  }

  long count() {
    return count;
  }

  List<RowError> shown() {
    return List.copyOf(shown);
  }

  /** The import ended: the rejects file, if any row was rejected, takes its name. */
  void finish() throws IOException {
    if (printer != null) {
      printer.close();
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The import failed: no rejects file. */
  void abandon() {
    try {
      if (printer != null) {
        printer.close();
        Files.deleteIfExists(temp);
      }
    } catch (IOException ignored) {
      // the import failed already; that is the error to report
    }
  }
}
