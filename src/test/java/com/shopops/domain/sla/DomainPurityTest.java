package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md: the domain is pure Java — no JDBC, CLI, CSV, JSON, files, console or wall clock. */
class DomainPurityTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "java.sql",
          "picocli",
          "org.apache.commons.csv",
          "com.fasterxml",
          "java.io.",
          "java.nio.file",
          "System.out",
          "System.err",
          "Instant.now",
          "LocalDate.now",
          "LocalDateTime.now",
          "ZonedDateTime.now",
          "new Date(",
          "Clock.system",
          "double ",
          "float ");

  @Test
  void slaSourcesArePure() throws IOException {
    Path dir = Path.of("src/main/java/com/shopops/domain/sla");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> offences =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(
                  p -> {
                    String text = read(p);
                    return FORBIDDEN.stream()
                        .filter(text::contains)
                        .map(f -> p.getFileName() + ": " + f);
                  })
              .toList();
      assertEquals(List.of(), offences);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
