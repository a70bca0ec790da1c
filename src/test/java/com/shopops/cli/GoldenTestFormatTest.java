package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.cli.GoldenTestFile.Case;
import com.shopops.cli.GoldenTestFile.Expect;
import com.shopops.cli.GoldenTestFile.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden file format itself: parsing, printing back, words of a command line. */
class GoldenTestFormatTest {
  static final String FILE =
      """
      # a comment
      %include setup/examples.setup

      --- file bad.csv
      a,b
      1,"2
      \\ no newline at end
      --- end
      $ shopops init
      $ shopops orders list
      >
      order_id
      # not a comment: inside a block

      >2
      note: x
      >=0

      $ shopops sla at-risk --fail-on-breach
      >2
      shopops: 1 breached
      >=3
      $ shopops import orders -
      <
      order_id
      A1
      >
      \\ no newline at end
      >=0
      """;

  @Test
  void parsesCasesSetupStepsAndFixtures() {
    GoldenTestFile f = GoldenTestFile.parse("t", FILE);
    List<Case> cases = f.cases();
    assertEquals(4, cases.size());
    assertFalse(cases.get(0).pinned()); // a setup step
    assertEquals(
        new Expect("order_id\n# not a comment: inside a block\n\n", "note: x\n", 0),
        cases.get(1).expect());
    assertEquals(new Expect("", "shopops: 1 breached\n", 3), cases.get(2).expect());
    assertEquals("order_id\nA1\n", cases.get(3).stdin());
    assertEquals(new Expect("", "", 0), cases.get(3).expect()); // an empty block: empty stdout
    assertEquals(
        new Fixture("bad.csv", "a,b\n1,\"2"),
        f.items.stream().filter(i -> i instanceof Fixture).findFirst().orElseThrow());
    assertEquals(10, cases.get(1).line());
  }

  @Test
  void printsBackCanonically() {
    GoldenTestFile f = GoldenTestFile.parse("t", FILE);
    String printed = f.print();
    // the only change: an empty stdout block is left out
    assertEquals(FILE.replace(">\n\\ no newline at end\n>=0\n", ">=0\n"), printed);
    assertEquals(printed, GoldenTestFile.parse("t", printed).print());
    Case c = f.cases().get(2).with(new Expect("no newline", "", 0));
    assertTrue(
        new GoldenTestFile(List.of(c))
            .print()
            .endsWith(">\nno newline\n\\ no newline at end\n>=0\n"));
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThrows(
        IllegalArgumentException.class, () -> GoldenTestFile.parse("t", "$ shopops x\n>\nout\n"));
    assertThrows(IllegalArgumentException.class, () -> GoldenTestFile.parse("t", "shopops x\n"));
    assertThrows(
        IllegalArgumentException.class, () -> GoldenTestFile.parse("t", "--- file a\nno end\n"));
  }

  @Test
  void wordsAreSplitAsShDoesAndVariablesExpanded() {
    Map<String, String> vars = Map.of("TMP", "/t", "STORE", "/t/shop.db");
    assertEquals(
        List.of(
            "shopops",
            "--now",
            "2026-11-20 10:00",
            "import",
            "orders",
            "/t/a b.csv",
            "$TMP/x",
            "a'b",
            "--db=/t/shop.db",
            "$NOPE"),
        GoldenTestShell.words(
            "shopops --now '2026-11-20 10:00' import  orders \"$TMP/a b.csv\""
                + " '$TMP/x' a\\'b --db=$STORE $NOPE",
            vars));
  }

  @Test
  void pathsAndImportTimesAreNormalised() {
    var vars = new java.util.LinkedHashMap<String, String>();
    vars.put("STORE", "/t/shop.db");
    vars.put("TMP", "/t");
    assertEquals(
        "no store at $STORE\n$TMP/a.csv: 1 rows; generic-orders, UTF-8, N.N s\n",
        GoldenTest.normalise(
            "no store at /t/shop.db\n/t/a.csv: 1 rows; generic-orders, UTF-8," + " 0.3 s\n", vars));
  }
}
