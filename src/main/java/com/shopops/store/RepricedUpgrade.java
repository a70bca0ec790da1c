package com.shopops.store;

import com.shopops.domain.order.Platform;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Taobao/Tmall orders an older shopops stored with a 改价 in their amount (tryout22b B2, tryout23b
 * A9): a newer 订单报表 alone that lowered the goods paid (298.00 → 288.00) kept the old discount and
 * put the cut into the amount (318.00 / 30.00 over lines of 328.00). Today's import keeps the
 * amount at the lines and the discount takes the rest ({@link
 * com.shopops.domain.order.OrderDiscount#repriced}, its {@code linesEarlier} case). The upgrade to
 * {@link #MIGRATION} reads again the stored 订单报表 that wrote each such order (the application reads
 * the files, {@code app/imports/RepricedFiles}, given as a {@link FileReader}) in the upgrade's own
 * transaction, before the version is recorded: where it still states the goods paid the store
 * holds, the order is put right as importing that file again does, with its {@code repriced}
 * anomaly; a file moved or changed leaves the order as stored, named with the file to import again.
 */
public final class RepricedUpgrade {
  private RepricedUpgrade() {}

  /** The migration whose upgrade puts them right. */
  static final String MIGRATION = "V053__repriced_upgraded.sql";

  /** Whether an upgrade from schema {@code from} looks for them. */
  public static boolean looksFrom(int from) {
    return from < Migrations.FILES.indexOf(MIGRATION) + 1;
  }

  /**
   * A Taobao/Tmall order written by a stored order import after all its lines, whose amount is not
   * what its lines come to and whose lines are not below its goods paid: the damage (a current
   * store has none: {@link com.shopops.domain.order.OrderDiscount#repriced} keeps amount = lines).
   */
  private static final String DAMAGED =
      " FROM orders o JOIN imports i ON i.import_id = o.import_id"
          + " WHERE i.kind = 'orders' AND i.preset = o.source AND "
          + PlatformSql.in("o.source", Platform.TAOBAO.presets())
          + " AND o.discount IS NOT NULL AND o.amount IS NOT NULL AND "
          + OrderMergePath.LINES_EARLIER
          + " = 1 AND o.amount <> "
          + OrderMergePath.STORED_LINES
          + " AND "
          + OrderMergePath.STORED_LINES
          + " >= o.amount - o.discount";

  /** The imports that wrote the damaged orders, oldest first (their files may be read again). */
  private static List<StoredExport> exports(java.sql.Connection conn) throws SQLException {
    return StoredExport.read(
        conn, " FROM imports i WHERE i.import_id IN (SELECT o.import_id" + DAMAGED + ")");
  }

  /**
   * The goods paid (买家应付货款, minor units) import {@code importId}'s file states, at {@code line}.
   */
  public record Stated(long importId, long goods, long line) {}

  /**
   * What the application gives the upgrade (the store does not read export files): the goods paid
   * the stored 订单报表 files state, and the words of the {@code repriced} anomaly (English, as an
   * import records it).
   */
  public interface FileReader {
    /**
     * The goods paid each of {@code exports}' files states, by order id and import ({@code
     * id@import}); nothing for a file that cannot be read again (moved, changed).
     */
    Map<String, Stated> stated(List<StoredExport> exports, java.time.ZoneId zone);

    /** The anomaly's words for {@code r}. */
    String say(OrderWriter.Repriced r);
  }

  private static volatile FileReader files;

  /** The reader given (tests wrap it, e.g. to fail the upgrade's step mid-way). */
  public static FileReader fileReader() {
    return files;
  }

  /** Gives the upgrade the application's reader of the stored files (once, at start-up). */
  public static void readFilesWith(FileReader reader) {
    files = reader;
  }

  /**
   * The upgrade's step of {@link #MIGRATION}, in the upgrade's own transaction on {@code conn}
   * (before the version is recorded: a step stopped half-way leaves the store at the version
   * before, nothing changed; upgrade26): the damaged orders their stored files still state put
   * right. Returns their ids; none when no reader was given (the orders stay named as left to
   * import).
   */
  static List<String> upgrade(java.sql.Connection conn) throws SQLException {
    FileReader reader = files;
    if (reader == null) {
      return List.of();
    }
    List<StoredExport> exports = exports(conn);
    if (exports.isEmpty()) {
      return List.of();
    }
    java.time.ZoneId zone =
        java.time.ZoneId.of(
            Settings.get(conn, Settings.ZONE).orElse(java.time.ZoneId.systemDefault().getId()));
    return repair(conn, reader.stated(exports, zone), reader::say);
  }

  /**
   * Each damaged order its stored file states ({@code stated} by order id and import, {@code
   * id@import}) put right as importing that file again does (amount the lines, the discount the
   * rest), with the {@code repriced} anomaly {@code say} words under that import, on {@code conn}
   * in the caller's transaction. Returns the ids of the orders put right.
   */
  private static List<String> repair(
      java.sql.Connection conn,
      Map<String, Stated> stated,
      Function<OrderWriter.Repriced, String> say)
      throws SQLException {
    if (stated.isEmpty()) {
      return List.of();
    }
    List<OrderWriter.Repriced> fixed = new ArrayList<>();
    List<Object[]> where = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT o.order_id, o.discount, o.amount, "
                    + OrderMergePath.STORED_LINES
                    + ", "
                    + OrderMergePath.LINES_EARLIER
                    + ", o.import_id, i.file"
                    + DAMAGED
                    + " ORDER BY o.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Stated s = stated.get(rs.getString(1) + "@" + rs.getLong(6));
        if (s == null) {
          continue; // not stated by the file that wrote it
        }
        OrderWriter.Repriced r = OrderMergePath.repriced(rs, s.goods(), s.line());
        if (r != null) {
          fixed.add(r);
          where.add(new Object[] {s.importId(), rs.getString(7)});
        }
      }
    }
    try (PreparedStatement up =
            conn.prepareStatement("UPDATE orders SET amount = ?, discount = ? WHERE order_id = ?");
        PreparedStatement note =
            conn.prepareStatement(
                "INSERT INTO anomalies (import_id, file, line, kind, record_id, message)"
                    + " VALUES (?, ?, ?, 'anomaly:repriced', ?, ?)")) {
      for (int k = 0; k < fixed.size(); k++) { // an order at a time: the order, then its anomaly
        OrderWriter.Repriced r = fixed.get(k);
        up.setLong(1, r.lines());
        up.setLong(2, r.discountAfter());
        up.setString(3, r.orderId());
        up.executeUpdate();
        note.setLong(1, (Long) where.get(k)[0]);
        note.setString(2, (String) where.get(k)[1]);
        note.setLong(3, r.line());
        note.setString(4, r.orderId());
        note.setString(5, say.apply(r));
        note.executeUpdate();
      }
    }
    return fixed.stream().map(OrderWriter.Repriced::orderId).toList();
  }

  /** The damaged orders still stored so, a few of their ids, and the 订单报表 that wrote them. */
  public static OldReadings.Pending pending(Store store) throws SQLException {
    return OldReadings.ofOrders(
        store.connection(),
        "SELECT o.order_id, i.file, i.started_at" + DAMAGED + " ORDER BY o.order_id");
  }

  /** {@code ids} put right, as the upgrade note names them. */
  public static OldReadings.Pending done(List<String> ids) {
    return new OldReadings.Pending(
        ids.size(), 0, List.copyOf(ids.subList(0, Math.min(5, ids.size()))), List.of());
  }
}
