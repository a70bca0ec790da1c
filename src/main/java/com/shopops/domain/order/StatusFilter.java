package com.shopops.domain.order;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code orders list --status} picks: the orders in one {@link OrderStatus}, or the orders
 * refunded in part ({@code partially_refunded}, Shopify's financial status; 部分退款). A partial refund
 * is a payment state, not a step of the order: a partly refunded order is shipped or delivered like
 * any other, so that word never means "paid, not shipped" (review17 R22). Shopify's {@code
 * partially_paid} names no status shopops keeps: it is no filter (a status alias would list unpaid
 * orders under it). An order refunded in full is {@code refunded} for the filter whatever its
 * status (review19 V20): a JD order returned and refunded through 售后 stays {@code completed}, a
 * paid Tmall order closed (交易关闭) is {@code cancelled}, yet "which orders were refunded" means them
 * too ({@link #byMoney}).
 *
 * @param status the status, null for {@code partiallyRefunded}
 * @param partiallyRefunded orders with a refund (stated by their export or recorded by a return)
 *     that is less than what was paid, and not closed
 * @param platformWord the platform's own status word as given (锁定, 交易关闭, wc-processing…), null when
 *     the word is our code: the orders whose platform status is that word are the ones meant (锁定 is
 *     one JD state of the many that are paid, review18 T4)
 */
public record StatusFilter(OrderStatus status, boolean partiallyRefunded, String platformWord) {
  /** The word a partial-refund filter is shown by, in help and the list of accepted values. */
  public static final String PARTIALLY_REFUNDED = "partially_refunded";

  private static final Set<String> PARTIAL_WORDS =
      Set.of(PARTIALLY_REFUNDED, "partially refunded", "部分退款");

  /** Payment states an import reads but no filter can stand for. */
  private static final Set<String> NO_FILTER = Set.of("partially_paid");

  /** The orders in {@code status}. */
  public static StatusFilter of(OrderStatus status) {
    return new StatusFilter(status, false, null);
  }

  /**
   * Whether the filter also picks the orders whose refunds reach what was paid, whatever their
   * status: the {@code refunded} filter by our code (a platform's own word, 退款成功 say, picks the
   * orders whose export wrote it).
   */
  public boolean byMoney() {
    return status == OrderStatus.REFUNDED;
  }

  /** This filter without the platform word: every order in its status. */
  public StatusFilter byCode() {
    return new StatusFilter(status, partiallyRefunded, null);
  }

  /** A status code or a platform's word, or a partial-refund word; empty when it is none. */
  public static Optional<StatusFilter> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (PARTIAL_WORDS.contains(w)) {
      return Optional.of(new StatusFilter(null, true, null));
    }
    if (NO_FILTER.contains(w)) {
      return Optional.empty();
    }
    String given = word.strip();
    return OrderStatus.parse(word)
        .map(s -> s.code().equalsIgnoreCase(given) ? of(s) : new StatusFilter(s, false, given));
  }
}
