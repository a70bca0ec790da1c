package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** UTF-8 text a spreadsheet read as Windows-1252 and saved again (review12 L5). */
class MojibakeTest {
  @Test
  void garbledTextIsRepaired() {
    assertEquals("München", Mojibake.repaired("MÃ¼nchen"));
    assertEquals("é", Mojibake.repaired("Ã©"));
    assertEquals("中", Mojibake.repaired("ä¸­"));
    assertEquals("中文", Mojibake.repaired("ä¸­æ–‡"));
    // Windows-1252 has no character at 0x81, 0x8D, 0x8F, 0x90, 0x9D: read as the C1 controls
    assertEquals("请尽快发货", Mojibake.repaired("è¯·å°½å¿«å\u008f‘è´§"));
    assertEquals("€12", Mojibake.repaired("â‚¬12"));
    assertEquals("don’t", Mojibake.repaired("donâ€™t"));
    assertEquals("ÉTÉ", Mojibake.repaired("Ã‰TÃ‰"));
    assertEquals("😀 great", Mojibake.repaired("ðŸ˜€ great"));
    assertEquals("×", Mojibake.repaired("Ã—"));
    assertEquals("©2024", Mojibake.repaired("Â©2024"));
    assertEquals("São Paulo", Mojibake.repaired("SÃ£o Paulo"));
    // saved so twice: one layer at a time
    assertEquals("MÃ¼nchen", Mojibake.repaired("MÃƒÂ¼nchen"));
  }

  @Test
  void realTextIsNeverTakenForGarbled() {
    for (String s :
        new String[] {
          "Zürich",
          "SÃO PAULO", // Ã before a letter: not a sequence
          "Nº 5",
          "São Paulo",
          "北京市朝阳区",
          "T恤XL",
          "iPhone手机壳",
          "Ελλάδα",
          "Москва",
          "NESCAFÉ®", // would be "NESCAFɮ": a phonetic symbol
          "É®",
          "CAFÉ®",
          "café…”", // would be "caf醔": a lone ideograph glued to a Latin word
          "café……",
          "ÜBER™",
          "Ö°", // an accent on nothing
          "Ø°C",
          "×",
          "à»",
          "plain ascii",
          ""
        }) {
      assertNull(Mojibake.repaired(s), s);
    }
    assertNull(Mojibake.repaired(null));
  }

  /**
   * The real text the JDK carries (locales' names of languages and countries in other locales'
   * languages, months, weekdays: tens of thousands of texts beyond ASCII in every script) is never
   * taken for garbled, and most of them (nine in ten), garbled as a spreadsheet does, are found and
   * repaired back (the rest are scripts whose garbled form is not told from real text, such as
   * languages written with phonetic letters ɛ ɔ ŋ).
   */
  @Test
  void everyLocalesNamesAreRealTextAndTheirGarbledFormIsFound() {
    Set<String> texts = new HashSet<>();
    Locale[] all = Locale.getAvailableLocales();
    Locale[] some = new Locale[all.length / 40 + 1];
    for (int i = 0; i < some.length; i++) {
      some[i] = all[i * 40 % all.length];
    }
    for (int k = 0; k < all.length; k += 4) {
      Locale in = all[k];
      texts.add(in.getDisplayName(in));
      for (Locale l : some) {
        texts.add(l.getDisplayName(in));
        texts.add(in.getDisplayName(l));
      }
      DateFormatSymbols d = DateFormatSymbols.getInstance(in);
      texts.addAll(java.util.Arrays.asList(d.getMonths()));
      texts.addAll(java.util.Arrays.asList(d.getWeekdays()));
    }
    Charset cp1252 = Charset.forName("windows-1252");
    int real = 0;
    int found = 0;
    for (String t : texts) {
      if (!Mojibake.hasNonAscii(t)) {
        continue;
      }
      real++;
      assertNull(Mojibake.repaired(t), t);
      StringBuilder garbled = new StringBuilder();
      for (byte b : t.getBytes(StandardCharsets.UTF_8)) {
        String c = new String(new byte[] {b}, cp1252);
        garbled.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
      }
      if (t.equals(Mojibake.repaired(garbled.toString()))) {
        found++;
      }
    }
    assertEquals(true, real > 3_000, "texts: " + real);
    assertEquals(true, found > real * 0.85, found + " of " + real);
  }
}
