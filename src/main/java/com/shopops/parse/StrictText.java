package com.shopops.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Opens a text file for reading in the charset sniffed for it, strictly: a byte that does not
 * belong to the charset is an error ({@link java.nio.charset.CharacterCodingException}), never a
 * silent U+FFFD. The BOM is skipped; {@code progress} is told how many bytes have been read.
 */
public final class StrictText {
  private StrictText() {}

  public static BufferedReader open(Path path, FileFacts facts, LongConsumer progress)
      throws IOException {
    InputStream in = new CountingInputStream(Files.newInputStream(path), progress);
    in.skipNBytes(facts.bomLength());
    var decoder =
        facts
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }
}
