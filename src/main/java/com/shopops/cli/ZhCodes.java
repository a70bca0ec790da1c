package com.shopops.cli;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.Collection;
import java.util.List;

/**
 * The code behind a Chinese name the tables show (新客户 → New Customers, 忠诚 → loyal), so a filter
 * takes what the operator reads; any other text is returned as given, for the caller to check.
 */
final class ZhCodes {
  private ZhCodes() {}

  static String code(String column, String given, Collection<String> codes) {
    Messages zh = Messages.of(Language.ZH);
    String want = given.strip();
    for (String code : codes) {
      if (!code.equals(zh.value(column, code)) && zh.value(column, code).equals(want)) {
        return code;
      }
    }
    return given;
  }

  static List<String> codes(String column, List<String> given, Collection<String> codes) {
    return given.stream().map(g -> code(column, g, codes)).toList();
  }
}
