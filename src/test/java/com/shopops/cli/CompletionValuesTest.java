package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion offers the values every enum-like option takes, the codes users type (lower case),
 * both in the shell (picocli's candidates) and in the generated bash/zsh script.
 */
class CompletionValuesTest {
  static final CommandLine TREE =
      Cli.build(
          new AppContext(
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              new ByteArrayInputStream(new byte[0]),
              Map.of(),
              () -> Instant.parse("2026-11-20T02:00:00Z"),
              false,
              false,
              80));

  static OptionSpec option(String path, String name) {
    CommandLine c = TREE;
    for (String word : path.split(" ")) {
      if (!word.isEmpty()) {
        c = c.getSubcommands().get(word);
      }
    }
    return c.getCommandSpec().findOption(name);
  }

  static List<String> candidates(String path, String name) {
    List<String> out = new ArrayList<>();
    Iterable<String> values = option(path, name).completionCandidates();
    if (values != null) {
      values.forEach(out::add);
    }
    return out;
  }

  static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(
        "orders list --status",
        List.of(
            "pending",
            "paid",
            "shipped",
            "delivered",
            "completed",
            "cancelled",
            "refunded",
            "partially_refunded"));
    EXPECTED.put("metrics --by", List.of("day", "week", "month"));
    EXPECTED.put(
        "returns report --by", List.of("sku", "category", "reason", "day", "week", "month"));
    EXPECTED.put("sla report --by", List.of("day", "week", "carrier", "province", "sku"));
    EXPECTED.put(
        "export followup --kind",
        List.of("winback", "delay", "returns", "satisfaction", "anniversary", "vip"));
    EXPECTED.put("customers segment --method", List.of("rfm", "tier", "lifecycle", "pyramid"));
    EXPECTED.put("import --format", List.of("csv", "access-log", "taobao-userbehavior"));
    EXPECTED.put("orders list --format", List.of("table", "csv", "tsv", "json", "jsonl", "xlsx"));
    EXPECTED.put(" --lang", List.of("zh", "en"));
  }

  @Test
  void everyEnumLikeOptionCompletesToItsCodes() {
    Map<String, List<String>> got = new LinkedHashMap<>();
    for (String key : EXPECTED.keySet()) {
      int i = key.lastIndexOf(' ');
      got.put(key, candidates(key.substring(0, i).strip(), key.substring(i + 1)));
    }
    assertEquals(EXPECTED, got);
  }

  @Test
  void importsKindAndSegmentNames() {
    List<String> kinds = candidates("imports", "--kind");
    assertTrue(
        kinds.containsAll(List.of("orders", "customers", "shipments", "returns")), "" + kinds);
    List<String> segments = candidates("customers segment", "--segment");
    assertTrue(
        segments.containsAll(List.of("Champions", "At Risk", "repeat", "churned")), "" + segments);
  }

  @Test
  void theBashScriptOffersTheValuesAndFileNames() {
    String script = AutoComplete.bash("shopops", TREE);
    assertTrue(script.contains("(\"day\" \"week\" \"month\") # --by values"), "metrics --by");
    assertTrue(script.contains("\"satisfaction\" \"anniversary\" \"vip\") # --kind"), "--kind");
    assertTrue(
        script.contains("(\"table\" \"csv\" \"tsv\" \"json\" \"jsonl\" \"xlsx\")"), "--format");
    assertTrue(script.contains("(\"zh\" \"en\") # --lang values"), "--lang");
    // file names for the files an import reads (not for --db, which also takes a postgresql:// URL)
    String imports = script.substring(script.indexOf("function _picocli_shopops_import()"));
    imports = imports.substring(0, imports.indexOf("\n}\n"));
    assertTrue(
        imports.contains(
            "elif (( currIndex >= 1 && currIndex <= 2147483647 )); then\n"
                + "      local IFS=$'\\n'\n"
                + "      type compopt &>/dev/null && compopt -o filenames\n"
                + "      positionals=$( compgen -f -- \"${curr_word}\" ) # files"),
        imports);
  }
}
