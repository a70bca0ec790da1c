package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
