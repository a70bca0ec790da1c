package com.shopops.parse;

import java.util.Locale;

/**
 * Yes/no cells (marketing consent, flags). Returns null for an empty cell and throws {@link
 * ValueException} for anything that is neither.
 */
public final class Flags {
  private Flags() {}

  /**
   * Yes or no: {@code yes y true 1 是 subscribed opt-in} / {@code no n false 0 否 not_subscribed
   * unsubscribed opt-out} (case-insensitive; Shopify writes both generations of marketing flags),
   * and the consent words of Chinese CRM and 会员 exports: {@code 同意 已同意 接受 已接受 允许 授权 已授权 订阅 已订阅} /
   * {@code 不同意 未同意 拒绝 已拒绝 不接受 未接受 不允许 未授权 退订 已退订 未订阅} (review11 K24).
   *
   * @throws ValueException {@code not yes/no ("…")}
   */
  public static Boolean bool(String raw) {
    String s = CellText.text(raw);
    if (s == null) {
      return null;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "是", "subscribed", "opt-in", "opt_in", "opted_in":
        return Boolean.TRUE;
      case "同意", "已同意", "接受", "已接受", "允许", "授权", "已授权", "订阅", "已订阅":
        return Boolean.TRUE;
      case "不同意", "未同意", "拒绝", "已拒绝", "不接受", "未接受", "不允许", "未授权", "退订", "已退订", "未订阅":
        return Boolean.FALSE;
      case "no",
      "n",
      "false",
      "0",
      "否",
      "not_subscribed",
      "unsubscribed",
      "opt-out",
      "opt_out",
      "opted_out":
        return Boolean.FALSE;
      default:
        throw new ValueException("not yes/no " + CellText.quoted(s));
    }
  }
}
