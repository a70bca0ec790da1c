package com.shopops.store;

import com.shopops.domain.customers.RfmBinning;
import com.shopops.domain.customers.RfmBreaks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFM breaks kept in the store (migration V012), keyed by the version of the customer figures they
 * were computed from ({@code figures_version}, bumped by {@link CustomerFigureUpkeep} in every
 * transaction that changes a buyer's figures), the as-of day recency counts to and the method (the
 * binning settings). A reader that finds breaks of the current version scores one buyer from them;
 * breaks of another version are never read and are removed by the next {@link #save}.
 */
public final class RfmBreakCache {
  private static final String DIMENSIONS = "rfm";

  private final Store store;

  public RfmBreakCache(Store store) {
    this.store = store;
  }

  /** The version of the customer figures now. */
  static long version(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT max(version) FROM figures_version")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Marks the customer figures changed: every cached break is stale from now on. */
  static void bump(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("UPDATE figures_version SET version = version + 1");
    }
  }

  /** The cache key of a policy's breaks: what cuts them (the segment table does not). */
  public static String method(RfmBinning binning, int bins, long monetaryShift, String currency) {
    return binning + "/" + bins + "/" + monetaryShift + "/" + currency;
  }

  /** The breaks of the current figures for this day and method, when they were saved. */
  public Optional<RfmBreaks> load(LocalDate asOfDay, String method, RfmBinning binning, int bins)
      throws SQLException {
    Connection conn = store.connection();
    List<List<Long>> bounds = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS.length(); d++) {
      bounds.add(new ArrayList<>());
      ids.add(new ArrayList<>());
    }
    int rows = 0;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT dimension, bound, customer_id FROM rfm_breaks WHERE as_of_day = ?"
                + " AND method = ? AND version = (SELECT max(version) FROM figures_version)"
                + " ORDER BY dimension, k")) {
      ps.setString(1, asOfDay.toString());
      ps.setString(2, method);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int d = DIMENSIONS.indexOf(rs.getString(1));
          bounds.get(d).add(rs.getLong(2));
          ids.get(d).add(rs.getString(3));
          rows++;
        }
      }
    }
    if (rows != DIMENSIONS.length() * (bins - 1)) {
      return Optional.empty();
    }
    List<RfmBreaks.Cuts> cuts = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS.length(); d++) {
      cuts.add(
          new RfmBreaks.Cuts(
              bounds.get(d), binning == RfmBinning.QUANTILE ? List.of() : ids.get(d)));
    }
    return Optional.of(new RfmBreaks(binning, bins, cuts.get(0), cuts.get(1), cuts.get(2)));
  }

  /**
   * Saves breaks computed from the figures of {@code version}, unless the figures have changed
   * since (then they are simply not kept), and removes breaks of other versions. Left undone while
   * an import holds the store, or when the store cannot be written: a reader never fails or waits
   * to keep a cache.
   */
  public void save(LocalDate asOfDay, String method, long version, RfmBreaks breaks)
      throws SQLException {
    if (store.path() != null
        && WriterNote.holder(store.path(), java.time.Instant.EPOCH).isPresent()) {
      return;
    }
    try {
      write(asOfDay, method, version, breaks);
    } catch (SQLException e) {
      // a store that cannot be written now (read-only, busy): the breaks are computed again
    }
  }

  private void write(LocalDate asOfDay, String method, long version, RfmBreaks breaks)
      throws SQLException {
    Connection current = store.connection();
    if (!current.getAutoCommit()) { // inside the command's own transaction: kept with it
      write(current, asOfDay, method, version, breaks);
      return;
    }
    store.inTransaction(conn -> write(conn, asOfDay, method, version, breaks));
  }

  private static Void write(
      Connection conn, LocalDate asOfDay, String method, long version, RfmBreaks breaks)
      throws SQLException {
    if (version(conn) != version) {
      return null;
    }
    try (PreparedStatement del =
        conn.prepareStatement(
            "DELETE FROM rfm_breaks WHERE version <> ? OR (as_of_day = ? AND method = ?)")) {
      del.setLong(1, version);
      del.setString(2, asOfDay.toString());
      del.setString(3, method);
      del.executeUpdate();
    }
    try (PreparedStatement ins =
        conn.prepareStatement(
            "INSERT INTO rfm_breaks (as_of_day, method, dimension, k, version, bound,"
                + " customer_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      List<RfmBreaks.Cuts> all = List.of(breaks.recency(), breaks.frequency(), breaks.monetary());
      for (int d = 0; d < all.size(); d++) {
        RfmBreaks.Cuts c = all.get(d);
        for (int k = 0; k < c.bounds().size(); k++) {
          ins.setString(1, asOfDay.toString());
          ins.setString(2, method);
          ins.setString(3, DIMENSIONS.substring(d, d + 1));
          ins.setInt(4, k + 1);
          ins.setLong(5, version);
          ins.setLong(6, c.bounds().get(k));
          ins.setString(7, c.ids().isEmpty() ? null : c.ids().get(k));
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
    return null;
  }

  /** The version of the customer figures now (read before computing breaks to save). */
  public long version() throws SQLException {
    return version(store.connection());
  }
}
