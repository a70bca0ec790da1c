package com.shopops.domain.returns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why the buyer returns the goods (退货原因), docs/returns.md: no-reason, quality, wrong item, damaged,
 * other. Only {@link #NO_REASON} returns are bound by the 7-day window and the not-eligible list
 * (办法 Art.6/7); quality returns fall under 消保法 Art.24 instead (办法 Art.35).
 */
public enum ReturnReason {
  /** 七天无理由 — the buyer changed their mind (不想要了, 拍错/多拍, 不喜欢). */
  NO_REASON,
  /** 质量问题, 商品与描述不符. */
  QUALITY,
  /** 发错货, 少件/漏发. */
  WRONG_ITEM,
  /** 破损, 污渍 — arrived broken. */
  DAMAGED,
  /** 其他, and any text we do not recognise. */
  OTHER;

  /** The code the tool writes in csv/json ({@code no_reason}, {@code wrong_item}…). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  // compiled once: an import parses the reason of every row and of every stored return it reads
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

  /**
   * Lenient parse of a reason as written by the tool, an operator or a platform export (English or
   * Chinese, any case, with spaces, hyphens or underscores). Blank → empty; text that is not blank
   * but not recognised → {@link #OTHER}, so that a platform's own reason wording never fails an
   * import.
   */
  public static Optional<ReturnReason> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = SEPARATORS.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (has(
        t,
        "无理由",
        "不想要",
        "不喜欢",
        "拍错",
        "多拍",
        "不需要",
        "no reason",
        "noreason",
        "changed mind",
        "change of mind",
        "7 day",
        "seven day")) {
      return Optional.of(NO_REASON);
    }
    if (has(t, "发错", "错发", "少件", "漏发", "wrong")) {
      return Optional.of(WRONG_ITEM);
    }
    if (has(t, "破损", "损坏", "污渍", "压坏", "damage", "broken")) {
      return Optional.of(DAMAGED);
    }
    if (has(t, "质量", "与描述不符", "描述不符", "假冒", "quality", "defect", "faulty", "not as described")) {
      return Optional.of(QUALITY);
    }
    return Optional.of(OTHER);
  }

  /**
   * Strict parse of a reason an operator types ({@code returns add --reason}): as {@link #parse},
   * but text that is not recognised is empty rather than {@link #OTHER}, so a typo is caught; only
   * "other" or 其他 itself means OTHER, and so do the words of a refund without goods back (价保, 仅退款,
   * price-protection, refund-only: {@link ReturnKind#noGoods}).
   */
  public static Optional<ReturnReason> parseTyped(String text) {
    Optional<ReturnReason> r = parse(text);
    if (r.isEmpty() || r.get() != OTHER) {
      return r;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    // a 价保 or 仅退款 taken by phone has no complaint about the goods: other (review19 V19)
    return t.startsWith("other") || t.contains("其他") || ReturnKind.noGoods(text)
        ? r
        : Optional.empty();
  }

  private static boolean has(String text, String... needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
