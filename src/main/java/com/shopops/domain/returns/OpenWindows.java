package com.shopops.domain.returns;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivered orders whose no-reason window is still open (what {@code returns eligible} lists). An
 * order is listed when at least one of its items is eligible ({@link ReturnWindow#isOpenAt}): the
 * not-eligible SKUs and categories of the policy only drop an order whose every item is excluded.
 */
public final class OpenWindows {
  private OpenWindows() {}

  /** One order inside its window as of {@code asOf}. */
  public record Row(
      String orderId,
      String customerId,
      Instant deliveredAt,
      Instant closesAt,
      long daysLeft,
      int hoursLeft,
      Duration remaining) {}

  /**
   * @param items the lines of recently delivered orders, grouped by order (consecutive)
   * @param expiring when not null, only windows that close within this time of {@code asOf}
   * @return soonest-closing first, then by order id
   */
  public static List<Row> of(
      List<DeliveredItem> items, ReturnPolicy policy, Instant asOf, Duration expiring) {
    Map<String, Row> byOrder = new LinkedHashMap<>();
    for (DeliveredItem item : items) {
      if (byOrder.containsKey(item.orderId())) {
        continue;
      }
      ReturnWindow w =
          ReturnWindow.of(
              item.deliveredAt(), item.sku(), item.category(), policy.forPlatform(item.platform()));
      if (!w.isOpenAt(asOf)) {
        continue;
      }
      Duration left = w.remaining(asOf);
      if (expiring != null && left.compareTo(expiring) > 0) {
        continue;
      }
      byOrder.put(
          item.orderId(),
          new Row(
              item.orderId(),
              item.customerId(),
              item.deliveredAt(),
              w.closesAt().toInstant(),
              w.daysLeft(asOf),
              w.hoursLeft(asOf),
              left));
    }
    List<Row> rows = new ArrayList<>(byOrder.values());
    rows.sort(Comparator.comparing(Row::closesAt).thenComparing(Row::orderId));
    return rows;
  }

  /**
   * The earliest delivery that can still be inside a window at {@code asOf}: the window closes at
   * the start of day {@code delivery day + windowDays + 1}, so anything delivered more than {@code
   * windowDays + 2} days ago (one spare day for a DST change) is closed — of the longest window, a
   * marketplace's own included. Lets the store read only recent deliveries.
   */
  public static Instant earliestOpenDelivery(ReturnPolicy policy, Instant asOf) {
    return asOf.minus(Duration.ofDays(policy.longestWindowDays() + 2L));
  }
}
