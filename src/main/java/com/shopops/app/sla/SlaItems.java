package com.shopops.app.sla;

import com.shopops.domain.order.OrderLine;
import java.util.ArrayList;
import java.util.List;

/**
 * What an order of an SLA list holds, for whoever packs it (review19 V14, {@code sla overdue
 * --columns order_id,sku,quantity}): its SKUs (a line without one: its title), each followed by
 * {@code ×} and its quantity when the order has several lines, and its units (null when a line's
 * quantity is unknown or the order has no lines).
 */
public record SlaItems(String skus, Long units) {
  static SlaItems of(List<OrderLine> lines) {
    List<String> skus = new ArrayList<>();
    Long units = lines.isEmpty() ? null : 0L;
    for (OrderLine line : lines) {
      String name = line.sku() != null ? line.sku() : line.title();
      skus.add(lines.size() > 1 && line.quantity() != null ? name + " ×" + line.quantity() : name);
      units = units == null || line.quantity() == null ? null : units + line.quantity();
    }
    return new SlaItems(skus.isEmpty() ? null : String.join(", ", skus), units);
  }
}
