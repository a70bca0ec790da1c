package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps this domain package pure (STYLE.md): no JDBC, CLI, CSV, JSON, files, clock or printing. */
class MetricsPackagePurityTest {
  static final List<String> FORBIDDEN =
      List.of(
          "import java.sql",
          "import picocli",
          "import org.apache.commons.csv",
          "import com.fasterxml",
          "import java.io",
          "import java.nio",
          "System.out",
          "System.err",
          "Instant.now",
          "LocalDate.now",
          "Clock.system",
          "double ",
          "com.shopops.store",
          "com.shopops.cli",
          "com.shopops.io");

  @Test
  void noForbiddenDependencies() throws IOException {
    Path dir = Path.of("src/main/java/com/shopops/domain/metrics");
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        for (String word : FORBIDDEN) {
          if (src.contains(word)) {
            bad.add(f.getFileName() + ": " + word);
          }
        }
      }
    }
    assertTrue(bad.isEmpty(), "domain.metrics must stay pure: " + bad);
  }
}
