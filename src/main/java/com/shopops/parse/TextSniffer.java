package com.shopops.parse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds out, in one streaming pass, what an import file is: its SHA-256 and size (recorded with the
 * import), its encoding and BOM, and whether it is text at all.
 *
 * <p>Encoding detection is decided on the whole file: a BOM decides; otherwise a file that is
 * strictly valid UTF-8 from first to last byte is UTF-8; else a file that is valid GB18030 from
 * first to last byte and plausible Chinese (mostly common GB2312 characters) is GB18030, which is
 * what Taobao/JD exports and Excel on Chinese Windows produce (GBK is a subset of it); anything
 * else (Latin-1, a mix of UTF-8 and GBK lines, a UTF-8 file with a broken sequence) gets an {@link
 * FileFacts#encodingProblem()} naming the first line that does not fit.
 */
public final class TextSniffer {
  /** GB18030 decodes everything GBK and GB2312 encode (it is their superset). */
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static final int BUFFER = 1 << 20;

  private TextSniffer() {}

  /**
   * Reads {@code file} once and describes it.
   *
   * @param forced the charset from {@code --encoding}, or null to detect it. A UTF-8 BOM is
   *     reported (bomLength 3) even then, so the reader can skip it; with a forced UTF-16 the BOM
   *     also decides the byte order.
   */
  public static FileFacts sniff(Path file, Charset forced) throws IOException {
    return sniff(file, forced, Long.MAX_VALUE);
  }

  /**
   * Describes a file from its first {@code limit} bytes only (its encoding and whether it is text),
   * without a SHA-256 (empty): for a large file, whose full {@link #sniff} can then run beside the
   * import instead of before it. A character cut at the limit is not an error; a byte further on
   * that does not decode is found by the strict decoder that reads the file. A head of plain ASCII
   * (with no charset forced) is reported as US-ASCII: only the whole file can tell its encoding.
   */
  public static FileFacts sniffHead(Path file, Charset forced, long limit) throws IOException {
    return sniff(file, forced, limit);
  }

  private static FileFacts sniff(Path file, Charset forced, long limit) throws IOException {
    boolean whole = limit == Long.MAX_VALUE;
    MessageDigest sha = whole ? sha256() : null;
    byte[] buf = new byte[BUFFER];
    Utf8Scan scan = new Utf8Scan();
    long size = 0;
    byte[] head = null;
    int headLength = 0;
    boolean cut = false;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = readFully(in, buf)) > 0) {
        if (head == null) {
          headLength = n;
          head = buf.clone(); // only the first block; needed after the loop reuses buf
          if (isUtf16Bom(head, n) || isUtf16(forced)) {
            scan.nulIsText = true; // every other byte of UTF-16 ASCII text is NUL
          }
        }
        if (sha != null) {
          sha.update(buf, 0, n);
        }
        scan.update(buf, 0, n);
        size += n;
        if (size >= limit) {
          cut = true;
          break;
        }
      }
    }
    if (cut) {
      size = Files.size(file);
    } else {
      scan.finish();
    }
    if (head == null) {
      head = new byte[0];
    }
    Charset charset;
    int bom = 0;
    if (startsWith(head, headLength, 0xEF, 0xBB, 0xBF)) {
      charset = forced != null ? forced : StandardCharsets.UTF_8;
      bom = 3;
    } else if (startsWith(head, headLength, 0xFF, 0xFE) && (forced == null || isUtf16(forced))) {
      charset = forced == null || forced.equals(StandardCharsets.UTF_16) ? UTF_16LE : forced;
      bom = charset.equals(UTF_16LE) ? 2 : 0;
    } else if (startsWith(head, headLength, 0xFE, 0xFF) && (forced == null || isUtf16(forced))) {
      charset = forced == null || forced.equals(StandardCharsets.UTF_16) ? UTF_16BE : forced;
      bom = charset.equals(UTF_16BE) ? 2 : 0;
    } else if (forced != null) {
      charset = forced;
    } else if (scan.valid) {
      // a head of plain ASCII decides nothing: the rest may be UTF-8 or GB18030
      charset = cut && !scan.sawHigh ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
    } else {
      charset = GB18030;
    }
    String kind = binaryKind(head, headLength, scan.sawNul && !scan.nulIsText);
    FileFacts.EncodingProblem problem = null;
    if (whole && kind == null && forced == null && bom == 0 && !scan.valid) {
      problem = EncodingCheck.check(file, 0); // GB18030 only if it is that, and plausible
    } else if (whole && kind == null && forced != null && (bom == 0 || bom == 3) && scan.sawHigh) {
      problem = ForcedEncodingCheck.check(file, forced, scan.valid, size);
    }
    return new FileFacts(
        sha == null ? "" : HexFormat.of().formatHex(sha.digest()),
        size,
        charset,
        bom,
        kind,
        problem);
  }

  private static final Charset UTF_16LE = StandardCharsets.UTF_16LE;
  private static final Charset UTF_16BE = StandardCharsets.UTF_16BE;

  private static boolean isUtf16(Charset c) {
    return c != null
        && (c.equals(StandardCharsets.UTF_16) || c.equals(UTF_16LE) || c.equals(UTF_16BE));
  }

  private static boolean isUtf16Bom(byte[] b, int n) {
    return startsWith(b, n, 0xFF, 0xFE) || startsWith(b, n, 0xFE, 0xFF);
  }

  private static String binaryKind(byte[] head, int n, boolean nul) {
    if (startsWith(head, n, 'P', 'K', 3, 4)) {
      return "zip";
    }
    if (startsWith(head, n, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(head, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "xls";
    }
    if (startsWith(head, n, '%', 'P', 'D', 'F')) {
      return "pdf";
    }
    // Only a NUL makes a text binary: other control characters occur in real exports (FileMaker
    // writes a vertical tab for a line break inside a field).
    return nul ? "binary" : null;
  }

  /**
   * What to tell the operator about a file of the given {@link FileFacts#binaryKind()}; null for
   * text.
   */
  public static String binaryHint(String binaryKind) {
    if (binaryKind == null) {
      return null;
    }
    switch (binaryKind) {
      case "zip":
        return "this is a zip archive, not an Excel .xlsx workbook; unpack it and import the"
            + " file inside";
      case "gzip":
        return "this is a gzip-compressed file; unpack it first (gunzip FILE)";
      case "xls":
        return "this is a legacy Excel .xls file, which shopops does not read; open it in Excel"
            + " or WPS and save it as .xlsx or CSV (UTF-8), then import that";
      case "pdf":
        return "this is a PDF file; export the data as CSV instead";
      default:
        return "this does not look like a text file; export the data as CSV (UTF-8)";
    }
  }

  /**
   * The charset for an {@code --encoding} value, case-insensitively: {@code utf-8}/{@code utf8},
   * {@code utf-8-sig}/{@code utf-8-bom} (the BOM is skipped anyway), {@code gbk}, {@code gb2312},
   * {@code cp936} and {@code gb18030}, which all give GB18030 — a superset of GBK and GB2312, so it
   * decodes every file written in those and more (rare characters, 4-byte sequences) that a GBK
   * decoder would turn into U+FFFD — {@code utf-16}/{@code utf-16le}/{@code utf-16be}, {@code
   * big5}, {@code latin1}/{@code iso-8859-1}, {@code windows-1252}; any other name Java knows.
   *
   * @throws ValueException {@code unknown encoding ("foo"); use one of} {@link FileFacts#ENCODINGS}
   */
  public static Charset charsetNamed(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "utf-8", "utf8", "utf-8-sig", "utf8-sig", "utf-8-bom", "utf8-bom", "utf_8":
        return StandardCharsets.UTF_8;
      case "gbk", "gb2312", "cp936", "ms936", "gb18030", "gb-18030", "936":
        return GB18030;
      case "utf-16", "utf16":
        return StandardCharsets.UTF_16;
      case "utf-16le", "utf16le":
        return UTF_16LE;
      case "utf-16be", "utf16be":
        return UTF_16BE;
      case "latin1", "latin-1", "iso-8859-1", "iso8859-1":
        return StandardCharsets.ISO_8859_1;
      case "windows-1252", "cp1252":
        return named("windows-1252", name);
      case "big5":
        return named("Big5", name);
      default:
        return named(n, name);
    }
  }

  private static Charset named(String javaName, String asGiven) {
    try {
      if (!javaName.isEmpty()) {
        return Charset.forName(javaName);
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // fall through to the message below
    }
    throw new ValueException(
        "unknown encoding "
            + CellText.quoted(asGiven == null ? "" : asGiven.trim())
            + "; use one of "
            + FileFacts.ENCODINGS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Fills buf unless the stream ends first; returns the number of bytes read (0 at EOF). */
  private static int readFully(InputStream in, byte[] buf) throws IOException {
    int n = 0;
    while (n < buf.length) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  private static boolean startsWith(byte[] b, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A strict UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) fed
   * block by block, so that a character split between two blocks is still judged whole. Also notes
   * whether a NUL byte occurs anywhere. ASCII is checked eight bytes at a time.
   */
  static final class Utf8Scan {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    boolean valid = true;
    boolean sawNul;

    /**
     * Whether a byte above 0x7F has been seen: a file of plain ASCII is UTF-8 and GB18030 alike.
     */
    boolean sawHigh;

    /** Set for UTF-16 files: NULs are expected there, so do not look for them. */
    boolean nulIsText;

    private int pending; // continuation bytes still expected
    private int lo = 0x80; // allowed range of the next continuation byte
    private int hi = 0xBF;

    void update(byte[] b, int off, int len) {
      int end = off + len;
      if (!valid) {
        scanNul(b, off, end);
        return;
      }
      int i = off;
      while (i < end) {
        if (pending == 0) {
          while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i);
            if ((w & HIGH_BITS) != 0) {
              break;
            }
            if (((w - LOW_BITS) & ~w & HIGH_BITS) != 0) { // some byte is zero
              sawNul = true;
            }
            i += 8;
          }
          if (i >= end) {
            break;
          }
          int c = b[i++] & 0xFF;
          if (c < 0x80) {
            if (c == 0) {
              sawNul = true;
            }
            continue;
          }
          sawHigh = true;
          if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
          } else if (c >= 0xE0 && c <= 0xEF) {
            pending = 2;
            if (c == 0xE0) {
              lo = 0xA0; // else overlong
            } else if (c == 0xED) {
              hi = 0x9F; // else a UTF-16 surrogate
            }
          } else if (c >= 0xF0 && c <= 0xF4) {
            pending = 3;
            if (c == 0xF0) {
              lo = 0x90; // else overlong
            } else if (c == 0xF4) {
              hi = 0x8F; // else above U+10FFFF
            }
          } else { // a stray continuation byte, an overlong C0/C1, or F5..FF
            invalid(b, i, end);
            return;
          }
          if (i + pending <= end) {
            // The whole character is in this block (the usual case): check it in one go.
            int c1 = b[i] & 0xFF;
            boolean ok = c1 >= lo && c1 <= hi;
            for (int k = 1; k < pending; k++) {
              ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
              invalid(b, i, end);
              return;
            }
            i += pending;
            pending = 0;
            lo = 0x80;
            hi = 0xBF;
          }
        } else {
          int c = b[i++] & 0xFF;
          if (c < lo || c > hi) {
            invalid(b, i - 1, end);
            return;
          }
          pending--;
          lo = 0x80;
          hi = 0xBF;
        }
      }
    }

    /** A multi-byte character cut off by the end of the file makes it invalid. */
    void finish() {
      if (pending != 0) {
        sawHigh = true;
        valid = false;
      }
    }

    private void invalid(byte[] b, int from, int end) {
      valid = false;
      sawHigh = true;
      scanNul(b, from, end);
    }

    private void scanNul(byte[] b, int i, int end) {
      if (sawNul || nulIsText) {
        return;
      }
      for (; i + 8 <= end; i += 8) {
        long w = (long) LONGS.get(b, i);
        if (((w - LOW_BITS) & ~w & HIGH_BITS) != 0) {
          sawNul = true;
          return;
        }
      }
      for (; i < end; i++) {
        if (b[i] == 0) {
          sawNul = true;
          return;
        }
      }
    }
  }
}
