package com.shopops.store;

import com.shopops.domain.customers.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading customers back, with what their paid orders add up to. */
public final class CustomerQueries {
  private final Connection conn;
  private final Store store;

  public CustomerQueries(Store store) {
    this.conn = store.connection();
    this.store = store;
  }

  /** Filters for {@code customers list}; null means "any". */
  public record Filter(String region, String province, Integer limit) {}

  /**
   * A customer with their paid orders up to as-of: count, total spent (minor units, net of the
   * refunds up to as-of, as {@link CustomerFigures#NET_OF}), last paid time. When the store's
   * purchases are in several currencies, only those in the currency customer money is ranked in
   * count ({@link CustomerFigures.PaidFacts#ranked()}, as {@code customers show} and RFM): amounts
   * of different currencies are never added up (review12 L7); the others are {@link
   * CustomerFigures#otherCurrencies}.
   */
  public record Listed(Customer customer, long orders, long spent, Instant lastOrderAt) {}

  public List<Listed> list(Filter f, Instant asOf) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT c.customer_id, c.name, c.phone, c.email, c.province, c.city, c.region,
                   c.registered_at, c.accepts_marketing,
                   count(o.order_id) AS orders,
                   coalesce(sum(%s), 0) AS spent,
                   max(o.paid_at) AS last_order_at
              FROM customers c
              LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.paid_at IS NOT NULL
                   AND o.paid_at <= ? AND o.status IS DISTINCT FROM 'cancelled' %s
             WHERE 1 = 1
            """
                .formatted(
                    CustomerFigures.NET_OF, new CustomerFigures(store).currencyFilter(asOf)));
    List<Object> args = new ArrayList<>();
    args.add(asOf.getEpochSecond()); // NET_OF's as-of: the refunds up to as-of (review12 L15)
    args.add(asOf.getEpochSecond()); // paid by as-of, as customers show counts
    if (f.region() != null) {
      sql.append(" AND c.region = ?");
      args.add(f.region());
    }
    if (f.province() != null) {
      sql.append(" AND c.province = ?");
      args.add(f.province());
    }
    sql.append(" GROUP BY c.customer_id ORDER BY c.customer_id");
    if (f.limit() != null) {
      sql.append(" LIMIT ?");
      args.add(f.limit());
    }
    List<Listed> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Customer c = CustomerRecords.customer(rs);
          out.add(
              new Listed(
                  c,
                  rs.getLong("orders"),
                  rs.getLong("spent"),
                  OrderQueries.instant(rs, "last_order_at")));
        }
      }
    }
    return out;
  }
}
