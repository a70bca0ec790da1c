package com.shopops.domain.customers;

import java.util.Locale;
import java.util.Optional;

/**
 * How a customer was reached. Chinese spellings from team spreadsheets and 客服 logs are accepted
 * (review11 K24: 电话回访, 企业微信 stopped a whole log).
 */
public enum FollowUpChannel {
  PHONE("电话", "电话回访", "回访电话", "电话联系", "打电话", "致电", "来电"),
  SMS("短信", "短信回访", "短信通知", "发短信"),
  EMAIL("邮件", "电子邮件", "邮箱"),
  IM("旺旺", "千牛", "京东咚咚", "咚咚", "微信", "企业微信", "企微", "qq", "钉钉", "在线客服", "在线消息", "私信", "chat"),
  VISIT("上门", "拜访", "上门拜访", "面访", "到店");

  private final String[] aliases;

  FollowUpChannel(String... aliases) {
    this.aliases = aliases;
  }

  /** The word stored and shown: {@code phone}, {@code sms}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FollowUpChannel> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    for (FollowUpChannel c : values()) {
      if (c.code().equals(s) || (c == EMAIL && s.equals("e-mail"))) {
        return Optional.of(c);
      }
      for (String a : c.aliases) {
        if (a.equals(s)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
