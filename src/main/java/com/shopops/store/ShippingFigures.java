package com.shopops.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the store knows of any shipped order (else the ship figures are "not computed"). The
 * shipping figures themselves are {@code sla report}'s ({@code app.sla.SlaService}): one definition
 * for the report, the scorecard and {@code sla}. When an order shipped and was delivered is {@link
 * Fulfilment}'s answer.
 */
public final class ShippingFigures {
  private final Connection conn;

  public ShippingFigures(Store store) {
    this.conn = store.connection();
  }

  /** Orders with their paid, shipped and delivered times ({@link Fulfilment}). */
  private static final String SHIPPED =
      """
      SELECT o.order_id, o.paid_at, %s AS shipped_at, %s AS delivered_at
      FROM %s
      """
          .formatted(Fulfilment.SHIPPED_AT, Fulfilment.DELIVERED_AT, Fulfilment.FROM);

  /** Whether any order has a ship time (else the ship figures are "not computed"). */
  public boolean hasShippedOrders() throws SQLException {
    return DayCounts.anyRow(
        conn, "SELECT 1 FROM (" + SHIPPED + ") AS f WHERE shipped_at IS NOT NULL LIMIT 1");
  }
}
