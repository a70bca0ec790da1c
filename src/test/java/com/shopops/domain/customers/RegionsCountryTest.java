package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionsCountryTest {
  @Test
  void twoLetterCodesWithoutChinaAreKeptAsWritten() {
    // Olist's Santa Catarina, US states: never Chinese provinces
    assertEquals("SC", Regions.province("SC"));
    assertEquals("SC", Regions.province("SC", "BR"));
    assertEquals("HI", Regions.province("HI", "US"));
    assertEquals("MO", Regions.province("MO", "United States"));
    assertEquals("SD", Regions.province(" SD ", null));
    assertEquals("NM", Regions.province("NM", ""));
    assertTrue(Regions.region("SC").isEmpty());
    assertTrue(Regions.region("HI").isEmpty());
  }

  @Test
  void twoLetterCodesOfChineseRowsAreProvinces() {
    assertEquals("四川", Regions.province("SC", "CN"));
    assertEquals("广东", Regions.province("gd", "China"));
    assertEquals("海南", Regions.province("HI", "中国"));
    assertEquals("西南", Regions.region(Regions.province("SC", "cn")).orElseThrow());
  }

  @Test
  void namesAndChineseSpellingsNeedNoCountry() {
    assertEquals("四川", Regions.province("四川省"));
    assertEquals("四川", Regions.province("Sichuan", "BR"));
    assertEquals("广西", Regions.province("广西壮族自治区"));
    assertEquals("广东", Regions.province("CN-GD"));
    assertEquals("华南", Regions.region("广东").orElseThrow());
    assertEquals("四川", Regions.province("川", "BR"));
    assertEquals("广东", Regions.province("粤"));
    assertEquals("华东", Regions.region("沪").orElseThrow());
  }
}
