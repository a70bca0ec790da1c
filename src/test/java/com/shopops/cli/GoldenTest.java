package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.shopops.cli.GoldenTestFile.Case;
import com.shopops.cli.GoldenTestFile.Expect;
import com.shopops.cli.GoldenTestFile.Fixture;
import com.shopops.cli.GoldenTestFile.Include;
import com.shopops.cli.GoldenTestFile.Item;
import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The golden CLI tests: every {@code src/test/resources/golden/**}{@code /*.test} file is run
 * through {@link CliRunner} (in-process, a fresh store in a temp directory, the wall clock fixed at
 * 2026-11-20 10:00 Asia/Shanghai, no terminal: csv, no colour) and what each pinned command prints
 * and returns is compared with the file. The format is in {@code golden/README.md}.
 *
 * <p>{@code mvn -o test -Dtest=GoldenTest -Dgolden.update=true} rewrites the expectations in place
 * (and {@code docs/errors.md}); review the diff before committing it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the files first: update mode rewrites them
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
  static final Path FIXTURES = GOLDEN.resolve("fixtures");
  static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  static final Path ERRORS_DOC = Path.of("docs/errors.md").toAbsolutePath();
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Stores after a file's leading setup steps, by those steps: files that share them share one. */
  private static final Map<List<String>, String> SNAPSHOTS = new HashMap<>();

  private static Path snapshotDir;

  /**
   * Where a file's store lives: an SQLite file in its temp directory (here), or a database on a
   * PostgreSQL server ({@code PgGoldenTest}). {@code $STORE} is what {@link #newStore} returns.
   */
  interface Backend {
    String newStore(Path tmp) throws IOException;

    boolean exists(String store);

    /** Keeps a copy of the store after a file's setup steps; returns what {@link #copy} takes. */
    String snapshot(String store) throws IOException;

    /** Replaces {@code store} by a copy of {@code snapshot}. */
    void copy(String snapshot, String store) throws IOException;
  }

  static final Backend SQLITE =
      new Backend() {
        @Override
        public String newStore(Path tmp) {
          return tmp.resolve("shop.db").toString();
        }

        @Override
        public boolean exists(String store) {
          return Files.exists(Path.of(store));
        }

        @Override
        public String snapshot(String store) throws IOException {
          synchronized (GoldenTest.class) {
            if (snapshotDir == null) {
              snapshotDir = Files.createTempDirectory("golden-snapshots");
            }
          }
          Path snap = snapshotDir.resolve(SNAPSHOTS.size() + "/shop.db");
          Files.createDirectories(snap.getParent());
          copyStore(Path.of(store), snap);
          return snap.toString();
        }

        @Override
        public void copy(String snapshot, String store) throws IOException {
          copyStore(Path.of(snapshot), Path.of(store));
        }
      };

  @TestFactory
  @Order(1)
  Stream<DynamicTest> golden() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(GOLDEN)) {
      files = s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
    String only = System.getProperty("golden.only"); // -Dgolden.only=a,b: the files named so
    if (only != null && !only.isBlank()) {
      List<String> names = List.of(only.split(","));
      files =
          files.stream()
              .filter(f -> names.stream().anyMatch(n -> f.toString().contains(n)))
              .toList();
    }
    if (files.isEmpty()) {
      fail("no golden files under " + GOLDEN);
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    GOLDEN.relativize(f).toString(), f.toUri(), () -> check(f, SQLITE)));
  }

  /** docs/errors.md is generated from golden/errors/ (update mode rewrites it). */
  @Test
  @Order(2)
  void errorsCatalogueIsCurrent() throws IOException {
    String want = GoldenTestErrorsDoc.render(GOLDEN.resolve("errors"));
    String have = Files.exists(ERRORS_DOC) ? Files.readString(ERRORS_DOC) : "";
    if (UPDATE && !want.equals(have)) {
      Files.writeString(ERRORS_DOC, want);
      return;
    }
    assertEquals(
        want,
        have,
        "docs/errors.md is stale: run mvn -o test -Dtest=GoldenTest" + " -Dgolden.update=true");
  }

  @AfterAll
  static void dropSnapshots() throws IOException {
    if (snapshotDir != null) {
      deleteTree(snapshotDir);
    }
  }

  static void check(Path file, Backend backend) throws IOException {
    String text = Files.readString(file);
    String name = GOLDEN.relativize(file).toString();
    GoldenTestFile golden = GoldenTestFile.parse(name, text);
    Path tmp = Files.createTempDirectory("golden");
    try {
      GoldenTestFile actual = run(name, golden, tmp, backend);
      String want = golden.print();
      String have = actual.print();
      if (have.contains("shopops: internal error")) {
        // a bug is never an expectation: update mode must not pin it
        fail(name + ": a command ended in an internal error (exit 70):\n" + have);
      }
      if (UPDATE && backend == SQLITE) { // the expectations are SQLite's: other backends match them
        if (!have.equals(text)) {
          Files.writeString(file, have);
        }
        return;
      }
      if (!want.equals(have)) {
        assertEquals(
            want,
            have,
            name
                + ": "
                + firstDifference(golden, actual)
                + "\n(run mvn -o test -Dtest=GoldenTest -Dgolden.update=true to accept the new output)");
      }
    } finally {
      deleteTree(tmp);
    }
  }

  private static String firstDifference(GoldenTestFile want, GoldenTestFile have) {
    List<Case> a = want.cases();
    List<Case> b = have.cases();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).pinned() && !a.get(i).expect().equals(b.get(i).expect())) {
        Expect w = a.get(i).expect();
        Expect h = b.get(i).expect();
        return "line "
            + a.get(i).line()
            + ": $ "
            + a.get(i).command()
            + "\n"
            + (w.exit() != h.exit() ? "exit " + h.exit() + ", expected " + w.exit() + "\n" : "")
            + (!w.out().equals(h.out()) ? "--- stdout\n" + h.out() : "")
            + (!w.err().equals(h.err()) ? "--- stderr\n" + h.err() : "");
      }
    }
    return "(no difference in the cases)";
  }

  /** Runs the file's steps in a temp dir; returns the file with what the pinned cases did. */
  private static GoldenTestFile run(String name, GoldenTestFile golden, Path tmp, Backend backend)
      throws IOException {
    String store = backend.newStore(tmp);
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("STORE", store);
    vars.put("TMP", tmp.toString());
    vars.put("FIXTURES", FIXTURES.toString());
    vars.put("EXAMPLES", EXAMPLES.toString());

    // the steps with includes expanded; the leading setup steps may come from a snapshot
    List<Item> steps = new ArrayList<>();
    for (Item item : golden.items) {
      if (item instanceof Include inc) {
        GoldenTestFile setup =
            GoldenTestFile.parse(inc.path(), Files.readString(GOLDEN.resolve(inc.path())));
        for (Case c : setup.cases()) {
          if (c.pinned()) {
            throw new IllegalArgumentException(
                inc.path() + ":" + c.line() + ": an included file holds setup steps only");
          }
        }
        steps.addAll(setup.items);
      } else {
        steps.add(item);
      }
    }
    List<String> prefix = new ArrayList<>();
    int first = 0;
    for (; first < steps.size(); first++) {
      Item item = steps.get(first);
      if (item instanceof Case c && !c.pinned() && !c.command().contains("$TMP")) {
        prefix.add(c.command());
      } else if (item instanceof Case || item instanceof Fixture) {
        break;
      }
    }
    if (backend != SQLITE) {
      prefix.add(0, backend.toString()); // snapshots of one backend only
    }
    String snapshot = prefix.isEmpty() ? null : SNAPSHOTS.get(prefix);
    if (snapshot != null) {
      backend.copy(snapshot, store);
    } else {
      for (int i = 0; i < first; i++) {
        if (steps.get(i) instanceof Case c) {
          step(name, c, vars, tmp, store);
        }
      }
      if (!prefix.isEmpty() && backend.exists(store)) {
        SNAPSHOTS.put(List.copyOf(prefix), backend.snapshot(store));
      }
    }

    Map<Case, Expect> seen = new HashMap<>();
    for (Item item : steps.subList(first, steps.size())) {
      if (item instanceof Fixture f) {
        Path target = tmp.resolve(f.name());
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content());
      } else if (item instanceof Case c) {
        Expect got = step(name, c, vars, tmp, store);
        if (c.pinned()) {
          seen.put(c, got);
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (Item item : golden.items) {
      out.add(item instanceof Case c && c.pinned() ? c.with(seen.get(c)) : item);
    }
    return new GoldenTestFile(out);
  }

  /** Runs one step; a setup step that fails stops the file. */
  private static Expect step(String name, Case c, Map<String, String> vars, Path tmp, String store)
      throws IOException {
    List<String> words = GoldenTestShell.words(c.command(), vars);
    Map<String, String> env = new LinkedHashMap<>();
    while (!words.isEmpty() && words.get(0).matches("[A-Z_][A-Z0-9_]*=.*")) {
      String w = words.remove(0);
      env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(name + ":" + c.line() + ": no command");
    }
    String program = words.remove(0);
    CliRunner.Result r;
    switch (program) {
      case "shopops" -> {
        // who runs it, as imports and lists record it: not the machine's login; the name the
        // throwaway PostgreSQL server's user has, so that both backends print the same
        CliRunner runner = new CliRunner(tmp).store(store).env("USER", TestPostgres.USER);
        env.forEach(runner::env);
        if (c.stdin() != null) {
          runner.stdin(c.stdin());
        }
        String[] args = words.toArray(new String[0]);
        boolean ownStore =
            env.containsKey("SHOPOPS_DB")
                || words.stream().anyMatch(w -> w.equals("--db") || w.startsWith("--db="));
        r = ownStore ? runner.runBare(args) : runner.run(args);
      }
      case "cat" -> r = GoldenTestShell.cat(words);
      case "grep" -> r = GoldenTestShell.grep(words);
      case "cp" -> r = GoldenTestShell.cp(words);
      default ->
          throw new IllegalArgumentException(
              name
                  + ":"
                  + c.line()
                  + ": the commands are shopops, cat, cp and grep, not "
                  + program);
    }
    Expect got = new Expect(normalise(r.out(), vars), normalise(r.err(), vars), r.exit());
    if (!c.pinned() && r.exit() != 0) {
      fail(name + ":" + c.line() + ": setup step failed: $ " + c.command() + "\n" + r);
    }
    return got;
  }

  /** An import's time at the end of its summary line ("…, UTF-8, 0.2 s"). */
  static final Pattern IMPORT_TIME = Pattern.compile("(?m), \\d+(\\.\\d+)? s$");

  static final Pattern IMPORT_TIME_ZH = Pattern.compile("(?m)，\\d+(\\.\\d+)? s$");

  /** Paths of this run back to the names the file uses for them; import times as N.N s. */
  static String normalise(String text, Map<String, String> vars) {
    String s = text;
    for (Map.Entry<String, String> v : vars.entrySet()) { // STORE before TMP: it is inside it
      s = s.replace(v.getValue(), "$" + v.getKey());
    }
    s = IMPORT_TIME_ZH.matcher(s).replaceAll("，N.N s");
    return IMPORT_TIME.matcher(s).replaceAll(", N.N s");
  }

  private static void copyStore(Path from, Path to) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path f = Path.of(from + suffix);
      if (Files.exists(f)) {
        Files.copy(f, Path.of(to + suffix), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** For the shell helper: the pattern of a variable in a command line. */
  static final Pattern VAR = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");

  static String expand(String word, Map<String, String> vars) {
    Matcher m = VAR.matcher(word);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v != null ? v : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
