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

  /**
   * A win-back offer (its code starts with {@code winback}, as the built-in {@code winback-coupon}
   * does): meant for a buyer who has left, so it goes only to one whose lifecycle is lapsing or
   * churned (review11 K22).
   */
  public boolean isWinback() {
    return Keys.of(code).startsWith("winback");
  }
}
