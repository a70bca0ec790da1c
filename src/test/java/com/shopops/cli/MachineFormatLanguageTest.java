package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Review10 J8 c: csv, tsv, json and jsonl are the machine contract (docs/output.md): their keys and
 * values are the same whatever --lang is; only a terminal table (and xlsx) is said in Chinese.
 * Every command with --format runs each machine format under en and zh, each on its own copy of the
 * examples store (some write), and prints the same bytes on stdout.
 */
class MachineFormatLanguageTest {
  @TempDir static Path dir;
  private static Path examplesStore;

  private static final String NOW = "2026-11-20 10:00";

  /**
   * One command line per command with an output --format (the test fails when a new one is not
   * here); the command lines that write run on a copy of the store each.
   */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("check"),
          List.of("config", "show"),
          List.of("config", "history"),
          List.of("customers", "list"),
          List.of("customers", "segment"),
          List.of("customers", "segment", "--summary"),
          List.of("customers", "segment", "--method", "tier", "--summary"),
          List.of("customers", "segment", "--method", "lifecycle"),
          List.of("customers", "segment", "--method", "pyramid", "--summary"),
          List.of("customers", "show", "C00016"),
          List.of("customers", "summary"),
          // an exported list's texts (reason, offer, message) are in its language by design (the
          // --lang help: "and of exported lists' texts"): messages sent to customers
          List.of(
              "export",
              "promotion",
              "--dry-run",
              "--columns",
              "customer_id,name,phone,email,region,segment,tier,offer_code"),
          List.of(
              "export",
              "followup",
              "--kind",
              "delay",
              "--dry-run",
              "--columns",
              "order_id,customer_id,name,phone,status,ship_by,hours_late,hours_left"),
          List.of("followup", "due"),
          List.of("followup", "list"),
          List.of("imports"),
          List.of("imports", "show", "1"),
          List.of("lists"),
          List.of("metrics"),
          List.of("metrics", "compare"),
          List.of("metrics", "funnel"),
          List.of("orders", "list"),
          List.of("orders", "show", "SO202605010002"),
          List.of("returns", "add", "SO202611100003", "--reason", "quality"),
          List.of("returns", "update", "RT20261120029", "--status", "approved"),
          // refused on the examples (an imported return): the same empty stdout in both
          List.of("returns", "correct", "RT20261120029", "--refund", "1", "--reason", "x"),
          List.of("returns", "undo-step", "RT20261120029", "--reason", "x"),
          List.of("returns", "show", "RT20261120029"),
          List.of("returns", "eligible"),
          List.of("returns", "open"),
          List.of("returns", "overdue"),
          List.of("returns", "report"),
          List.of("score"),
          List.of("sla", "at-risk"),
          List.of("sla", "breaches"),
          List.of("sla", "overdue"),
          List.of("sla", "report"),
          List.of("shipments", "list", "SO202605010002"),
          List.of("shipments", "remove-parcel", "SO202605010002", "YT4496769793689"),
          List.of("shipments", "restore-parcel", "SO202605010002", "YT4496769793689"),
          List.of("store", "copy", "SOURCE", "TARGET"));

  @BeforeAll
  static void examples() {
    Path examples = Path.of("examples").toAbsolutePath();
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    for (String[] kindFile :
        new String[][] {
          {"orders", "orders.csv"},
          {"customers", "customers.csv"},
          {"orders", "shopify/orders_export.csv"},
          {"customers", "shopify/customers_export.csv"},
          {"orders", "jd/jd_orders.csv"},
          {"shipments", "shipments.csv"},
          {"returns", "returns.csv"},
          {"traffic", "traffic.csv"},
          {"events", "events.csv"},
          {"reviews", "reviews.csv"},
          {"products", "products.csv"}
        }) {
      cli.expect(0, "import", kindFile[0], examples.resolve(kindFile[1]).toString());
    }
    cli.expect(
        0,
        "--now",
        NOW,
        "followup",
        "add",
        "--customer",
        "C00084",
        "--channel",
        "phone",
        "--outcome",
        "no answer",
        "--next",
        "2026-11-20");
    examplesStore = cli.db();
  }

  @Test
  void everyCommandWithAFormatIsHere() {
    Set<String> withFormat = new TreeSet<>();
    collect(HelpZhTest.tree(Language.EN), withFormat);
    Set<String> here = new TreeSet<>();
    for (List<String> c : COMMANDS) {
      here.add(c.get(0) + (c.size() > 1 && !c.get(1).startsWith("-") ? " " + c.get(1) : ""));
    }
    withFormat.removeAll(here);
    assertEquals(Set.of(), withFormat);
  }

  private static void collect(CommandLine cl, Set<String> out) {
    var format = cl.getCommandSpec().findOption("--format");
    // import's --format names the input (csv, tsv, xlsx, a log format), not the output
    if (format != null && !cl.getCommandSpec().name().equals("import")) {
      String name = cl.getCommandSpec().qualifiedName();
      out.add(name.substring(name.indexOf(' ') + 1));
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getParent() == cl) {
        collect(sub, out);
      }
    }
  }

  @Test
  void machineFormatsSayTheSameInEnglishAndChinese() throws Exception {
    List<String> differ = new ArrayList<>();
    int n = 0;
    for (List<String> command : COMMANDS) {
      for (String format : List.of("csv", "tsv", "json", "jsonl")) {
        String en = run(command, format, "en", n++);
        String zh = run(command, format, "zh", n++);
        if (!en.equals(zh)) {
          differ.add(String.join(" ", command) + " --format " + format + "\n" + diff(en, zh));
        }
      }
    }
    assertEquals(List.of(), differ, String.join("\n", differ));
  }

  private static String run(List<String> command, String format, String lang, int n)
      throws Exception {
    Path run = Files.createDirectories(dir.resolve("run" + n));
    Path store = run.resolve("shop.db");
    Files.copy(examplesStore, store, StandardCopyOption.REPLACE_EXISTING);
    CliRunner cli = new CliRunner(run);
    List<String> args = new ArrayList<>(List.of("--lang", lang, "--now", NOW));
    for (String a : command) {
      args.add(
          switch (a) {
            case "SOURCE" -> store.toString();
            case "TARGET" -> run.resolve("copy.db").toString();
            default -> a;
          });
    }
    args.addAll(List.of("--format", format));
    CliRunner.Result r = cli.run(args.toArray(String[]::new));
    assertEquals(List.of(0, 1, 3).contains(r.exit()), true, String.join(" ", args) + "\n" + r);
    return "exit " + r.exit() + "\n" + r.out();
  }

  /** The first lines that differ. */
  private static String diff(String en, String zh) {
    String[] a = en.split("\n", -1);
    String[] b = zh.split("\n", -1);
    StringBuilder s = new StringBuilder();
    for (int i = 0, shown = 0; i < Math.max(a.length, b.length) && shown < 3; i++) {
      String x = i < a.length ? a[i] : "";
      String y = i < b.length ? b[i] : "";
      if (!x.equals(y)) {
        s.append("  en: ").append(x).append("\n  zh: ").append(y).append('\n');
        shown++;
      }
    }
    return s.toString();
  }
}
