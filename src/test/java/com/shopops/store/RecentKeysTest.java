package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The events import's recent keys count as the {@code LinkedHashMap} in access order they replace
 * (the seq of a repeated line): same answers on every sighting, evictions included.
 */
class RecentKeysTest {
  @Test
  void countsAsAnAccessOrderedMapThatDropsItsEldest() {
    for (int capacity : new int[] {1, 2, 7, 100, 1000}) {
      Random rnd = new Random(capacity);
      RecentKeys keys = new RecentKeys(capacity);
      Map<Long, Integer> model =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> e) {
              return size() > capacity;
            }
          };
      for (int i = 0; i < 200_000; i++) {
        // few distinct keys, some of them colliding in the table (equal low bits)
        long key = rnd.nextInt(capacity * 3 + 2) * (i % 3 == 0 ? 1L << 40 : 1L);
        Integer seen = model.get(key);
        int want = seen == null ? 0 : seen;
        model.put(key, want + 1);
        assertEquals(want, keys.see(key), "capacity " + capacity + ", sighting " + i);
      }
    }
  }

  @Test
  void anEventsKeyTellsItsPartsApart() {
    long k = RecentKeys.key(1_700_000_000L, "V1", 1, "SKU-1");
    assertEquals(k, RecentKeys.key(1_700_000_000L, "V1", 1, "SKU-1"));
    assertNotEquals(k, RecentKeys.key(1_700_000_001L, "V1", 1, "SKU-1"));
    assertNotEquals(k, RecentKeys.key(1_700_000_000L, "V2", 1, "SKU-1"));
    assertNotEquals(k, RecentKeys.key(1_700_000_000L, "V1", 2, "SKU-1"));
    assertNotEquals(k, RecentKeys.key(1_700_000_000L, "V1", 1, "SKU-2"));
    assertNotEquals(
        RecentKeys.key(1L, "ab", 1, "c"), RecentKeys.key(1L, "a", 1, "bc"), "where one text ends");
  }
}
