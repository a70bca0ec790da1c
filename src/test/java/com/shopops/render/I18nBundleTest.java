package com.shopops.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.lists.Language;
import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.sla.DeliveryStatus;
import com.shopops.domain.sla.ShippingStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two message bundles stay in step, and every column and code people read has a zh name. */
class I18nBundleTest {
  private static final ResourceBundle EN = Messages.load("i18n/messages.properties");
  private static final ResourceBundle ZH = Messages.load("i18n/messages_zh.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void everyKeyHasItsChineseTextWithTheSamePlaceholders() {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(EN.keySet())) {
      if (!ZH.containsKey(key)) {
        problems.add(key + ": no zh text");
      } else if (!placeholders(EN.getString(key)).equals(placeholders(ZH.getString(key)))) {
        problems.add(
            key
                + ": placeholders "
                + placeholders(EN.getString(key))
                + " in en, "
                + placeholders(ZH.getString(key))
                + " in zh");
      }
    }
    for (String key : new TreeSet<>(ZH.keySet())) {
      if (!EN.containsKey(key) && !key.startsWith("column.") && !key.startsWith("value.")) {
        problems.add(key + ": in zh only (a typo, or the en text is missing)");
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every message key the sources name ({@code m.get("note.wrote", …)}) is in the bundles: a key
   * missing in both would print as the key itself, one missing in zh fails the test above.
   */
  @Test
  void everyKeyTheSourcesUseIsInTheBundles() throws IOException {
    Pattern get =
        Pattern.compile(
            "\\b(?:m|messages|messages\\(\\))\\.get\\(\\s*\"([a-z0-9_]+(?:\\.[a-z0-9_]+)+)\"");
    Set<String> missing = new TreeSet<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/shopops"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = get.matcher(Files.readString(f));
        while (m.find()) {
          String key = m.group(1);
          found++;
          if (!EN.containsKey(key) || !ZH.containsKey(key)) {
            missing.add(key + " (" + f.getFileName() + ")");
          }
        }
      }
    }
    assertTrue(found > 30, "found " + found);
    assertEquals(Set.of(), missing);
  }

  /** Every column name a command builds has a zh label: grepped from the sources. */
  @Test
  void everyColumnNameHasAChineseLabel() throws IOException {
    Pattern column =
        Pattern.compile(
            "Column\\.(?:text|integer|money|decimal|rate|timestamp|date|bool)\\(\"([a-z][a-z0-9_]*)\"");
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/shopops"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = column.matcher(Files.readString(f));
        while (m.find()) {
          names.add(m.group(1));
        }
        Matcher own =
            Pattern.compile("\\.labelled\\(\"([a-z][a-z0-9_]*)\"").matcher(Files.readString(f));
        while (own.find()) {
          names.add(own.group(1)); // a column's own label (a list's created_at)
        }
      }
    }
    for (ShippingStatus s : ShippingStatus.values()) {
      names.add(s.name().toLowerCase(Locale.ROOT)); // sla report's count columns
    }
    assertTrue(names.size() > 100, "found " + names.size());
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!ZH.containsKey("column." + name) && !Set.of("not_shipped").contains(name)) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyStatusAndStageHasAChineseName() {
    Messages zh = Messages.of(Language.ZH);
    List<String> codes = new ArrayList<>();
    for (OrderStatus s : OrderStatus.values()) {
      codes.add(s.name());
    }
    for (ShippingStatus s : ShippingStatus.values()) {
      codes.add(s.name());
    }
    for (DeliveryStatus s : DeliveryStatus.values()) {
      codes.add(s.name());
    }
    for (ReturnStatus s : ReturnStatus.values()) {
      codes.add(s.name());
    }
    List<String> missing = new ArrayList<>();
    for (String c : codes) {
      String code = c.toLowerCase(Locale.ROOT);
      if (zh.value("status", code).equals(code)) {
        missing.add(code);
      }
    }
    for (LifecycleStage s : LifecycleStage.values()) {
      String code = s.label();
      if (zh.value("lifecycle", code).equals(code)) {
        missing.add("lifecycle " + code);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void englishKeepsTheMachineNamesAndCodes() {
    Messages en = Messages.of(Language.EN);
    assertEquals("order_id", en.column("order_id"));
    assertEquals("at_risk", en.value("status", "at_risk"));
    Messages zh = Messages.of(Language.ZH);
    assertEquals("订单号", zh.column("order_id"));
    assertEquals("付款时间", zh.column("paid_at"));
    assertEquals("有超时风险", zh.value("status", "at_risk"));
    assertEquals("不能失去的客户", zh.value("segment", "Can't Lose Them"));
    assertEquals("首购", zh.value("lifecycle", "first purchase"));
    assertEquals("no_such_column", zh.column("no_such_column"));
    assertEquals("5 行已写入 x.csv", zh.get("note.wrote", zh.get("note.rows", 5), "x.csv"));
    assertEquals("Wrote 5 rows to x.csv", en.get("note.wrote", en.get("note.rows", 5), "x.csv"));
  }

  @Test
  void aCountOfOneTakesTheSingular() {
    Messages en = Messages.of(Language.EN);
    assertEquals("1 row", en.get("note.rows", "1"));
    assertEquals("0 rows", en.get("note.rows", 0));
    assertEquals("1,001 rows", en.get("note.rows", "1,001"));
    assertEquals("unit", en.get("note.units", 1));
    assertEquals("units", en.get("note.units", 11L));
    assertEquals(
        "1 row differs from the orders (shopops check --rebuild)",
        en.get("check.figures_differ", 1));
    assertEquals(
        "x from 1 to 2 (score 3, −1 point)", en.get("report.diag.improver", "x", 1, 2, 3, "−1"));
    assertEquals(
        "x from 1 to 2 (score 3, +2 points)", en.get("report.diag.improver", "x", 1, 2, 3, "+2"));
    assertEquals(
        "import 7: orders a.csv, 1 row (1 new, 0 updated, 0 unchanged), 0 rejected, 1 anomaly",
        en.get("import.show", 7, "orders", "a.csv", 1, 1, 0, 0, 0, en.get("import.anomaly", 1)));
    Messages zh = Messages.of(Language.ZH);
    assertEquals("1 行", zh.get("note.rows", 1));
    assertEquals("2 行", zh.get("note.rows", 2));
    // an argument's own text is never read as a placeholder
    assertEquals("Wrote {1} to {0|a|b}", en.get("note.wrote", "{1}", "{0|a|b}"));
  }

  /** A plural form is {N|one|other}: a typo in one would print as written. */
  @Test
  void everyPluralFormIsWellFormed() {
    Pattern start = Pattern.compile("\\{\\d+\\|");
    Pattern form = Pattern.compile("\\{\\d+\\|[^|{}]*\\|[^|{}]*}");
    List<String> bad = new ArrayList<>();
    for (ResourceBundle b : List.of(EN, ZH)) {
      for (String key : new TreeSet<>(b.keySet())) {
        String text = b.getString(key);
        if (start.matcher(text).results().count() != form.matcher(text).results().count()) {
          bad.add(key);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void languageOfTheEnvironment() {
    assertEquals(Language.EN, Language.ofEnvironment(java.util.Map.of()));
    assertEquals(Language.ZH, Language.ofEnvironment(java.util.Map.of("LANG", "zh_CN.UTF-8")));
    assertEquals(Language.ZH, Language.ofEnvironment(java.util.Map.of("LC_MESSAGES", "zh_TW")));
    assertEquals(
        Language.EN,
        Language.ofEnvironment(java.util.Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")));
    assertEquals(
        Language.ZH, Language.ofEnvironment(java.util.Map.of("LC_ALL", "", "LANG", "zh_CN.UTF-8")));
  }

  private static List<String> placeholders(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    out.sort(null);
    return out;
  }
}
