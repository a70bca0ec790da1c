package com.shopops.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The little shell of the golden files: words of a command line; {@code cat}, {@code cp}, {@code
 * grep}.
 */
final class GoldenTestShell {
  private GoldenTestShell() {}

  /**
   * Splits a command line into words the way sh does for the simple cases: blanks separate words,
   * '…' is literal, "…" and bare words expand $STORE, $TMP, $FIXTURES and $EXAMPLES, a backslash
   * escapes the next character outside '…'.
   */
  static List<String> words(String line, Map<String, String> vars) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    StringBuilder raw = new StringBuilder(); // a part still to expand
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char ch = line.charAt(i);
      if (ch == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated ' in: " + line);
        }
        w.append(GoldenTest.expand(raw.toString(), vars));
        raw.setLength(0);
        w.append(line, i + 1, end);
        i = end + 1;
        inWord = true;
      } else if (ch == '"') {
        int j = i + 1;
        StringBuilder q = new StringBuilder();
        while (j < line.length() && line.charAt(j) != '"') {
          if (line.charAt(j) == '\\' && j + 1 < line.length()) {
            j++;
          }
          q.append(line.charAt(j++));
        }
        if (j >= line.length()) {
          throw new IllegalArgumentException("unterminated \" in: " + line);
        }
        w.append(GoldenTest.expand(raw.toString(), vars));
        raw.setLength(0);
        w.append(GoldenTest.expand(q.toString(), vars));
        i = j + 1;
        inWord = true;
      } else if (ch == '\\' && i + 1 < line.length()) {
        w.append(GoldenTest.expand(raw.toString(), vars));
        raw.setLength(0);
        w.append(line.charAt(i + 1));
        i += 2;
        inWord = true;
      } else if (Character.isWhitespace(ch)) {
        if (inWord) {
          w.append(GoldenTest.expand(raw.toString(), vars));
          words.add(w.toString());
          w.setLength(0);
          raw.setLength(0);
          inWord = false;
        }
        i++;
      } else {
        raw.append(ch);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      w.append(GoldenTest.expand(raw.toString(), vars));
      words.add(w.toString());
    }
    return words;
  }

  /** {@code cat FILE…}: the files' text (UTF-8). */
  static CliRunner.Result cat(List<String> files) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String f : files) {
      Path p = Path.of(f);
      if (!Files.exists(p)) {
        return new CliRunner.Result(1, out.toString(), "cat: " + f + ": no such file\n");
      }
      out.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    }
    return new CliRunner.Result(0, out.toString(), "");
  }

  /** {@code cp FROM TO}: a copy of a file (e.g. a store fixture, which opening would change). */
  static CliRunner.Result cp(List<String> args) throws IOException {
    if (args.size() != 2) {
      throw new IllegalArgumentException("cp FROM TO");
    }
    Path to = Path.of(args.get(1));
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.copy(Path.of(args.get(0)), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new CliRunner.Result(0, "", "");
  }

  /** {@code grep [-c] REGEX FILE}: the lines of FILE where REGEX is found, or their count. */
  static CliRunner.Result grep(List<String> args) throws IOException {
    boolean count = !args.isEmpty() && args.get(0).equals("-c");
    List<String> rest = count ? args.subList(1, args.size()) : args;
    if (rest.size() != 2) {
      throw new IllegalArgumentException("grep [-c] REGEX FILE");
    }
    Path p = Path.of(rest.get(1));
    if (!Files.exists(p)) {
      return new CliRunner.Result(2, "", "grep: " + rest.get(1) + ": no such file\n");
    }
    Pattern re = Pattern.compile(rest.get(0));
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (re.matcher(line).find()) {
        n++;
        out.append(line).append('\n');
      }
    }
    return new CliRunner.Result(n > 0 ? 0 : 1, count ? n + "\n" : out.toString(), "");
  }
}
