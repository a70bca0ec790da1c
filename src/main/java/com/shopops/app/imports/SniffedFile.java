package com.shopops.app.imports;

import com.shopops.parse.FileFacts;
import com.shopops.parse.ReadException;
import com.shopops.parse.TextSniffer;
import com.shopops.parse.XlsxInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What the import knows of a file before reading its rows: its encoding, size and sha256, and that
 * it is text (or an Excel .xlsx workbook). A large file is read twice (sha256 and the full text
 * check, then the rows): the first read runs beside the second, from the file's head alone the
 * import knows its encoding.
 */
final class SniffedFile {
  /** Files above this size are sniffed from their head, and in full beside the import. */
  static final long HEAD_SNIFF_BYTES = 4L << 20;

  private final String name;
  private final FileFacts facts;
  private final CompletableFuture<FileFacts> full;
  private final boolean workbook;
  private final Path path;

  /** The file's size and modification time before it was first read. */
  private final long size;

  private final java.nio.file.attribute.FileTime modified;

  private SniffedFile(
      String name,
      FileFacts facts,
      CompletableFuture<FileFacts> full,
      boolean workbook,
      Path path,
      long size,
      java.nio.file.attribute.FileTime modified) {
    this.name = name;
    this.facts = facts;
    this.full = full;
    this.workbook = workbook;
    this.path = path;
    this.size = size;
    this.modified = modified;
  }

  /**
   * Refuses a file whose size or modification time changed since it was first read: its rows and
   * its sha256 would be of a file that never existed (issue 13). Called before the import commits.
   */
  void checkUnchanged() {
    boolean same;
    try {
      same = Files.size(path) == size && Files.getLastModifiedTime(path).equals(modified);
    } catch (IOException e) {
      same = false; // gone or unreadable now: not the file that was read
    }
    if (!same) {
      throw new ImportException(
          name
              + ": changed while being read (its size or modification time changed during the"
              + " import); nothing from it was written",
          "import it again once the export is complete");
    }
  }

  /**
   * Sniffs a file, refusing one that is empty or neither text (from its head, for a large one) nor
   * an Excel .xlsx workbook.
   */
  static SniffedFile of(Path path, String name, Charset encoding) {
    FileFacts facts;
    CompletableFuture<FileFacts> full = null;
    long size;
    java.nio.file.attribute.FileTime modified;
    try {
      modified = Files.getLastModifiedTime(path);
      size = Files.size(path);
      if ("zip".equals(TextSniffer.sniffHead(path, encoding, 8).binaryKind())) {
        XlsxInput.ZipKind kind = XlsxInput.zipKind(path);
        if (kind == XlsxInput.ZipKind.WORKBOOK) {
          return new SniffedFile(
              name, TextSniffer.sniff(path, encoding), null, true, path, size, modified);
        }
        boolean xlsxName = name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.xls[xm]$");
        if (kind == XlsxInput.ZipKind.DAMAGED_WORKBOOK
            || (kind == XlsxInput.ZipKind.DAMAGED && xlsxName)) {
          throw damagedWorkbook(
              name, kind == XlsxInput.ZipKind.DAMAGED ? "cut short" : "its sheets are missing");
        }
        if (kind == XlsxInput.ZipKind.DAMAGED) {
          throw new ImportException(
              name + ": the zip archive is damaged or incomplete (cut short)",
              "download or copy it again; a whole .xlsx workbook or CSV file imports");
        }
      }
      if (size > HEAD_SNIFF_BYTES) {
        facts = TextSniffer.sniffHead(path, encoding, HEAD_SNIFF_BYTES);
        full = CompletableFuture.supplyAsync(() -> fullSniff(path, encoding));
        if (facts.charset().equals(StandardCharsets.US_ASCII) && encoding == null) {
          // a head of plain ASCII tells nothing of the encoding: wait for the whole file's
          facts = new SniffedFile(name, facts, full, false, path, size, modified).whole();
          full = null;
        }
      } else {
        facts = TextSniffer.sniff(path, encoding);
      }
    } catch (IOException e) {
      if (e instanceof ClosedByInterruptException) {
        throw ImportProgress.cancelled(name); // Ctrl-C in the shell while the head was read
      }
      throw new ImportException(name + ": cannot read: " + e.getMessage(), null);
    }
    if (facts.size() == 0) {
      throw new ImportException(
          name + ": the file is empty", "export the data again; a CSV needs a header row");
    }
    if (facts.binaryKind() != null) {
      throw notText(name, facts);
    }
    checkEncoding(name, facts);
    return new SniffedFile(name, facts, full, false, path, size, modified);
  }

  /** Whether the file is an Excel .xlsx workbook (its rows are read from a sheet, not as text). */
  boolean workbook() {
    return workbook;
  }

  /** The facts known now: the whole file's, or its head's for a large file (no sha256 yet). */
  FileFacts facts() {
    return facts;
  }

  /** Whether the whole file's facts are still being read beside the import. */
  boolean headOnly() {
    return full != null;
  }

  /** The whole file's facts: waits for them, and refuses a file that is not text. */
  FileFacts whole() {
    if (full == null) {
      return facts;
    }
    FileFacts f;
    try {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      f = full.get(); // not join(): Ctrl-C in the shell must not wait for a whole file's read
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      full.cancel(false);
      throw ImportProgress.cancelled(name);
    } catch (ExecutionException e) {
      throw new ImportException(name + ": cannot read: " + e.getCause().getMessage(), null);
    }
    if (f.binaryKind() != null) {
      throw notText(name, f);
    }
    checkEncoding(name, f);
    return f;
  }

  /**
   * A failure to read a large file while its whole-file sniff runs beside: the sniff's verdict on
   * its encoding, when it has one, says more than the decoder that stumbled on a byte.
   */
  RuntimeException explain(RuntimeException e) {
    if (full != null && e instanceof ReadException) {
      try {
        whole();
      } catch (ImportException better) {
        return better;
      }
    }
    return e;
  }

  /** Refuses a file whose encoding could not be decided (issue 13): the line that does not fit. */
  private static void checkEncoding(String name, FileFacts f) {
    FileFacts.EncodingProblem p = f.encodingProblem();
    if (p != null) {
      throw new ImportException(name + ":" + p.line() + ": " + p.message(), p.hint());
    }
  }

  private static ImportException damagedWorkbook(String name, String why) {
    ReadException e = XlsxInput.damaged(name, why);
    return new ImportException(e.getMessage(), e.hint());
  }

  private static ImportException notText(String name, FileFacts f) {
    return new ImportException(
        name + ": not a text file (" + f.binaryKind() + ")",
        TextSniffer.binaryHint(f.binaryKind()));
  }

  private static FileFacts fullSniff(Path path, Charset encoding) {
    try {
      return TextSniffer.sniff(path, encoding);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
