package com.shopops.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md: domain is pure Java — no JDBC, picocli, CSV, Jackson, files, console or clock. */
class ReturnsPurityTest {
  private static final List<String> FORBIDDEN = List.of("java.sql", "picocli", "org.apache.commons",
      "com.fasterxml", "java.io", "java.nio", "System.out", "System.err", "Instant.now",
      "new Date(", "Clock.system", "LocalDate.now", "LocalDateTime.now", "ZonedDateTime.now");

  @Test
  void returnsDomainUsesNoIoNoFrameworksAndNoClock() throws IOException {
    Path dir = Path.of("src/main/java/com/shopops/domain/returns");
    List<String> offences;
    try (Stream<Path> files = Files.list(dir)) {
      offences = files.flatMap(f -> {
        try {
          String text = Files.readString(f);
          return FORBIDDEN.stream().filter(text::contains).map(w -> f.getFileName() + ": " + w);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertEquals(List.of(), offences);
  }
}
