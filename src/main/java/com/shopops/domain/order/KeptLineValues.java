package com.shopops.domain.order;

import java.util.List;
import java.util.Objects;

/**
 * A value missing from an export never erases a stored one, for an order's lines too (amount29,
 * tryout28a A2: a generic {@code order_id,sku,quantity,amount} file replaced the lines of an order
 * and its titles Mug and Plate were gone): a line of a file that states no title, or no unit price,
 * takes the stored one of the same order and SKU.
 */
public final class KeptLineValues {
  private KeptLineValues() {}

  /**
   * The file's line with what it does not state taken from {@code stored}, the stored lines of the
   * same order and SKU: their title, when they all have one and the same; their unit price, when
   * they all have one and the same and the file's line comes to it (its amount is that price times
   * its quantity, or it states no amount). The line as it is otherwise.
   */
  public static OrderLine of(OrderLine file, List<OrderLine> stored) {
    if (file.sku() == null || stored.isEmpty()) {
      return file;
    }
    String title = file.title();
    if (title == null) {
      title = same(stored.stream().map(OrderLine::title).toList());
    }
    Long unit = file.unitPrice();
    if (unit == null) {
      Long storedUnit = same(stored.stream().map(OrderLine::unitPrice).toList());
      long qty = file.quantity() == null ? 1 : file.quantity();
      if (storedUnit != null
          && (file.amount() == null || file.amount() == Math.multiplyExact(storedUnit, qty))) {
        unit = storedUnit;
      }
    }
    if (Objects.equals(title, file.title()) && Objects.equals(unit, file.unitPrice())) {
      return file;
    }
    return new OrderLine(
        file.lineNo(), file.sku(), title, file.quantity(), unit, file.amount(), file.itemId());
  }

  /** Whether a line of a file may take something of a stored one: it has a SKU and lacks either. */
  public static boolean lacks(String sku, Object title, Object unitPrice) {
    return sku != null && (title == null || unitPrice == null);
  }

  /** The one value all of these have, null when one has none or two differ. */
  private static <T> T same(List<T> values) {
    T first = values.get(0);
    if (first == null) {
      return null;
    }
    for (T v : values) {
      if (!first.equals(v)) {
        return null;
      }
    }
    return first;
  }
}
