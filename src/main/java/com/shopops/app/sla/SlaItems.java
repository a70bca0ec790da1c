package com.shopops.app.sla;

import com.shopops.domain.order.OrderLine;
import com.shopops.store.OrderQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * What an order of an SLA list holds, for whoever packs it (review19 V14, {@code sla overdue
 * --columns order_id,sku,quantity}): its SKUs (a line without one: its title), each followed by
 * {@code ×} and its quantity when the order has several lines, and its units (null when a line's
 * quantity is unknown or the order has no lines).
 */
public record SlaItems(String skus, Long units) {
  /**
   * An order's items from its lines; an order without lines, what its order-level export stated of
   * its goods ({@code stated}: a Taobao/Tmall 订单报表's 宝贝标题 and 宝贝总数量, tryout20 Y10; null: none).
   * Lines win once there are some (its 宝贝报表 imported).
   */
  static SlaItems of(List<OrderLine> lines, OrderQueries.StatedItems stated) {
    if (lines.isEmpty() && stated != null) {
      return new SlaItems(stated.title(), stated.quantity());
    }
    return of(lines);
  }

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
