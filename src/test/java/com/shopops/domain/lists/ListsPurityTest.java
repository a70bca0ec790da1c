package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lists rules stay pure domain code (STYLE.md): no I/O libraries, no clock, no doubles. */
class ListsPurityTest {
  private static final Pattern FORBIDDEN = Pattern.compile(
      "import (java\\.sql|java\\.io|java\\.nio|picocli|org\\.apache\\.commons\\.csv|com\\.fasterxml)"
          + "|System\\.(out|err|exit)|Instant\\.now|Clock\\.system|\\bdouble\\b|\\bfloat\\b");

  @Test
  void noIoNoClockNoFloatingPointMoney() throws IOException {
    Path dir = Path.of("src/main/java/com/shopops/domain/lists");
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (FORBIDDEN.matcher(lines.get(i)).find()) {
            offences.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), offences);
  }
}
