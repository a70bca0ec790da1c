package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.imports.RowError;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages made in English where they happen (an exception, a converter, the reason a row is
 * refused) have their zh text: each message the sources build from literals, its variable parts
 * filled with sample values, must come out of {@link ErrorText} changed under {@code --lang zh}. A
 * message left English on purpose is listed in {@link #ENGLISH} with the reason.
 */
class ErrorTextCoverageTest {
  private static final Messages ZH = Messages.of(Language.ZH);

  /** Where a message people read is built: the call and the arguments that are messages. */
  private static final Pattern CALL =
      Pattern.compile(
          "new (?:UserException|ImportException|ValueException|RowError|TypeConversionException"
              + "|ParameterException)\\(|\\breject\\(|Result\\.error\\(");

  private static final char HOLE = '\u0000';

  /** The values a variable part is tried with: a name, a number, a quoted cell, a quoted word. */
  private static final List<String> SAMPLES = List.of("x", "7", "(\"x\")", "\"x\"", "a.csv:7: x");

  /**
   * Messages still English under --lang zh, by their opening words (the rest of G7's list and rarer
   * messages: see the report of this change). A new message does not belong here: give it its zh
   * text in ErrorText and the bundles.
   */
  private static final Set<String> ENGLISH = english();

  @Test
  void everyMessageBuiltFromLiteralsHasItsChineseText() throws IOException {
    List<String> missing = new ArrayList<>();
    Set<String> listedButTranslated = new TreeSet<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/shopops"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String src = Files.readString(f);
        Matcher call = CALL.matcher(src);
        while (call.find()) {
          for (String template : templates(src, call.end())) {
            found++;
            boolean said = said(template);
            String shown = template.replace(HOLE, '…');
            boolean listed = ENGLISH.stream().anyMatch(shown::startsWith);
            if (!said && !listed) {
              missing.add(f.getFileName() + ": " + shown);
            } else if (said && listed) {
              listedButTranslated.add(shown);
            }
          }
        }
      }
    }
    assertTrue(found > 100, "found " + found);
    assertEquals(List.of(), missing, "messages without their zh text");
    assertEquals(Set.of(), listedButTranslated, "translated now: take them out of ENGLISH");
  }

  @Test
  void aMessageWithoutItsChineseTextIsCaught() {
    assertTrue(said("not a date " + HOLE));
    assertTrue(said("--to " + HOLE + " is before --from " + HOLE));
    assertTrue(said("rejected with its order: " + HOLE));
    assertEquals(false, said("a message nobody translated " + HOLE));
    assertEquals(
        List.of("no such thing " + HOLE + " here", "try " + HOLE),
        templates("(ExitCodes.USAGE, \"no such thing \" + name + \" here\", \"try \" + x);", 1));
  }

  @Test
  void aRefusedRowKeepsItsPlaceAndSaysItsReasonInChinese() {
    RowError e = new RowError("a.csv", 3, "paid_at", "付款时间", "not a date (\"2026-13-01\")");
    assertEquals("a.csv 第 3 行，付款时间（列“付款时间”）：不是日期（\"2026-13-01\"）", ErrorText.row(ZH, e));
    assertEquals("a.csv:3: paid_at (column \"付款时间\"): not a date (\"2026-13-01\")", e.format());
    assertEquals(e.format(), ErrorText.row(Messages.english(), e));
    RowError other = RowError.withOrder("a.csv", 2, new RowError("a.csv", 3, "amount", "x"));
    assertEquals("a.csv:2: rejected with its order: a.csv:3: amount: x", other.format());
    assertEquals(other.format(), ErrorText.row(Messages.english(), other));
    RowError bad = new RowError("a.csv", 3, "amount", "not an amount (\"x\")");
    assertEquals(
        "a.csv 第 2 行：随所属订单一起被拒：a.csv 第 3 行，金额：不是金额（\"x\"）",
        ErrorText.row(ZH, RowError.withOrder("a.csv", 2, bad)));
    // as imports show reads it back: the English the import stored
    assertEquals(
        "随所属订单一起被拒：a.csv 第 3 行，金额：不是金额（\"x\"）",
        ErrorText.stored(ZH, "rejected with its order: " + bad.format()));
    assertEquals(
        "a.csv：文件是空的", ErrorText.row(ZH, new RowError("a.csv", 0, null, "the file is empty")));
    // the README pointer is part of the sentence, so it is said in Chinese too (before: an English
    // "(see README "Mapping files")" at the end of the Chinese sentence)
    String differs =
        "order X2 has different order_total values on its rows (5.00, 6.00); say in a mapping file"
            + " whether the rows are snapshots of the order (per order: the most advanced row's is"
            + " kept) or each row's share of it (per line: summed): \"money\": {\"order_total\":"
            + " \"per_order\"} or {\"order_total\": \"per_line\"} (see README \"Mapping files\")";
    assertEquals(
        "订单 X2 各行的 order_total 不同（5.00, 6.00）；请在映射文件中说明各行是同一订单的不同快照（按订单：取进度最新的一行）还是各占一份（按行：相加）："
            + "\"money\": {\"order_total\": \"per_order\"} or {\"order_total\": \"per_line\"}（见 README“Mapping files”）",
        ErrorText.stored(ZH, differs));
  }

  @Test
  void aRefusalWithSeveralProblemsSaysEachInChinese() {
    String said =
        ErrorText.translate(
            ZH,
            "cannot record RT1: quantity: must be at least 1, was 0; refund_amount: must not be"
                + " negative, was -1.00");
    assertTrue(said.startsWith("无法登记 RT1：数量："), said);
    assertTrue(said.contains("；") && !said.contains("must"), said);
  }

  @Test
  void aMappingFileErrorIsSaidInChineseWithOrWithoutItsSuggestion() {
    assertEquals(
        "m.yaml:3:1：未知的键 \"feilds\"（是不是 \"fields\"？）",
        ErrorText.reason(ZH, "m.yaml:3:1: unknown key \"feilds\" (did you mean \"fields\"?)"));
    assertEquals(
        "m.yaml:3:1：未知的键 \"zzz\"", ErrorText.reason(ZH, "m.yaml:3:1: unknown key \"zzz\""));
    assertEquals(
        "m.yaml：不是有效的映射文件：文件是空的",
        ErrorText.reason(ZH, "m.yaml: not a valid mapping file: the file is empty"));
    assertEquals("a.csv：文件是空的", ErrorText.reason(ZH, "a.csv: the file is empty"));
    assertEquals(
        "a.csv:3：文件混用了编码：这一行是 UTF-8，文件其余部分是 GBK/GB18030",
        ErrorText.reason(
            ZH,
            "a.csv:3: the file mixes encodings: this line is UTF-8, the rest of the file GBK/GB18030"));
  }

  /** Whether a message made from the template (its holes filled) is said in Chinese. */
  private static boolean said(String template) {
    String t = template.strip();
    if (t.replace(String.valueOf(HOLE), "").isBlank()
        || t.matches("[a-z_]+")
        || t.matches("(--[a-z-]+|[a-z_.]+|[A-Z]+): \u0000")) {
      return true; // a value, a column's name, or a name before a message said elsewhere
    }
    for (String sample : SAMPLES) {
      String message = t.replace(String.valueOf(HOLE), sample);
      if (!ErrorText.reason(ZH, message).equals(message)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The messages among the arguments of a call starting at {@code start} (just after its "("): each
   * argument that holds a string literal at its top level, its literals kept and every other part a
   * {@link #HOLE}. An argument with a top-level {@code ?:} is left out (two messages).
   */
  static List<String> templates(String src, int start) {
    List<String> out = new ArrayList<>();
    StringBuilder t = new StringBuilder();
    boolean literal = false;
    boolean code = false;
    boolean choice = false;
    int depth = 0;
    for (int i = start; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '"' && depth == 0) {
        int end = i + 1;
        StringBuilder s = new StringBuilder();
        while (src.charAt(end) != '"') {
          char d = src.charAt(end);
          if (d == '\\') {
            char e = src.charAt(++end);
            s.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'u' ? '\u2026' : e);
            if (e == 'u') {
              end += 4;
            }
          } else {
            s.append(d);
          }
          end++;
        }
        t.append(s);
        literal = true;
        i = end;
      } else if (c == '"') {
        i++;
        while (src.charAt(i) != '"') {
          i += src.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == '\'') {
        i += src.charAt(i + 1) == '\\' ? 3 : 2;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
        code = true;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')' || c == ';')) {
        if (code) {
          t.append(HOLE);
        }
        if (literal && !choice) {
          out.add(t.toString().replaceAll("\u0000+", "\u0000"));
        }
        t.setLength(0);
        literal = code = choice = false;
        if (c != ',') {
          return out;
        }
      } else if (depth == 0 && c == '+') {
        if (code) {
          t.append(HOLE);
        }
        code = false;
      } else if (depth == 0 && c == '?') {
        choice = true;
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        code = true;
      }
    }
    return out;
  }

  private static Set<String> english() {
    return Set.of(
        // rewritten by Cli.plainEnumMessage before it is said ("…" is not one of …)
        "expected one of ",
        // lookups and checks of the rarer commands (customers show, followup, lists undo)
        "phone … belongs to ",
        "show one of them by customer id",
        "--segment: no …",
        "--…: no …",
        "--corrects: no follow-up entry",
        "`shopops followup list` shows",
        "leave --order out",
        "--order: order … belongs to",
        "cannot record the import: ",
        "… takes a new file name",
        "cannot write …: …",
        // config set zone / currency and the rules in the config: said once, when set up
        "zone: ",
        "currency: ",
        "use a region id such as",
        "change it with `shopops config set",
        "the times already stored",
        "the orders stored without",
        "…: …",
        "… config: …",
        "check the rules with",
        // said in zh by the encoding patterns (error.encoding_*), whose first part is FILE:LINE:
        // the message of a line that does not decode, with its place in front
        "…:…: …",
        // backups of a store on PostgreSQL (pg_dump)
        "cannot back up store",
        "nothing was written to …; the command was",
        "a backup must go to another file",
        "install the PostgreSQL client");
  }
}
