package com.shopops.domain.lists;

import java.util.Objects;

/**
 * A suggested offer: a short code for scripts and the text for people, e.g. {@code coupon-200-30} /
 * 满200减30优惠券 / "¥30 off orders over ¥200".
 */
public record Offer(String code, String zh, String en) {
  public Offer {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public Message text() {
    return new Message(zh, en);
  }
}
