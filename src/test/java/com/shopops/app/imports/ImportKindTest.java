package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportKindTest {
  @Test
  void eachKindsHandlerReadsThatKind() {
    for (ImportKind k : ImportKind.values()) {
      assertEquals(k.code(), k.handler("f.csv").spec().kind(), k.name());
    }
  }

  @Test
  void theCommandLineNamesKindsByTheirCodes() {
    assertEquals(
        "[orders, customers, shipments, returns, followups, traffic, events, reviews, products,"
            + " complaints]",
        Arrays.toString(ImportKind.values()));
  }

  @Test
  void everyKindHasAGenericLayout() {
    for (ImportKind k : ImportKind.values()) {
      assertEquals(k.code(), Presets.named("generic-" + k.code()).orElseThrow().kind());
    }
  }
}
