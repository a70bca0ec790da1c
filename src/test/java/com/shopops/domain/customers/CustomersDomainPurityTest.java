package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE: the domain is pure Java — no JDBC, picocli, CSV, Jackson, files, console or clock. */
class CustomersDomainPurityTest {
  static final List<String> FORBIDDEN =
      List.of(
          "java.sql", "picocli", "org.apache.commons.csv", "com.fasterxml.jackson", "java.io.",
          "java.nio.file", "System.out", "System.err", "Instant.now(", "LocalDate.now(",
          "Clock.system", "double ", "float ");

  @Test
  void sourcesUseNoForbiddenApi() throws IOException {
    Path dir = Path.of("src/main/java/com/shopops/domain/customers");
    assertTrue(Files.isDirectory(dir), "run from the project root");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 10);
    for (Path f : files) {
      String src = Files.readString(f);
      for (String bad : FORBIDDEN) {
        assertEquals(-1, src.indexOf(bad), f.getFileName() + " uses " + bad.strip());
      }
    }
  }
}
