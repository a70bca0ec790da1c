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
public final class StoredImportFile {
  private StoredImportFile() {}

  /**
   * What became of a file a stored import read, looked at again (closing note 26, tryout26a A1
   * rest): still there with the sha256 recorded ({@code SAME}), not there ({@code GONE}), there
   * with another content ({@code CHANGED}), or not known ({@code NOT_CHECKED}: a path typed from
   * another directory, or no sha256 recorded, or unreadable).
   */
  public enum Found {
    SAME,
    GONE,
    CHANGED,
    NOT_CHECKED
  }

  /** {@link Found} of {@code file}, as its import recorded it. */
  public static Found found(com.shopops.store.OldReadings.Recorded file) {
    return found(file.file(), null, file.sha256());
  }

  /**
   * Whether the file an import recorded as {@code recorded} (with {@code encoding}, null: sniffed,
   * and {@code sha256}, null: not recorded) is still there and the same (closing note 26, A1 rest):
   * what {@link #open} finds, said.
   */
  static Found found(String recorded, String encoding, String sha256) {
    Path file = Path.of(recorded);
    if (!file.isAbsolute()) {
      return Found.NOT_CHECKED; // a path typed elsewhere: where is not known
    }
    if (!Files.isRegularFile(file)) {
      return Found.GONE;
    }
    if (sha256 == null) {
      return Found.NOT_CHECKED;
    }
    try {
      Charset forced = encoding == null ? null : Charset.forName(encoding);
      return TextSniffer.sniff(file, forced).sha256().equals(sha256) ? Found.SAME : Found.CHANGED;
    } catch (IOException | RuntimeException e) {
      return Found.NOT_CHECKED; // unreadable: said as not known
    }
  }

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
