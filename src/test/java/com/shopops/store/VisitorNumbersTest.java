package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The events import's compact visitor table: exact while it holds, forgetful past its ceiling. */
class VisitorNumbersTest {
  @Test
  void givesBackEveryNumberItHoldsAndNoneItWasNotGiven() {
    VisitorNumbers v = new VisitorNumbers();
    Map<String, Long> want = new HashMap<>();
    Random rnd = new Random(3);
    for (int i = 0; i < 200_000; i++) {
      String id = "V" + rnd.nextInt(5_000_000) + (i % 7 == 0 ? " Mozilla/5.0 (X11; Linux)" : "");
      if (!want.containsKey(id)) {
        want.put(id, (long) want.size() + 1);
        v.put(id, want.size());
      }
    }
    assertEquals(want.size(), v.size());
    for (Map.Entry<String, Long> e : want.entrySet()) {
      assertEquals(e.getValue(), v.get(e.getKey()), e.getKey());
    }
    assertEquals(-1, v.get("V-1"));
    assertEquals(-1, v.get(""));
    assertTrue(v.holdsAll());
  }

  @Test
  void idsBeyondLatin1AreLeftToTheStore() {
    VisitorNumbers v = new VisitorNumbers();
    v.put("访客1", 1);
    v.put("café", 2);
    assertEquals(-1, v.get("访客1"));
    assertEquals(2, v.get("café"));
    assertFalse(v.holdsAll());
  }

  @Test
  void pastItsCeilingItForgetsAllAndSaysSo() {
    VisitorNumbers v = new VisitorNumbers(1_000, 1 << 20);
    for (int i = 1; i <= 1_000; i++) {
      v.put("V" + i, i);
    }
    assertTrue(v.holdsAll());
    assertEquals(1_000, v.get("V1000"));
    v.put("V1001", 1_001);
    assertFalse(v.holdsAll());
    assertEquals(1, v.size());
    assertEquals(-1, v.get("V1"));
    assertEquals(1_001, v.get("V1001"));
    VisitorNumbers bytes = new VisitorNumbers(1_000_000, 64);
    for (int i = 0; i < 6; i++) {
      bytes.put("visitor-0" + i, i); // 10 characters each
    }
    assertTrue(bytes.holdsAll());
    bytes.put("visitor-06", 6); // 70 characters: past 64
    assertEquals(-1, bytes.get("visitor-00"));
    assertEquals(6, bytes.get("visitor-06"));
    assertFalse(bytes.holdsAll());
    VisitorNumbers small = new VisitorNumbers(1_000_000, 64);
    small.put("z".repeat(17), 1); // longer than a quarter of the ceiling: not held
    assertEquals(-1, small.get("z".repeat(17)));
    assertFalse(small.holdsAll());
  }
}
