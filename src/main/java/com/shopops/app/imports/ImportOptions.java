package com.shopops.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * How to import: the kind, a forced preset or mapping file, the encoding and delimiter when not
 * sniffed, what to do with bad rows, whether to write at all, and the sheet of an .xlsx workbook
 * (null: the first), and the traffic channel a file without a channel column is imported under
 * (null: none, the store total).
 */
public record ImportOptions(
    ImportKind kind,
    String presetName,
    Path mapFile,
    Charset encoding,
    Character delimiter,
    OnError onError,
    Path rejectsFile,
    boolean dryRun,
    InputFormat inputFormat,
    String sheet,
    String channel) {

  /** Options without a traffic channel. */
  public ImportOptions(
      ImportKind kind,
      String presetName,
      Path mapFile,
      Charset encoding,
      Character delimiter,
      OnError onError,
      Path rejectsFile,
      boolean dryRun,
      InputFormat inputFormat,
      String sheet) {
    this(
        kind,
        presetName,
        mapFile,
        encoding,
        delimiter,
        onError,
        rejectsFile,
        dryRun,
        inputFormat,
        sheet,
        null);
  }

  /** Options for a text file or the first sheet of a workbook. */
  public ImportOptions(
      ImportKind kind,
      String presetName,
      Path mapFile,
      Charset encoding,
      Character delimiter,
      OnError onError,
      Path rejectsFile,
      boolean dryRun,
      InputFormat inputFormat) {
    this(
        kind,
        presetName,
        mapFile,
        encoding,
        delimiter,
        onError,
        rejectsFile,
        dryRun,
        inputFormat,
        null);
  }

  /** These options, with every row of a traffic file in {@code name}. */
  public ImportOptions withChannel(String name) {
    return new ImportOptions(
        kind,
        presetName,
        mapFile,
        encoding,
        delimiter,
        onError,
        rejectsFile,
        dryRun,
        inputFormat,
        sheet,
        name);
  }

  /** What a bad row does to its file's import. */
  public enum OnError {
    /** Nothing from the file is written; exit 1. */
    ABORT,
    /** Good rows are written; bad rows go to the rejects file. */
    SKIP;

    /** {@code abort}, {@code skip}: as the command line writes it. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether a file with {@code rejected} bad rows is refused for them (dry run or not). */
  boolean refuses(long rejected) {
    return rejected > 0 && onError != OnError.SKIP;
  }

  /** Whether a file with {@code rejected} bad rows is written. */
  boolean writes(long rejected) {
    return !dryRun && (rejected == 0 || onError == OnError.SKIP);
  }
}
