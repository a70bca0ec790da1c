package com.shopops.parse;

import java.io.IOException;
import java.util.List;

/**
 * A file's records with the line (or sheet row) each starts on: a delimited text file ({@link
 * CsvInput}) or a spreadsheet's sheet ({@link XlsxInput}). The import reads both the same way.
 */
public interface RecordInput extends AutoCloseable {
  /** The header's cells, stripped. */
  List<String> header();

  /**
   * The next record, or null at the end.
   *
   * @throws ReadException when the file cannot be read
   */
  CsvInput.Line next();

  @Override
  void close() throws IOException;
}
