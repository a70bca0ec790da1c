package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.parse.FileFacts;
import com.shopops.parse.TextSniffer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a stored import read, opened again for an upgrade's second look ({@link
 * StagedPresaleFiles}, {@link EarlierOutboundFiles}): only when it is still there and unchanged
 * (the sha256 the import recorded), read in the encoding the import recorded. Nothing is guessed.
 */
final class StoredImportFile {
  private StoredImportFile() {}

  /**
   * The rows of {@code file}, recorded by its import as {@code recorded} with {@code encoding}
   * (null: sniffed) and {@code sha256}; null when it moved (or was kept as a path typed from
   * another directory) or is not the file that was imported.
   */
  static CsvInput open(Path file, String recorded, String encoding, String sha256)
      throws IOException {
    if (!file.isAbsolute() || !Files.isRegularFile(file)) {
      return null;
    }
    Charset forced = encoding == null ? null : Charset.forName(encoding);
    FileFacts facts = TextSniffer.sniff(file, forced);
    if (!facts.sha256().equals(sha256)) {
      return null;
    }
    return new CsvInput(file, recorded, facts, null, n -> {});
  }
}
