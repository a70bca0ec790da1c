package com.shopops.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second look at a file that is not valid UTF-8 (issue 13): is it GB18030 from first to last
 * byte, and plausible Chinese (mostly the common characters and punctuation of GB2312)? Read line
 * by line in one streaming pass, it also tells the lines that are UTF-8 from those that are not, so
 * that a file mixing the two, or a UTF-8 file with one broken sequence, is refused naming the line
 * that does not fit — never decoded as GB18030 into garbled text.
 */
final class EncodingCheck {
  /** At least this share of GB18030's multi-byte characters must be common GB2312 ones. */
  private static final double PLAUSIBLE = 0.8;

  private long line = 1;
  private long offset;

  // the line being read
  private boolean high;
  private boolean utf8Ok = true;
  private int u8Pending;
  private int u8Lo = 0x80;
  private int u8Hi = 0xBF;
  private long u8Start;
  private int u8StartByte;
  private int gbState; // 0 start; 1 after a lead; 2 lead+digit; 3 lead+digit+lead
  private int gbLead;
  private long gbStart;
  private long linePairs;
  private long lineCommon;

  // the file so far
  private boolean gbValid = true;
  private long pairs;
  private long common;
  private long utf8Lines;
  private long otherLines;
  private long firstUtf8Line;
  private long firstOtherLine;
  private long firstOtherOffset;
  private int firstOtherByte;
  private long firstGbBadLine;
  private long firstGbBadOffset;
  private int firstGbBadByte;

  private EncodingCheck() {}

  /** Null when {@code file} (past its BOM) is plausible GB18030, else why it is not. */
  static FileFacts.EncodingProblem check(Path file, int bom) throws IOException {
    EncodingCheck c = new EncodingCheck();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      c.offset = bom;
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          c.accept(buf[i] & 0xFF);
        }
      }
    }
    c.endLine();
    return c.verdict();
  }

  private void accept(int b) {
    if (b == '\n') {
      endLine();
      line++;
      offset++;
      return;
    }
    if (b >= 0x80) {
      high = true;
    }
    utf8(b);
    gb(b);
    offset++;
  }

  private void utf8(int b) {
    if (!utf8Ok) {
      return;
    }
    if (u8Pending > 0) {
      if (b < u8Lo || b > u8Hi) {
        utf8Ok = false;
        return;
      }
      u8Pending--;
      u8Lo = 0x80;
      u8Hi = 0xBF;
      return;
    }
    if (b < 0x80) {
      return;
    }
    u8Start = offset;
    u8StartByte = b;
    if (b >= 0xC2 && b <= 0xDF) {
      u8Pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      u8Pending = 2;
      u8Lo = b == 0xE0 ? 0xA0 : 0x80;
      u8Hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      u8Pending = 3;
      u8Lo = b == 0xF0 ? 0x90 : 0x80;
      u8Hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      utf8Ok = false;
    }
  }

  private void gb(int b) {
    switch (gbState) {
      case 0 -> {
        if (b >= 0x81 && b <= 0xFE) {
          gbState = 1;
          gbLead = b;
          gbStart = offset;
        } else if (b >= 0x80) {
          gbBad(offset, b);
        }
      }
      case 1 -> {
        if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
          linePairs++;
          if (b >= 0xA1
              && ((gbLead >= 0xA1 && gbLead <= 0xA9) || (gbLead >= 0xB0 && gbLead <= 0xF7))) {
            lineCommon++;
          }
          gbState = 0;
        } else if (b >= 0x30 && b <= 0x39) {
          gbState = 2;
        } else {
          gbBad(gbStart, gbLead);
        }
      }
      case 2 -> {
        if (b >= 0x81 && b <= 0xFE) {
          gbState = 3;
        } else {
          gbBad(gbStart, gbLead);
        }
      }
      default -> {
        if (b >= 0x30 && b <= 0x39) {
          linePairs++; // a four-byte character: valid, but not a common one
          gbState = 0;
        } else {
          gbBad(gbStart, gbLead);
        }
      }
    }
  }

  private void gbBad(long at, int b) {
    gbState = 0;
    if (gbValid) {
      gbValid = false;
      firstGbBadLine = line;
      firstGbBadOffset = at;
      firstGbBadByte = b;
    }
  }

  private void endLine() {
    if (u8Pending > 0) {
      utf8Ok = false;
    }
    if (gbState != 0) {
      gbBad(gbStart, gbLead);
    }
    if (high) {
      if (!utf8Ok) {
        if (otherLines++ == 0) {
          firstOtherLine = line;
          firstOtherOffset = u8Start;
          firstOtherByte = u8StartByte;
        }
      } else if (lineCommon < linePairs * PLAUSIBLE || linePairs == 0) {
        if (utf8Lines++ == 0) { // UTF-8, and not plausible as GB18030
          firstUtf8Line = line;
        }
      }
    }
    pairs += linePairs;
    common += lineCommon;
    high = false;
    utf8Ok = true;
    u8Pending = 0;
    u8Lo = 0x80;
    u8Hi = 0xBF;
    linePairs = 0;
    lineCommon = 0;
  }

  private FileFacts.EncodingProblem verdict() {
    if (utf8Lines > 0 && otherLines > 0) {
      if (utf8Lines >= otherLines) {
        return new FileFacts.EncodingProblem(
            firstOtherLine,
            "the file mixes encodings: this line is not UTF-8 like the rest of the file"
                + byteAt(firstOtherByte, firstOtherOffset));
      }
      return new FileFacts.EncodingProblem(
          firstUtf8Line,
          "the file mixes encodings: this line is UTF-8, the rest of the file GBK/GB18030");
    }
    if (gbValid && pairs > 0 && common >= pairs * PLAUSIBLE) {
      return null;
    }
    if (!gbValid && firstGbBadLine < firstOtherLine) {
      return new FileFacts.EncodingProblem(
          firstGbBadLine,
          "the file is neither UTF-8 nor GBK/GB18030 text"
              + byteAt(firstGbBadByte, firstGbBadOffset));
    }
    return new FileFacts.EncodingProblem(
        firstOtherLine,
        "the file is neither UTF-8 nor GBK/GB18030 text"
            + byteAt(firstOtherByte, firstOtherOffset));
  }

  private static String byteAt(int b, long offset) {
    return String.format(" (byte 0x%02X at offset %d)", b, offset);
  }
}
