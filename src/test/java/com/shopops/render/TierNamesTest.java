package com.shopops.render;

import static com.shopops.render.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import org.junit.jupiter.api.Test;

/**
 * The default member tiers are stored by their Chinese names (普通…钻石): an English session shows them
 * in English, a Chinese one as stored, csv and json the stored value (review17 R14).
 */
class TierNamesTest {
  @Test
  void englishNamesTheDefaultTiersInEnglish() {
    Messages en = Messages.of(Language.EN);
    assertEquals("Regular", en.value("tier", "普通"));
    assertEquals("Silver", en.value("tier", "银牌"));
    assertEquals("Gold", en.value("tier", "金牌"));
    assertEquals("Platinum", en.value("tier", "白金"));
    assertEquals("Diamond", en.value("next_tier", "钻石"));
    // a tier the shop named itself, and other codes, as they are
    assertEquals("VIP", en.value("tier", "VIP"));
    assertEquals("会员", en.value("tier", "会员"));
    assertEquals("paid", en.value("status", "paid"));
  }

  @Test
  void chineseKeepsTheStoredNames() {
    Messages zh = Messages.of(Language.ZH);
    assertEquals("普通", zh.value("tier", "普通"));
    assertEquals("钻石", zh.value("next_tier", "钻石"));
  }

  @Test
  void aTableInEnglishShowsTheEnglishNameAndCsvTheStoredOne() {
    Table t = new Table(Column.text("customer_id"), Column.text("tier"));
    t.addRow("C1", "银牌");
    String table = Fixtures.render(t, OutputFormat.TABLE, Fixtures.options());
    assertEquals(lines("customer_id  tier", "-----------  ------", "C1           Silver"), table);
    assertEquals(
        "customer_id,tier\nC1,银牌\n", Fixtures.render(t, OutputFormat.CSV, Fixtures.options()));
  }
}
