package com.shopops.domain.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One of the report's lists of things to do today (as of the report's clock): the first few items
 * and how many there are in all.
 *
 * @param kind what the list is.
 * @param items the first few items (the report shows five), most urgent first.
 * @param total how many items there are in all.
 */
public record ActionList(Kind kind, List<Item> items, int total) {
  public ActionList {
    items = List.copyOf(items);
  }

  /** The lists, in the order the report shows them, each with the command that lists them all. */
  public enum Kind {
    /** Unshipped orders whose ship-by deadline comes within {@code sla.at_risk_within}. */
    AT_RISK("sla at-risk"),
    /** Unshipped orders past their ship-by deadline. */
    OVERDUE("sla overdue"),
    /** Returns received and not refunded yet: the refund is owed by their deadline. */
    REFUNDS_DUE("returns open"),
    /** Delivered orders whose no-reason return window closes within a day. */
    WINDOWS_CLOSING("returns eligible --expiring 1d"),
    /** Follow-up threads whose next contact has come. */
    FOLLOW_UPS_DUE("followup due");

    private final String command;

    Kind(String command) {
      this.command = command;
    }

    /** The shopops command (without "shopops") that lists every item. */
    public String command() {
      return command;
    }
  }

  /**
   * One thing to do.
   *
   * @param ref the order id (the return id for refunds, the customer id for follow-ups).
   * @param other the order of a return or of a follow-up; null for the order lists (no customer
   *     names in a page or picture that gets passed around) and a follow-up about no order.
   * @param due the deadline (the planned contact for a follow-up).
   * @param left time from the report's clock to {@code due}: negative when late.
   */
  public record Item(String ref, String other, Instant due, Duration left) {}

  /** Items not shown. */
  public int more() {
    return total - items.size();
  }
}
