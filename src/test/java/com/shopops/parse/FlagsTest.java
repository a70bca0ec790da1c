package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Yes/no cells. */
class FlagsTest {
  private static String reason(Runnable r) {
    return assertThrows(ValueException.class, r::run).getMessage();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "YES",
        "y",
        "Y",
        "true",
        "True",
        "1",
        "是",
        "subscribed",
        "opt-in",
        "Opt-In",
        "同意",
        "已同意",
        "接受",
        "已授权",
        "已订阅"
      })
  void yes(String raw) {
    assertEquals(Boolean.TRUE, Flags.bool(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no",
        "NO",
        "n",
        "false",
        "FALSE",
        "0",
        "否",
        "not_subscribed",
        "unsubscribed",
        "opt-out",
        " no ",
        "不同意",
        "未同意",
        "拒绝",
        "不接受",
        "未授权",
        "已退订",
        "未订阅"
      })
  void no(String raw) {
    assertEquals(Boolean.FALSE, Flags.bool(raw));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void blankIsNull(String raw) {
    assertNull(Flags.bool(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "yess", "pending", "待定", "同意吗"})
  void rejects(String raw) {
    assertEquals("not yes/no (\"" + raw + "\")", reason(() -> Flags.bool(raw)));
  }
}
