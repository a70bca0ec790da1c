package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextSnifferTest {
  private static final int MIB = 1 << 20;
  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path dir;

  private Path write(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "f", ".csv"), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] ascii(int length) {
    byte[] b = new byte[length];
    Arrays.fill(b, (byte) 'a');
    for (int i = 99; i < length; i += 100) {
      b[i] = '\n';
    }
    return b;
  }

  private FileFacts sniff(byte[] content) throws IOException {
    return TextSniffer.sniff(write(content), null);
  }

  @Test
  void plainUtf8() throws IOException {
    byte[] content = "order_id,title\n1,红色T恤 🎁\n".getBytes(StandardCharsets.UTF_8);
    FileFacts facts = sniff(content);
    assertEquals(StandardCharsets.UTF_8, facts.charset());
    assertEquals(0, facts.bomLength());
    assertEquals(content.length, facts.size());
    assertNull(facts.binaryKind());
  }

  @Test
  void sha256OfAKnownString() throws IOException {
    FileFacts abc = sniff("abc".getBytes(StandardCharsets.US_ASCII));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.sha256());
    assertEquals(3, abc.size());
    FileFacts empty = sniff(new byte[0]);
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.sha256());
    assertEquals(0, empty.size());
    assertEquals(StandardCharsets.UTF_8, empty.charset());
    assertNull(empty.binaryKind());
  }

  @Test
  void sha256SpansBuffers() throws Exception {
    byte[] content = ascii(3 * MIB + 12345);
    var expected =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    FileFacts facts = sniff(content);
    assertEquals(expected, facts.sha256());
    assertEquals(content.length, facts.size());
  }

  @Test
  void utf8Bom() throws IOException {
    byte[] content = concat(bytes(0xEF, 0xBB, 0xBF), "订单编号,金额\n".getBytes(StandardCharsets.UTF_8));
    FileFacts facts = sniff(content);
    assertEquals(StandardCharsets.UTF_8, facts.charset());
    assertEquals(3, facts.bomLength());
    assertNull(facts.binaryKind());
  }

  @Test
  void gbkIsReadAsGb18030() throws IOException {
    String text = "订单编号,买家会员名\n2950123456789012345,张三\n";
    Path file = write(text.getBytes(Charset.forName("GBK")));
    FileFacts facts = TextSniffer.sniff(file, null);
    assertEquals(GB18030, facts.charset());
    assertEquals(0, facts.bomLength());
    assertNull(facts.binaryKind());
    assertEquals(text, new String(Files.readAllBytes(file), facts.charset()));
  }

  @Test
  void utf16Boms() throws IOException {
    String text = "order_id\tamount\n1\t12.50\n";
    FileFacts le = sniff(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(StandardCharsets.UTF_16LE, le.charset());
    assertEquals(2, le.bomLength());
    assertNull(le.binaryKind(), "the NULs of UTF-16 text are not binary");
    FileFacts be = sniff(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(StandardCharsets.UTF_16BE, be.charset());
    assertEquals(2, be.bomLength());
    assertNull(be.binaryKind());
  }

  @Test
  void forcedCharsetWins() throws IOException {
    byte[] gbk = "订单编号\n".getBytes(Charset.forName("GBK"));
    assertEquals(
        StandardCharsets.UTF_8, TextSniffer.sniff(write(gbk), StandardCharsets.UTF_8).charset());
    byte[] utf8 = "订单编号\n".getBytes(StandardCharsets.UTF_8);
    FileFacts big5 = TextSniffer.sniff(write(utf8), Charset.forName("Big5"));
    assertEquals(Charset.forName("Big5"), big5.charset());
    assertEquals(0, big5.bomLength());
  }

  @Test
  void forcedCharsetStillReportsTheUtf8Bom() throws IOException {
    byte[] content = concat(bytes(0xEF, 0xBB, 0xBF), "a,b\n".getBytes(StandardCharsets.UTF_8));
    FileFacts facts = TextSniffer.sniff(write(content), StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, facts.charset());
    assertEquals(3, facts.bomLength());
    FileFacts gbk = TextSniffer.sniff(write(content), GB18030);
    assertEquals(GB18030, gbk.charset());
    assertEquals(3, gbk.bomLength());
  }

  @Test
  void forcedUtf16TakesTheByteOrderFromTheBom() throws IOException {
    byte[] content = concat(bytes(0xFF, 0xFE), "a\n".getBytes(StandardCharsets.UTF_16LE));
    FileFacts facts = TextSniffer.sniff(write(content), StandardCharsets.UTF_16);
    assertEquals(StandardCharsets.UTF_16LE, facts.charset());
    assertEquals(2, facts.bomLength());
    assertNull(facts.binaryKind());
  }

  /** Each way a 3- or 4-byte character can straddle the 1 MiB block boundary. */
  @ParameterizedTest
  @CsvSource({"1,中", "2,中", "1,🎁", "2,🎁", "3,🎁"})
  void multiByteCharacterAcrossTheBufferBoundaryIsValid(int bytesBefore, String ch)
      throws IOException {
    byte[] c = ch.getBytes(StandardCharsets.UTF_8);
    byte[] content = concat(ascii(MIB - bytesBefore), c, "x\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, sniff(content).charset());
  }

  @Test
  void brokenSequenceAcrossTheBufferBoundaryIsInvalid() throws IOException {
    byte[] content = concat(ascii(MIB - 1), bytes(0xE4), "ab\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(GB18030, sniff(content).charset());
  }

  @Test
  void invalidByteLateInTheFileIsFound() throws IOException {
    byte[] content = concat(ascii(2 * MIB + 17), "张".getBytes(Charset.forName("GBK")));
    assertEquals(GB18030, sniff(content).charset());
  }

  @Test
  void truncatedSequenceAtEofIsInvalid() throws IOException {
    byte[] zhong = "中".getBytes(StandardCharsets.UTF_8);
    byte[] content = concat("a,b\n".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(zhong, 2));
    assertEquals(GB18030, sniff(content).charset());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C0 AF", // overlong '/'
        "C1 BF", // overlong
        "E0 80 AF", // overlong 3-byte
        "F0 80 80 AF", // overlong 4-byte
        "ED A0 80", // UTF-16 surrogate
        "ED BF BF", // UTF-16 surrogate
        "F4 90 80 80", // above U+10FFFF
        "F5 80 80 80", // never valid lead
        "FF", // never valid
        "80", // stray continuation
        "E4 B8", // cut short before ASCII
        "E4 41 AD", // continuation expected
        "C3", // cut off by EOF
      })
  void rejectsMalformedUtf8(String hex) {
    assertFalse(scan(hexBytes("41 " + hex + " 42")), hex);
    assertFalse(scan(hexBytes("41 " + hex)), hex);
    assertFalse(scan(hexBytes(hex)), hex);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C2 80",
        "DF BF",
        "E0 A0 80",
        "ED 9F BF",
        "EE 80 80",
        "EF BF BF",
        "F0 90 80 80",
        "F4 8F BF BF",
        "E4 B8 AD"
      })
  void acceptsWellFormedUtf8(String hex) {
    assertTrue(scan(hexBytes("41 " + hex + " 42")), hex);
    assertTrue(scan(hexBytes(hex)), hex);
  }

  /** Random bytes, fed in random slices, judged exactly as the JDK's strict decoder does. */
  @Test
  void validatorAgreesWithTheJdkDecoder() {
    Random random = new Random(7);
    String alphabet = "aZ09,\n中文订单€éß🎁";
    for (int round = 0; round < 5_000; round++) {
      byte[] b;
      if (round % 2 == 0) {
        b = new byte[random.nextInt(40)];
        random.nextBytes(b);
      } else { // mostly valid text with a few corrupted bytes, nearer the real cases
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
          sb.appendCodePoint(
              alphabet.codePointAt(
                  alphabet.offsetByCodePoints(
                      0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        b = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (b.length > 0 && random.nextBoolean()) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        if (b.length > 0 && random.nextInt(4) == 0) {
          b = Arrays.copyOf(b, random.nextInt(b.length));
        }
      }
      TextSniffer.Utf8Scan scan = new TextSniffer.Utf8Scan();
      for (int at = 0; at < b.length; ) {
        int n = Math.min(b.length - at, 1 + random.nextInt(12));
        scan.update(b, at, n);
        at += n;
      }
      scan.finish();
      byte[] sample = b;
      assertEquals(jdkValid(sample), scan.valid, () -> Arrays.toString(sample));
    }
  }

  private static boolean jdkValid(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean scan(byte[] b) {
    TextSniffer.Utf8Scan scan = new TextSniffer.Utf8Scan();
    for (byte x : b) { // one byte at a time: every boundary is a block boundary
      scan.update(new byte[] {x}, 0, 1);
    }
    scan.finish();
    return scan.valid;
  }

  private static byte[] hexBytes(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @Test
  void zipAndXlsx() throws IOException {
    FileFacts facts = sniff(concat(bytes('P', 'K', 3, 4, 20, 0, 6, 0), ascii(500)));
    assertEquals("zip", facts.binaryKind());
    assertEquals(
        "this is a zip archive, not an Excel .xlsx workbook; unpack it and import the file inside",
        TextSniffer.binaryHint(facts.binaryKind()));
  }

  @Test
  void otherMagics() throws IOException {
    assertEquals("gzip", sniff(bytes(0x1F, 0x8B, 8, 0, 0, 0)).binaryKind());
    assertEquals("xls", sniff(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).binaryKind());
    assertEquals("pdf", sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).binaryKind());
    for (String kind : new String[] {"gzip", "xls", "pdf", "binary"}) {
      assertTrue(TextSniffer.binaryHint(kind).startsWith("this "), kind);
    }
    assertNull(TextSniffer.binaryHint(null));
  }

  @Test
  void nulBytesMeanBinary() throws IOException {
    assertEquals("binary", sniff("a,b\n1,\0\n".getBytes(StandardCharsets.UTF_8)).binaryKind());
  }

  @Test
  void nulBytesAfterTheFirstBlockMeanBinary() throws IOException {
    // e.g. a file cut short by a crash, its tail filled with zeros
    assertEquals("binary", sniff(concat(ascii(2 * MIB + 3), new byte[4096])).binaryKind());
    byte[] gbk = "张三\n".getBytes(Charset.forName("GBK"));
    assertEquals("binary", sniff(concat(gbk, ascii(2 * MIB), bytes(0))).binaryKind());
  }

  @Test
  void controlCharactersOtherThanNulAreText() throws IOException {
    byte[] many = ascii(10_000);
    for (int i = 0; i < 500; i++) { // 5 %
      many[i * 19 + 1] = 0x01;
    }
    many[5000] = 0x1B;
    assertNull(sniff(many).binaryKind());
    byte[] tabsAndFeeds = "a\tb\r\n\f".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    assertNull(sniff(tabsAndFeeds).binaryKind());
    // FileMaker writes a vertical tab for a line break inside a field
    byte[] fileMaker = "id,note\n1,first\u000Bsecond\n".getBytes(StandardCharsets.US_ASCII);
    FileFacts facts = sniff(fileMaker);
    assertNull(facts.binaryKind());
    assertEquals(StandardCharsets.UTF_8, facts.charset());
  }

  private static final Charset GBK = Charset.forName("GBK");

  private static String problem(FileFacts f) {
    return f.encodingProblem() == null
        ? null
        : f.encodingProblem().line() + ": " + f.encodingProblem().message();
  }

  @Test
  void plausibleGbkIsGb18030WithoutAProblem() throws IOException {
    byte[] content = "订单号,买家,地址\n1,张三,北京市朝阳区\n2,李四,上海市浦东新区\n".getBytes(GBK);
    FileFacts facts = sniff(content);
    assertEquals(GB18030, facts.charset());
    assertNull(facts.encodingProblem());
  }

  @Test
  void latin1IsRefusedNamingTheFirstLineThatDoesNotFit() throws IOException {
    byte[] content =
        "id,name,city\n1,Anne,Paris\n2,Zoë,Köln\n3,José,São Paulo\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    FileFacts facts = sniff(content);
    // ë then ',' is not even GB18030
    assertEquals(
        "3: the file is neither UTF-8 nor GBK/GB18030 text (byte 0xEB at offset 30)",
        problem(facts));
  }

  @Test
  void latin1ThatHappensToBeValidGbkIsImplausibleAndRefused() throws IOException {
    // every accented letter is followed by a letter: valid GBK pairs, but no common characters
    byte[] content = "id,name\n1,Müller\n2,Sébastien\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "2: the file is neither UTF-8 nor GBK/GB18030 text (byte 0xFC at offset 11)",
        problem(sniff(content)));
  }

  @Test
  void utf8FileWithOneGbkRowIsRefusedNamingTheGbkRow() throws IOException {
    byte[] content =
        concat(
            "id,buyer\n1,张三\n2,李四\n3,王五\n".getBytes(StandardCharsets.UTF_8),
            "4,赵六\n".getBytes(GBK),
            "5,孙七\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "5: the file mixes encodings: this line is not UTF-8 like the rest of the file"
            + " (byte 0xD5 at offset 38)",
        problem(sniff(content)));
  }

  @Test
  void gbkFileWithOneUtf8RowIsRefusedNamingTheUtf8Row() throws IOException {
    byte[] content =
        concat(
            "id,buyer\n1,张三\n2,李四\n".getBytes(GBK),
            "3,王五\n".getBytes(StandardCharsets.UTF_8),
            "4,赵六\n5,孙七\n".getBytes(GBK));
    assertEquals(
        "4: the file mixes encodings: this line is UTF-8, the rest of the file GBK/GB18030",
        problem(sniff(content)));
  }

  @Test
  void utf8FileWithOneOverlongPairIsRefusedNamingItsLine() throws IOException {
    byte[] content =
        concat(
            "id,buyer\n1,张三\n2,李四\n3,a".getBytes(StandardCharsets.UTF_8),
            bytes(0xC0, 0xAF),
            "b\n4,王五\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "4: the file mixes encodings: this line is not UTF-8 like the rest of the file"
            + " (byte 0xC0 at offset 30)",
        problem(sniff(content)));
  }

  @Test
  void gbkAfterTheFirstMibIsDetectedOnTheWholeFile() throws IOException {
    byte[] content = concat(ascii(3 * MIB), "\n1,张三,北京\n".getBytes(GBK));
    FileFacts facts = sniff(content);
    assertEquals(GB18030, facts.charset());
    assertNull(facts.encodingProblem());
    FileFacts head = TextSniffer.sniffHead(write(content), null, MIB);
    assertEquals(StandardCharsets.US_ASCII, head.charset(), "a plain ASCII head decides nothing");
    assertEquals(GB18030, TextSniffer.sniffHead(write(content), GB18030, MIB).charset());
  }

  @Test
  void aForcedCharsetIsNeverJudged() throws IOException {
    byte[] content = "id,name\n1,Müller\n".getBytes(StandardCharsets.ISO_8859_1);
    assertNull(TextSniffer.sniff(write(content), StandardCharsets.ISO_8859_1).encodingProblem());
  }

  @ParameterizedTest
  @CsvSource({
    "utf-8,UTF-8",
    "UTF8,UTF-8",
    "utf-8-sig,UTF-8",
    "UTF-8-BOM,UTF-8",
    "gbk,GB18030",
    "GB2312,GB18030",
    "cp936,GB18030",
    "gb18030,GB18030",
    "utf-16,UTF-16",
    "UTF-16LE,UTF-16LE",
    "utf-16be,UTF-16BE",
    "big5,Big5",
    "latin1,ISO-8859-1",
    "iso-8859-1,ISO-8859-1",
    "windows-1252,windows-1252",
    "' Shift_JIS ',Shift_JIS",
    "EUC-KR,EUC-KR"
  })
  void charsetNamed(String name, String expected) {
    assertEquals(Charset.forName(expected), TextSniffer.charsetNamed(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo", "utf-9", "x y", ""})
  void unknownCharset(String name) {
    assertEquals(
        "unknown encoding (\"" + name.trim() + "\"); use one of " + FileFacts.ENCODINGS,
        assertThrows(ValueException.class, () -> TextSniffer.charsetNamed(name)).getMessage());
  }
}
