package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.parse.FileFacts;
import com.shopops.parse.TextSniffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The order files of one command are imported in: as given, except that files carrying only line
 * items of orders (Taobao 宝贝报表) go after the order lists, which they need.
 */
final class FileOrder {
  private FileOrder() {}

  static List<ImportSource> of(List<ImportSource> files, ImportOptions options) {
    if (files.size() < 2) {
      return files; // nothing to put after another: the file is not read twice
    }
    List<ImportSource> first = new ArrayList<>();
    List<ImportSource> last = new ArrayList<>();
    for (ImportSource f : files) {
      (readsLast(f.path(), options) ? last : first).add(f);
    }
    first.addAll(last);
    return first;
  }

  /**
   * Whether a file carries only line items of orders, to be read after the order lists given in the
   * same command. Any problem reading it is left for the import of the file.
   */
  static boolean readsLast(Path file, ImportOptions options) {
    if (options.mapFile() != null) {
      return false;
    }
    try {
      FileFacts facts =
          TextSniffer.sniffHead(file, options.encoding(), SniffedFile.HEAD_SNIFF_BYTES);
      if (facts.size() == 0 || facts.binaryKind() != null) {
        return false;
      }
      try (CsvInput in = new CsvInput(file, file.toString(), facts, options.delimiter(), n -> {})) {
        Preset p = PresetChoice.guess(options, in.header());
        return p != null && p.linesOnly();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
