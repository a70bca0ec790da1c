package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.imports.RowError;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import com.shopops.text.Bundle;
import com.shopops.text.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Review13 M6: a problem a handler names by its key ({@code Problem.of("reason.…", args)}) is
 * written once, in the bundles. Every key the sources name is in both bundles, and what {@code
 * imports show} says of it in zh from the English the store keeps (schema 28 keeps no key) is what
 * the import said of it from its key: a reworded English text whose pattern in {@code
 * known_messages.txt} no longer matches fails here, not in front of a zh user.
 */
class ProblemKeysTest {
  private static final Messages ZH = Messages.of(Language.ZH);

  private static final Pattern NAMED =
      Pattern.compile("Problem\\.of\\(\\s*\"([a-z_]+(?:\\.[a-z_]+)+)\"");

  /** Keys made from a code ({@code ImplausibleTimes}: "reason." + the anomaly's code). */
  private static final List<String> MADE =
      List.of("reason.delivered_before_shipped", "reason.shipped_before_paid");

  static TreeSet<String> keys() throws IOException {
    TreeSet<String> keys = new TreeSet<>(MADE);
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/shopops"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = NAMED.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void everyKeyTheSourcesNameIsInBothBundles() throws IOException {
    TreeSet<String> keys = keys();
    assertTrue(keys.size() > 20, "found " + keys);
    ResourceBundle zh = Bundle.load(Bundle.BASE + "_zh.properties");
    List<String> missing = new ArrayList<>();
    for (String k : keys) {
      if (!Bundle.english().containsKey(k)) {
        missing.add("en: " + k);
      }
      if (!zh.containsKey(k)) {
        missing.add("zh: " + k);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void whatTheStoreKeepsIsSaidInChineseAsTheImportSaidIt() throws IOException {
    List<String> differ = new ArrayList<>();
    for (String k : keys()) {
      Problem p = sample(k);
      String english = p.english();
      String said = ErrorText.said(ZH, p);
      assertNotEquals(english, said, k + " is said in English under zh");
      if (k.startsWith("note.")) {
        continue; // a file's note is printed, never stored: nothing reads its English back
      }
      String stored = ErrorText.stored(ZH, english);
      if (!stored.equals(said)) {
        differ.add(k + ": " + said + " | read back: " + stored);
      }
    }
    assertEquals(List.of(), differ);
  }

  /**
   * A note named by its key is printed from its key and never stored, so its English has no reader
   * left: its pattern in known_messages.txt is retired (a pattern kept for it would hide a note
   * made again as an English sentence).
   */
  @Test
  void aNoteNamedByItsKeyHasNoPatternLeft() throws IOException {
    TreeSet<String> notes = new TreeSet<>();
    for (String k : keys()) {
      if (k.startsWith("note.")) {
        notes.add(k);
      }
    }
    assertTrue(notes.contains("note.traffic_labelled"), notes.toString());
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/main/resources/i18n/known_messages.txt"))) {
      if (notes.contains(line.split(" ", 2)[0])) {
        kept.add(line);
      }
    }
    assertEquals(List.of(), kept);
  }

  /**
   * The problem {@code key} with sample arguments its pattern in known_messages.txt takes: each a
   * word, a number (a line, a count) or a phrase, the first combination whose English it
   * recognises.
   */
  private static Problem sample(String key) {
    String text = Bundle.lookup(Bundle.english(), key);
    int n = 0;
    Matcher ph = Pattern.compile("\\{(\\d+)").matcher(text);
    while (ph.find()) {
      n = Math.max(n, Integer.parseInt(ph.group(1)) + 1);
    }
    Problem first = null;
    String[] words = {"x", "7", "a x"};
    for (int c = 0; c < Math.pow(words.length, n); c++) {
      Object[] args = new Object[n];
      for (int i = 0, rest = c; i < n; i++, rest /= words.length) {
        args[i] = words[rest % words.length];
      }
      Problem p = Problem.of(key, args);
      first = first == null ? p : first;
      if (!ErrorText.reason(ZH, p.english()).equals(p.english())) {
        return p;
      }
    }
    return first;
  }

  @Test
  void aRefusedRowNamedByItsKeyIsSaidInItsLanguage() {
    RowError e =
        new RowError(
            "a.csv", 3, "order_id", "订单编号", Problem.of("reason.lines_without_order", "SO1"));
    assertEquals(
        "a.csv:3: order_id (column \"订单编号\"): order SO1 is not in the store; import the order"
            + " list (e.g. the 订单报表 ExportOrderList) before its line items",
        e.format());
    assertEquals(e.format(), ErrorText.row(Messages.english(), e));
    assertTrue(
        ErrorText.row(ZH, e).startsWith("a.csv 第 3 行，订单号（列“订单编号”）：订单 SO1 不在"),
        ErrorText.row(ZH, e));
    assertEquals(
        "a.csv 第 2 行：随所属订单一起被拒：" + ErrorText.row(ZH, e),
        ErrorText.row(ZH, RowError.withOrder("a.csv", 2, e)));
  }
}
