package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13812341234|138****1234",
        "+86 138 1234 1234|138****1234",
        "+86-138-1234-1234|138****1234",
        "0086 13812341234|138****1234",
        "8613812341234|138****1234",
        " 138-1234-1234 |138****1234",
        "1******6198|1******6198",
        "138****1234|138****1234",
        "010-12345678|*******5678",
        "+1 415 555 0100|*******0100",
        "+44 7911 123456|********3456",
        "23812341234|*******1234",
        "1234|****",
        "12|**",
        "12345|*2345",
        "n/a|****",
      })
  void phone(String raw, String masked) {
    assertEquals(masked, Masking.phone(raw));
  }

  @Test
  void phoneNullAndEmpty() {
    assertNull(Masking.phone(null));
    assertEquals("", Masking.phone("  "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "张三|张*",
        "欧阳娜娜|欧***",
        "李|*",
        "Alice|A****",
        "张*|张*",
        "𠀀二|𠀀*",
      })
  void name(String raw, String masked) {
    assertEquals(masked, Masking.name(raw));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alice@example.com|a***@example.com",
        "a@example.com|a***@example.com",
        "张三@qq.com|张***@qq.com",
        "a***@example.com|a***@example.com",
        "not-an-email|n***",
        "@example.com|***@example.com",
      })
  void email(String raw, String masked) {
    assertEquals(masked, Masking.email(raw));
  }

  @Test
  void nullsStayNull() {
    assertNull(Masking.name(null));
    assertNull(Masking.email(null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "JDVA15959549059|JDVA15959549059",
        "JDVA14437538176|JDVA14437538176",
        "SF13812341234567|SF13812341234567",
        "YT13812341234|YT13812341234",
        "13812341234YT|13812341234YT",
        "3473241705019989222|3473241705019989222",
        "call 13800000001 after 6pm|call 138****0001 after 6pm",
        "+86 138 0000 0001|138****0001",
        "tel:13800000001|tel:138****0001",
        "电话13800000001，谢谢|电话138****0001，谢谢",
        "13944445555@139.com|139****5555@139.com",
        "JD 13800000001|JD 138****0001",
        "lq13900001111@example.com|lq139****1111@example.com",
        "a.13900001111x@qq.com|a.139****1111x@qq.com",
        "JDVA15959549059 a@b.cn|JDVA15959549059 a@b.cn",
      })
  void redactMasksAPhoneThatStandsAloneButNoTrackingNumber(String text, String shown) {
    assertEquals(shown, Masking.redact(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "138****0001|true",
        "1******6198|true",
        "********5678|true",
        "****|true",
        "+86 138****0001|true",
        "13800000001|false",
        "JDVA159****9059|false",
        "a*b|false",
      })
  void aMaskedPhoneIsStarsAndDigitsOnly(String value, boolean masked) {
    assertEquals(masked, Masking.isMaskedPhone(value));
  }

  @Test
  void aMaskedEmailHasAStarBeforeItsAt() {
    assertTrue(Masking.isMaskedEmail("a***@example.com"));
    assertTrue(Masking.isMaskedEmail("139****5555@139.com"));
    assertFalse(Masking.isMaskedEmail("alice@example.com"));
    assertFalse(Masking.isMaskedEmail(null));
  }
}
