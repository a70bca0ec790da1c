package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Who ran an import, as the record keeps it and as lists give it apart (tryout28a A5). */
class WhoTest {
  @Test
  void theRecordedTextReadsBackAsTheLoginAndTheDatabaseUser() {
    assertEquals("root (database user shopops)", new Who("root", "shopops").recorded());
    assertEquals(new Who("root", "shopops"), Who.of("root (database user shopops)"));
    assertEquals(new Who("root", null), Who.of("root"));
    assertEquals(new Who("小李", null), Who.of("小李"));
    assertEquals(
        new Who("a (database user b) c", null), Who.of("a (database user b) c")); // an --agent
    assertNull(Who.of(null));
  }
}
