package com.shopops.domain.customers;

/**
 * A buyer id the export masked (review20 X10): since 淘宝/天猫 desensitised buyer nicknames, the 订单报表
 * of many shops write 买家会员名 as {@code t**8}, so four people are one text. A masked id names no one
 * and is never a customer id: the buyer is taken from the next identity the row gives, in this
 * order, and else the order has no buyer (it is not merged into anyone).
 *
 * <ol>
 *   <li>{@link Source#PHONE}: the row's phone number, whole (联系手机 {@code 13810000000}), as the
 *       {@code tel-} pseudonym a phone id gets ({@link CustomerIds#forPhone});
 *   <li>{@link Source#RECEIVER}: the receiver's name, whole, with the phone masked ({@code 张三} and
 *       {@code 138****1234}): weaker, two people of one name and the same seven visible digits are
 *       one, but far from one per mask; {@code rcv-} and a keyed pseudonym ({@link
 *       CustomerIds#forReceiver});
 *   <li>{@link Source#NONE}: nothing whole (no phone, or a masked name): no buyer.
 * </ol>
 */
public final class MaskedBuyer {
  private MaskedBuyer() {}

  /** Where the buyer of an order with a masked id was taken from. */
  public enum Source {
    PHONE,
    RECEIVER,
    NONE
  }

  /** The buyer an order with a masked id is given ({@code id} null for none). */
  public record Identity(String id, Source source) {}

  /**
   * Whether an id is masked: it holds a run of two or more asterisks ({@code t**8}, {@code
   * jd_***abc}, full-width {@code ＊＊} too). A single {@code *} may be part of a real id.
   */
  public static boolean isMasked(String id) {
    if (id == null) {
      return false;
    }
    int run = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '*' || c == '＊') {
        if (++run >= 2) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** Whether a name or phone shows a mask (any asterisk): not whole. */
  static boolean hidden(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('＊') >= 0;
  }

  /**
   * The buyer of an order whose export id is masked, from the row's phone and name (either may be
   * null) under the store's pseudonym key.
   */
  public static Identity of(String name, String phone, byte[] key) {
    String p = phone == null ? null : phone.strip();
    String n = name == null ? null : name.strip();
    if (p != null && !p.isEmpty() && !hidden(p) && CustomerIds.looksLikePhone(p)) {
      return new Identity(CustomerIds.forPhone(p, key), Source.PHONE);
    }
    if (p != null && hidden(p) && n != null && !n.isEmpty() && !hidden(n)) {
      return new Identity(CustomerIds.forReceiver(n, p, key), Source.RECEIVER);
    }
    return new Identity(null, Source.NONE);
  }
}
