package com.shopops.parse;

import java.nio.charset.Charset;

/**
 * What {@link TextSniffer#sniff} learned about a file in one pass.
 *
 * @param sha256 lowercase hex SHA-256 of the whole file, recorded with each import
 * @param size size in bytes
 * @param charset the charset to decode it with (forced, from a BOM, UTF-8 or GB18030)
 * @param bomLength number of leading bytes the reader must skip (3 for a UTF-8 BOM, 2 for a UTF-16
 *     BOM, else 0)
 * @param binaryKind null for text; else {@code zip}, {@code gzip}, {@code xls}, {@code pdf} or
 *     {@code binary} — see {@link TextSniffer#binaryHint(String)}
 * @param encodingProblem null when the file decodes in {@code charset}; else why no encoding was
 *     detected for it (neither UTF-8 nor plausible GB18030, or a mix of both), naming the first
 *     line whose bytes do not fit. Only a whole-file sniff looks for it; with a forced charset, it
 *     says that the bytes are clearly another encoding (see ForcedEncodingCheck).
 */
public record FileFacts(
    String sha256,
    long size,
    Charset charset,
    int bomLength,
    String binaryKind,
    EncodingProblem encodingProblem) {

  /** The encodings a hint suggests to --encoding, the same list everywhere. */
  public static final String ENCODINGS = "utf-8, gbk, gb18030, utf-16, big5, latin1, windows-1252";

  /** Describes a file that decodes in its charset. */
  public FileFacts(String sha256, long size, Charset charset, int bomLength, String binaryKind) {
    this(sha256, size, charset, bomLength, binaryKind, null);
  }

  /**
   * Why a file was not given an encoding.
   *
   * @param line the 1-based line of the first bytes that do not fit
   * @param message what is wrong, without the file name and line
   * @param hint what to do about it
   */
  public record EncodingProblem(long line, String message, String hint) {
    /** What to tell the operator, for every file that does not decode. */
    public static final String HINT =
        "name the file's encoding with --encoding (" + ENCODINGS + "), or export it again as UTF-8";

    /** A file whose encoding was not detected: {@link #HINT}. */
    public EncodingProblem(long line, String message) {
      this(line, message, HINT);
    }
  }
}
