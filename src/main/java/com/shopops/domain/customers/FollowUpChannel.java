package com.shopops.domain.customers;

import java.util.Locale;
import java.util.Optional;

/** How a customer was reached. Chinese spellings from team spreadsheets are accepted. */
public enum FollowUpChannel {
  PHONE("电话"),
  SMS("短信"),
  EMAIL("邮件"),
  IM("旺旺", "京东咚咚", "微信", "在线客服", "chat"),
  VISIT("上门", "拜访");

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
