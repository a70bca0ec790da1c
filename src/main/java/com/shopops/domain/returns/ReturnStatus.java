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
  REFUNDED,
  /**
   * 退款关闭 — closed without a refund by the buyer (withdrawn, or the goods never sent back) or by the
   * platform; not the shop's refusal (已拒绝退款 is a separate state of Taobao/Tmall disputes); final.
   * Nothing was returned. A JD service 完成 without a refund (an exchange, a repair) is closed so
   * too, after receipt as well: a withdrawn return is never refused or refunded.
   */
  WITHDRAWN;

  /** The steps that may follow this one. */
  public Set<ReturnStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
      case APPROVED -> EnumSet.of(RECEIVED, REFUNDED, WITHDRAWN);
      case RECEIVED -> EnumSet.of(REFUNDED);
      case REJECTED, REFUNDED, WITHDRAWN -> EnumSet.noneOf(ReturnStatus.class);
    };
  }

  /** Still waiting on someone: not rejected, refunded or withdrawn. */
  public boolean isOpen() {
    return this != REJECTED && this != REFUNDED && this != WITHDRAWN;
  }

  /** The code the tool writes and {@code --status} takes ({@code received}…). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The step a code names ({@code requested}, {@code approved}…), any case, or empty. The codes
   * only: a platform's words (退款成功, 审核不通过…) are its layout's {@code status} map (the presets under
   * {@code resources/presets/}, a mapping file), which the importer reads first; nothing is guessed
   * here from part of a text.
   */
  public static Optional<ReturnStatus> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ReturnStatus s : values()) {
      if (s.code().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
