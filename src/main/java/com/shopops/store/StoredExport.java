package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored import of an order export, as the upgrades read it to read its file again (the store
 * kept every import's file, sha256 and encoding; the application reads the file, {@code
 * app/imports/StoredImportFile}): {@link PresaleUpgrade}, {@link PaidSeenUpgrade}, {@link
 * RepricedUpgrade} and {@link EarlierOutbound} read their imports by {@link #read}, each with its
 * own choice of them.
 */
public record StoredExport(
    long importId, String file, String sha256, String encoding, String preset, long startedAt) {

  /** The store's Taobao/Tmall 订单报表 imports (a {@code FROM … WHERE} clause over {@code i}). */
  static final String TMALL_ORDERS =
      " FROM imports i WHERE i.kind = 'orders' AND i.preset = 'taobao-orders'";

  /**
   * The imports {@code from} chooses (a {@code FROM … WHERE} clause over {@code imports i}, one row
   * an import), oldest first.
   */
  static List<StoredExport> read(Connection conn, String from) throws SQLException {
    List<StoredExport> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT i.import_id, i.file, i.sha256, i.encoding, i.preset, i.started_at"
                    + from
                    + " ORDER BY i.import_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredExport(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6)));
      }
    }
    return out;
  }
}
