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
   * Nothing was returned.
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
   * Lenient parse: the codes, any case, and the words of Taobao/Tmall 退款状态 and JD 服务单状态 (申请, 同意,
   * 拒绝, 收货, 退款成功, 退款关闭, 取消…). Unknown or blank → empty: the importer refuses the row rather than
   * guess.
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
    // the plain English words of a hand-made or generic returns sheet
    if (t.equals("open") || t.equals("pending") || t.equals("new")) {
      return Optional.of(REQUESTED);
    }
    if (t.equals("cancelled") || t.equals("canceled")) {
      return Optional.of(WITHDRAWN);
    }
    // Taobao 退款状态 wording: "等待卖家X" means X has not happened yet.
    if (t.contains("等待卖家同意")) {
      return Optional.of(REQUESTED);
    }
    if (t.contains("等待卖家确认收货") || t.contains("等待买家退货")) {
      return Optional.of(APPROVED);
    }
    if (t.contains("拒绝") || t.equals("审核不通过")) { // 卖家拒绝退款, 已拒绝退款; JD
      return Optional.of(REJECTED);
    }
    // 退款关闭: closed without a refund (the buyer withdrew it, or did not send the goods back);
    // 取消退款中 is still open (the buyer is cancelling), so only the finished words count.
    if (t.equals("退款关闭")
        || t.equals("关闭")
        || t.equals("已关闭")
        || t.equals("取消")
        || t.equals("已取消")
        || t.equals("买家撤销")
        || t.equals("已撤销")
        || t.equals("closed")) {
      return Optional.of(WITHDRAWN);
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
