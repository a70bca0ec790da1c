package com.shopops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the sources: a pure domain, the console and the
 * process exit only where the command line lives, the wall clock only in the composition root.
 * (Each domain package keeps its own stricter purity test as well.)
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src/main/java/com/shopops");

  /** Every main source file, as a path relative to com/shopops, and its text without comments. */
  record Source(String path, String code) {}

  static List<Source> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<Source> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        out.add(new Source(MAIN.relativize(p).toString().replace('\\', '/'),
            stripComments(Files.readString(p))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops // and /* *&#47; comments so that prose (e.g. "no System.out here") is not code. */
  static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
  }

  static final List<String> DOMAIN_FORBIDDEN =
      List.of("java.sql", "picocli", "org.apache.commons.csv", "com.fasterxml.jackson", "java.io",
          "java.nio.file", "org.sqlite", "org.jline", "System.out", "System.err", "System.exit",
          "Instant.now", "LocalDate.now", "LocalDateTime.now", "ZonedDateTime.now",
          "Clock.system");

  @Test
  void domainIsPure() {
    assertEquals(true, sources().stream().filter(s -> s.path().startsWith("domain/")).count() > 50,
        "the scan found the domain sources");
    List<String> offences = new ArrayList<>();
    for (Source s : sources()) {
      if (!s.path().startsWith("domain/")) {
        continue;
      }
      for (String f : DOMAIN_FORBIDDEN) {
        if (Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(s.code()).find()) {
          offences.add(s.path() + ": " + f);
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void consoleOnlyInMainAndCli() {
    List<String> offences = new ArrayList<>();
    for (Source s : sources()) {
      boolean allowed = s.path().equals("Main.java") || s.path().startsWith("cli/");
      if (!allowed && (s.code().contains("System.out") || s.code().contains("System.err"))) {
        offences.add(s.path());
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void processExitOnlyInMain() {
    List<String> offences = new ArrayList<>();
    for (Source s : sources()) {
      boolean allowed = s.path().equals("Main.java");
      if (!allowed && (s.code().contains("System.exit") || s.code().contains("Runtime.getRuntime().halt"))) {
        offences.add(s.path());
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void wallClockOnlyInTheCompositionRoot() {
    List<String> offences = new ArrayList<>();
    Pattern now = Pattern.compile(
        "\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime)(\\.now\\(|::now)"
            + "|Clock\\.system|System\\.currentTimeMillis");
    for (Source s : sources()) {
      if (s.path().equals("cli/AppContext.java")) {
        continue;
      }
      if (now.matcher(s.code()).find()) {
        offences.add(s.path());
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void sqlOnlyInTheStore() {
    List<String> offences = new ArrayList<>();
    for (Source s : sources()) {
      if (s.path().startsWith("store/")) {
        continue;
      }
      if (Pattern.compile("import java\\.sql\\.(Connection|PreparedStatement|Statement|ResultSet|"
          + "DriverManager)|org\\.sqlite").matcher(s.code()).find()) {
        offences.add(s.path());
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void picocliOnlyInCli() {
    List<String> offences = new ArrayList<>();
    for (Source s : sources()) {
      if (!s.path().startsWith("cli/") && s.code().contains("import picocli")) {
        offences.add(s.path());
      }
    }
    assertEquals(List.of(), offences);
  }
}
