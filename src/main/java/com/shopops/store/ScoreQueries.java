package com.shopops.store;

import com.shopops.domain.metrics.Product;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures only the scorecard reads: buyer reviews and the catalogue. The rest of the
 * scorecard's figures come from {@link ShippingFigures}, {@link ReturnFigures} and {@link
 * SalesFigures}.
 */
public final class ScoreQueries {
  private final Connection conn;

  public ScoreQueries(Store store) {
    this.conn = store.connection();
  }

  /**
   * Sums of the ratings of reviews written in [from, to) and their counts, exact: {sum_d, n_d,
   * sum_s, n_s, sum_l, n_l}. Averages are divided in the domain's decimal arithmetic, never in
   * floating point.
   */
  public long[] ratingSums(Instant from, Instant to) throws SQLException {
    return DayCounts.counts(
        conn,
        """
        SELECT coalesce(sum(rating_description), 0), count(rating_description),
               coalesce(sum(rating_service), 0), count(rating_service),
               coalesce(sum(rating_logistics), 0), count(rating_logistics)
        FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?
        """,
        6,
        from,
        to);
  }

  /** The catalogue. */
  public List<Product> products() throws SQLException {
    List<Product> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT sku, title, category, price, stock, has_description, has_image"
                    + " FROM products ORDER BY sku");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Product(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                DayCounts.nullableLong(rs, 4),
                DayCounts.nullableLong(rs, 5),
                rs.getObject(6) == null ? null : rs.getInt(6) == 1,
                rs.getObject(7) == null ? null : rs.getInt(7) == 1));
      }
    }
    return out;
  }
}
