package com.shopops.domain.returns;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The step a return is at (docs/returns.md): {@code REQUESTED → APPROVED | REJECTED}, {@code
 * APPROVED → RECEIVED → REFUNDED}, and refund-only {@code APPROVED → REFUNDED} (退款不退货, the shop
 * refunds without taking the goods back). {@code REJECTED} and {@code REFUNDED} are final.
 */
public enum ReturnStatus {
  /** 申请退货 — the buyer asked. */
  REQUESTED,
  /** 同意退货 — the shop agreed; goods on their way back (or a refund-only return). */
  APPROVED,
  /** 拒绝 — the shop refused; final. */
  REJECTED,
  /** 确认收货 — the returned goods arrived; the refund clock (办法 Art.13) runs from here. */
  RECEIVED,
  /** 退款成功 — money returned; final. */
  REFUNDED;

  /** The steps that may follow this one. */
  public Set<ReturnStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(APPROVED, REJECTED);
      case APPROVED -> EnumSet.of(RECEIVED, REFUNDED);
      case RECEIVED -> EnumSet.of(REFUNDED);
      case REJECTED, REFUNDED -> EnumSet.noneOf(ReturnStatus.class);
    };
  }

  /** Still waiting on someone: not rejected and not refunded. */
  public boolean isOpen() {
    return this != REJECTED && this != REFUNDED;
  }

  /** The code the tool writes and {@code --status} takes ({@code received}…). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Lenient parse: the codes, any case, and common Chinese words (申请, 同意, 拒绝, 收货, 退款成功). Unknown or
   * blank → empty (e.g. Taobao 退款关闭, a request withdrawn by the buyer, has no step here; the
   * importer decides what to do with it).
   */
  public static Optional<ReturnStatus> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ReturnStatus s : values()) {
      if (s.code().equals(t)) {
        return Optional.of(s);
      }
    }
    // Taobao 退款状态 wording: "等待卖家X" means X has not happened yet.
    if (t.contains("等待卖家同意")) {
      return Optional.of(REQUESTED);
    }
    if (t.contains("等待卖家确认收货") || t.contains("等待买家退货")) {
      return Optional.of(APPROVED);
    }
    if (t.contains("拒绝")) {
      return Optional.of(REJECTED);
    }
    if (t.contains("退款成功") || t.equals("已退款")) {
      return Optional.of(REFUNDED);
    }
    if (t.contains("确认收货") || t.contains("已收货") || t.contains("已收到")) {
      return Optional.of(RECEIVED);
    }
    if (t.contains("同意")) {
      return Optional.of(APPROVED);
    }
    if (t.contains("申请") || t.contains("待审核")) {
      return Optional.of(REQUESTED);
    }
    return Optional.empty();
  }
}
