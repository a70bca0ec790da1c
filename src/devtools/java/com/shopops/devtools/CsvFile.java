package com.shopops.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One small CSV file in memory: a header, rows, an encoding and a line ending. Written to a
 * temporary name and renamed, so a reader never sees half a file.
 */
final class CsvFile {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  CsvFile(List<String> header) {
    this.header = header;
  }

  CsvFile row(List<String> values) {
    if (values.size() != header.size()) {
      throw new IllegalStateException(
          "row has " + values.size() + " fields, header " + header.size());
    }
    rows.add(values);
    return this;
  }

  CsvFile row(String... values) {
    return row(List.of(values));
  }

  int size() {
    return rows.size();
  }

  /**
   * @param bom write a UTF-8 byte order mark, as Excel and JD's exports do
   * @param eol "\n", or "\r\n" for files made by Windows tools
   */
  void write(Path file, Charset charset, boolean bom, String eol) {
    StringBuilder sb = new StringBuilder(4096);
    if (bom) sb.append('\uFEFF');
    Csv.appendRow(sb, header, eol);
    rows.forEach(r -> Csv.appendRow(sb, r, eol));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, charset)) {
        w.append(sb);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
