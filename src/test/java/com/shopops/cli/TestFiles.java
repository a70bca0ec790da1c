package com.shopops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fixture files for CLI tests: resources copied into a temp dir, hand-written files, digests. */
final class TestFiles {
  private TestFiles() {}

  /**
   * Copies {@code src/test/resources/import/<resource>} byte for byte into dir; returns its path.
   */
  static Path copy(Path dir, String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    Path target = dir.resolve(name);
    try (InputStream in = TestFiles.class.getResourceAsStream("/import/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource import/" + resource);
      }
      Files.write(target, in.readAllBytes());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a UTF-8 file. */
  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a GBK file, as Taobao, Tmall and JD export them. */
  static Path gbk(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(java.nio.charset.Charset.forName("GBK")));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Shorthand for the first lines of a csv output, joined by \n with a final \n. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
