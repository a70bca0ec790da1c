package com.shopops.store;

import com.shopops.domain.customers.MaskedBuyer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers whose id is a masked buyer id ({@link MaskedBuyer#isMasked}, review20 X10): a store
 * imported before masked ids were told apart holds one customer (t**8) for every buyer of that
 * mask. Importing the order exports again moves their orders to their buyers; {@code check} names
 * those still holding orders.
 */
public final class MaskedCustomers {
  private MaskedCustomers() {}

  /** A customer of a masked id and how many orders the store gives it. */
  public record Masked(String customerId, long orders) {}

  /** The customers of a masked id, by id, with their orders. */
  public static List<Masked> of(Store store) throws SQLException {
    List<Masked> out = new ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT c.customer_id, (SELECT count(*) FROM orders o WHERE o.customer_id ="
                        + " c.customer_id) FROM customers c WHERE c.customer_id LIKE '%*%'"
                        + " OR c.customer_id LIKE '%＊%' ORDER BY c.customer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (MaskedBuyer.isMasked(rs.getString(1))) {
          out.add(new Masked(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  /** Whether any of them still holds orders (what {@code check} fails on). */
  public static boolean holdOrders(List<Masked> masked) {
    return masked.stream().anyMatch(m -> m.orders() > 0);
  }
}
