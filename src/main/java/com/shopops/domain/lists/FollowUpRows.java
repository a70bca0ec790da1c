package com.shopops.domain.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The rows of each follow-up list. Phones are raw; the command masks them unless --unmasked. */
public final class FollowUpRows {
  private FollowUpRows() {}

  /**
   * A valuable customer gone silent.
   *
   * @param usualGapDays median days between their purchase days; null with fewer than two
   */
  public record Winback(
      Candidate customer,
      LocalDate lastOrder,
      long daysSinceLastOrder,
      Integer usualGapDays,
      Message reason,
      Offer offer)
      implements ListRow {
    @Override
    public String customerId() {
      return customer.customerId();
    }
  }

  /** An order delivered N days ago with no review yet. */
  public record Satisfaction(DeliveredOrder order, LocalDate deliveredOn, Message message)
      implements ListRow {
    @Override
    public String customerId() {
      return order.customerId();
    }
  }

  /**
   * A customer who bought in {@code month}'s calendar month in each of {@code years}.
   *
   * @param bought what they bought in that month in those years, oldest first, each once
   */
  public record Anniversary(
      Candidate customer,
      YearMonth month,
      List<Integer> years,
      List<String> bought,
      Message reason,
      Offer offer)
      implements ListRow {
    public Anniversary {
      years = List.copyOf(years);
      bought = List.copyOf(bought);
    }

    @Override
    public String customerId() {
      return customer.customerId();
    }
  }

  /**
   * A top-tier customer due for care.
   *
   * @param lastContact store-zone date of the last contact, null if never contacted
   * @param daysSinceContact null if never contacted
   */
  public record Vip(
      Candidate customer, LocalDate lastContact, Long daysSinceContact, Message reason)
      implements ListRow {
    @Override
    public String customerId() {
      return customer.customerId();
    }
  }

  /**
   * An overdue or at-risk order and the message to send.
   *
   * @param hours hours past the deadline for an overdue order, hours left for an at-risk one, one
   *     decimal as {@code sla at-risk}/{@code sla overdue} print them ({@link
   *     com.shopops.domain.sla.Hours})
   */
  public record Delay(DelayedOrder order, java.math.BigDecimal hours, Message message)
      implements ListRow {
    @Override
    public String customerId() {
      return order.customerId();
    }
  }

  /** A return waiting on the shop and the message to send. */
  public record Return(PendingReturn ret, long hoursWaiting, Message message) implements ListRow {
    @Override
    public String customerId() {
      return ret.customerId();
    }
  }
}
