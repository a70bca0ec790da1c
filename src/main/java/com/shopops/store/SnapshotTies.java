package com.shopops.store;

import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.SameSnapshotLines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the line items of a batch's orders do to the stored orders of the same ids ({@link
 * Snapshots}), worked out before the batch's upsert: a newer snapshot's lines replace the stored
 * ones; an older one's never do (they fill an order stored without lines); the same snapshot's are
 * merged with the stored ones ({@link SameSnapshotLines}). And which orders kept what the file did
 * not have, for the import's anomalies ({@link OrderWriter.Kept}).
 */
final class SnapshotTies {
  private SnapshotTies() {}

  /**
   * {@code replace}: the orders whose lines are written as the file has them (stored ones deleted
   * first); {@code merged}: orders of the same snapshot whose lines become these; {@code kept}: the
   * orders whose stored lines, money or refund were kept over the file's; {@code timed}: orders of
   * the same snapshot stored without an export time, which take the file's ({@link
   * Snapshots#fillExportedAtSql}) before the upsert, so that it alone is no update; {@code
   * unchanged}: the orders whose row is the stored order as it stands ({@link UnchangedRows}), left
   * out of the upsert; {@code behind}: the orders of which the file's row is an older snapshot
   * ({@link Snapshots#behind}), by the stored order's export time (null: not known); {@code
   * replaced}: the orders of {@code mergedAt} whose lines a line-items row replaced ({@link
   * Snapshots#linesReplace}), not merged; {@code restamped}: orders of {@code unchanged} whose row
   * (and lines, where the file has them) is the stored order exported later ({@link
   * UnchangedRows#sameExportedLater}), whose stored export time moves forward; {@code
   * linesRestamped}: the orders whose stored lines the file confirms as a later export (those of
   * {@code restamped} with lines in the file, and line-items rows whose lines are the stored ones),
   * whose lines' export time moves forward ({@link Snapshots#restampSql}, tryout29a A1); {@code
   * follows}: the orders of the same snapshot that take the file's lines whole with the money the
   * file states for them ({@link SameSnapshotLines.Merged#moneyFollows}), by id: the file's {@link
   * Money}, written by {@link #followMoney}.
   */
  record Plan(
      OrderBatch.Lines replace,
      Map<String, List<OrderLine>> merged,
      List<OrderWriter.Kept> kept,
      Set<String> older,
      Map<String, Long> mergedAt,
      Set<String> timed,
      List<OrderWriter.ShippedKept> shippedKept,
      Set<String> unchanged,
      Map<String, Long> behind,
      Set<String> replaced,
      Set<String> restamped,
      Set<String> linesRestamped,
      Map<String, Money> follows) {}

  /**
   * An order's money as a same-snapshot tie compares and writes it: the goods amount and its kind
   * ({@code amount_derived}), the total and its kind ({@code total_derived}); the stored order's or
   * a file's row.
   */
  record Money(Long amount, long amountKind, Long total, long totalKind) {}

  private record Stored(
      int rank,
      long latest,
      long refund,
      Long amount,
      Long total,
      long amountDerived,
      long totalDerived,
      boolean hasLines,
      boolean oldReading,
      Long exported,
      Long linesExported,
      Object[] values) {

    Money money() {
      return new Money(amount, amountDerived, total, totalDerived);
    }
  }

  /**
   * {@code exportedAt}: when the batch's file was exported (epoch seconds), null: not known; {@code
   * wholeOrders}: the file's layout has every line of each order it has ({@link
   * SameSnapshotLines#wholeOrders}).
   */
  static Plan plan(
      Connection conn,
      BatchStatements lookups,
      OrderBatch batch,
      Long exportedAt,
      boolean wholeOrders)
      throws SQLException {
    Map<String, Stored> stored = stored(lookups, batch);
    if (stored.isEmpty()) {
      return new Plan(
          batch.allLines(),
          Map.of(),
          List.of(),
          Set.of(),
          Map.of(),
          Set.of(),
          List.of(),
          Set.of(),
          Map.of(),
          Set.of(),
          Set.of(),
          Set.of(),
          Map.of());
    }
    Set<String> withLines = new HashSet<>(batch.idsWithLines());
    Set<String> notReplaced = new HashSet<>();
    Set<String> older = new HashSet<>();
    Map<String, Object[]> tied = new LinkedHashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    List<OrderWriter.Kept> kept = new ArrayList<>();
    Set<String> timed = new HashSet<>();
    Map<String, OrderWriter.Kept> olderWithLines = new LinkedHashMap<>();
    List<OrderWriter.ShippedKept> shippedKept = new ArrayList<>();
    Set<String> unchanged = new HashSet<>();
    Set<String> later = new HashSet<>(); // the same row exported later: its lines compared below
    Set<String> restamped = new HashSet<>();
    Set<String> linesRestamped = new HashSet<>();
    Map<String, Long> behind = new HashMap<>(); // the stored export time (null: not known)
    // line-items rows whose lines replace the stored ones where they differ, at their file line
    Map<String, Long> linesRows = new LinkedHashMap<>();
    // line-items rows exported before the stored order: kept out, named where their lines differ
    Set<String> olderLinesRows = new HashSet<>();
    Set<String> twice =
        new HashSet<>(); // an order with two rows in the batch: each takes the upsert
    Object[][] orders = batch.orders();
    Set<String> once = new HashSet<>();
    for (Object[] o : orders) {
      if (!once.add((String) o[0])) {
        twice.add((String) o[0]);
      }
    }
    for (int i = 0; i < orders.length; i++) {
      Object[] o = orders[i];
      String id = (String) o[0];
      Stored s = stored.get(id);
      if (s == null) {
        continue;
      }
      long line = batch.fileLines() == null ? 0 : batch.fileLines()[i];
      int rank = OrderBatch.rank(o);
      long latest = OrderBatch.latest(o);
      long refund = OrderBatch.refund(o);
      // a stored refund above the order's total, the file's not: the file's replaces it
      boolean mended =
          Snapshots.refundMended(
              asLong(s.values[Snapshots.STATED.indexOf("refunded")]),
              s.total,
              s.amount,
              asLong(s.values[Snapshots.STATED.indexOf("shipping_fee")]),
              (Long) o[OrderBatch.REFUNDED],
              (Long) o[OrderBatch.TOTAL],
              (Long) o[OrderBatch.AMOUNT],
              (Long) o[OrderBatch.SHIPPING_FEE]);
      if (!mended
          && !s.oldReading
          && !twice.contains(id)
          && UnchangedRows.same(o, s.values, exportedAt, s.exported)) {
        unchanged.add(id);
      } else if (!mended
          && !s.oldReading
          && !twice.contains(id)
          && UnchangedRows.sameExportedLater(o, s.values, exportedAt, s.exported)) {
        later.add(id);
      }
      if (mended) {
        kept.add(
            OrderWriter.Kept.refundMended(
                id, line, s.refund, storedTotal(s), orZero(o[OrderBatch.REFUNDED])));
      }
      // stored under a reading since corrected (OldReadings): the file's reading wins
      int c =
          Snapshots.compareToStored(
              rank,
              latest,
              refund,
              exportedAt,
              s.rank,
              s.latest,
              s.refund,
              s.exported,
              s.oldReading,
              mended);
      boolean sameLatest = Snapshots.compareLatest(latest, s.latest) == 0;
      // a line-items row (no status, no time) not exported before the stored lines: no snapshot,
      // its lines replace the stored ones where they differ (items27; lines29: the lines' own
      // export time, which an items file's lines carry and the order's does not)
      boolean lines = !mended && Snapshots.linesReplace(o, exportedAt, s.linesExported);
      if (c >= 0) {
        OrderWriter.ShippedKept sk = shippedKept(id, line, o, s.values);
        if (sk != null) {
          shippedKept.add(sk);
        }
      }
      if (c < 0 && !lines) {
        OrderWriter.ShippedKept earlier = earlierShipped(id, line, o, s.values);
        if (earlier != null) {
          shippedKept.add(earlier);
        }
        older.add(id);
        if (Snapshots.behind(o[OrderBatch.STATUS], rank, latest, s.rank, s.latest)) {
          behind.put(id, s.exported);
        }
        List<String> filled = filled(o, s.values);
        if (!filled.isEmpty()) {
          kept.add(OrderWriter.Kept.filled(id, line, filled));
        }
      }
      if (exportedAt != null
          && !mended
          && s.exported == null
          && rank == s.rank
          && sameLatest
          && refund == s.refund) {
        timed.add(id); // Snapshots.tieSql with the stored time unknown
      }
      if (lines) {
        if (withLines.contains(id)) { // lines given to an order stored without any: an update too
          notReplaced.add(id); // until its lines are found to differ, below (tryout29a A3)
          linesRows.put(id, line);
        }
      } else if (c < 0 && (s.hasLines || o[OrderBatch.STATUS] != null)) {
        // an older export's line items never replace a newer one's, nor fill an order of a newer
        // snapshot stored without lines: its row is left out whole (OrderSql#olderExport)
        notReplaced.add(id);
      }
      if (lines) {
        continue; // nothing kept over it: its money follows its lines (OrderSql#merge)
      }
      if (c < 0 && rank == s.rank && sameLatest && refund < s.refund) {
        // the same status and times, a smaller refund: an export made before the refund
        kept.add(
            new OrderWriter.Kept(
                id, line, true, s.amount, (Long) o[OrderBatch.AMOUNT], 0, 0, s.refund, refund));
      } else if (c < 0 && rank == s.rank && sameLatest) {
        // the same snapshot in all but the export time: a file exported before the stored one,
        // named only where it states something else (review20 X1: the same export, saved again
        // or downloaded twice, is unchanged and no anomaly); its lines are compared below
        if (Snapshots.statesOtherwise(o, s.values) || (withLines.contains(id) && !s.hasLines)) {
          kept.add(OrderWriter.Kept.olderExport(id, line, s.exported, exportedAt));
        } else if (withLines.contains(id)) {
          olderWithLines.put(id, OrderWriter.Kept.olderExport(id, line, s.exported, exportedAt));
        }
      } else if (c < 0 && Snapshots.linesOnly(o)) {
        // a line-items file exported before the stored lines: its lines are kept out, named where
        // they differ (items27) with the stored lines' export time, whatever refund the store holds
        if (withLines.contains(id) && s.hasLines) {
          olderWithLines.put(
              id, OrderWriter.Kept.olderExport(id, line, s.linesExported, exportedAt));
          olderLinesRows.add(id);
        }
      } else if (c < 0 && refund < s.refund) {
        // an older snapshot without the refund the store holds: kept, and said (tryout17 U10)
        kept.add(OrderWriter.Kept.olderSnapshotRefund(id, line, s.refund, refund));
      } else if (c < 0 && Snapshots.unshippedOfShipped(rank, s.rank)) {
        // an older export saying not shipped yet an order the store holds shipped: kept, and said
        kept.add(
            OrderWriter.Kept.olderStatus(
                id, line, (String) s.values[Snapshots.STATED.indexOf("tracking_no")]));
      } else if (c == 0) {
        if (withLines.contains(id) && s.hasLines) {
          notReplaced.add(id);
          tied.put(id, o);
          lineOf.put(id, line);
        } else if (moneyKept(s, o)) {
          kept.add(
              new OrderWriter.Kept(
                  id, line, false, s.amount, (Long) o[OrderBatch.AMOUNT], 0, 0, s.refund, refund));
        }
      }
    }
    if (!olderWithLines.isEmpty()) {
      Map<String, List<OrderLine>> storedLines =
          lines(conn, lookups, batch, olderWithLines.keySet());
      Map<String, List<OrderLine>> fileLines = fileLines(batch, olderWithLines.keySet());
      for (Map.Entry<String, OrderWriter.Kept> e : olderWithLines.entrySet()) {
        List<OrderLine> file = fileLines.getOrDefault(e.getKey(), List.of());
        if (!storedLines.getOrDefault(e.getKey(), List.of()).equals(file)) {
          OrderWriter.Kept k = e.getValue();
          kept.add(
              olderLinesRows.contains(e.getKey())
                  ? OrderWriter.Kept.olderLines(
                      k.orderId(), k.line(), k.storedExportedAt(), k.fileExportedAt(), file.size())
                  : k);
        }
      }
    }
    Map<String, List<OrderLine>> merged = new HashMap<>();
    Map<String, Long> mergedAt = new HashMap<>();
    Map<String, Money> follows = new HashMap<>();
    if (!linesRows.isEmpty()) {
      Map<String, List<OrderLine>> storedLines = lines(conn, lookups, batch, linesRows.keySet());
      Map<String, List<OrderLine>> fileLines = fileLines(batch, linesRows.keySet());
      for (Map.Entry<String, Long> e : linesRows.entrySet()) {
        if (!storedLines
            .getOrDefault(e.getKey(), List.of())
            .equals(fileLines.getOrDefault(e.getKey(), List.of()))) {
          notReplaced.remove(e.getKey()); // replaced as the file has them
          mergedAt.put(e.getKey(), e.getValue()); // an update, even where its row changed nothing
        } else if (exportedAt != null) {
          linesRestamped.add(e.getKey()); // the same lines, confirmed by this export
        }
      }
    }
    if (!later.isEmpty()) {
      // the same row exported later: unchanged where the file's lines (if any) are the stored ones
      Set<String> laterWithLines = new HashSet<>(later);
      laterWithLines.retainAll(withLines);
      Map<String, List<OrderLine>> storedLines =
          laterWithLines.isEmpty() ? Map.of() : lines(conn, lookups, batch, laterWithLines);
      Map<String, List<OrderLine>> fileLines = fileLines(batch, laterWithLines);
      for (String id : later) {
        if (!laterWithLines.contains(id)) {
          restamped.add(id);
        } else if (storedLines.getOrDefault(id, List.of()).equals(fileLines.get(id))) {
          restamped.add(id);
          linesRestamped.add(id);
          notReplaced.add(id);
        }
      }
      unchanged.addAll(restamped);
    }
    if (!tied.isEmpty()) {
      Map<String, Long> followedFrom = new HashMap<>(); // the stored goods of follows
      Map<String, List<OrderLine>> storedLines = lines(conn, lookups, batch, tied.keySet());
      Map<String, List<OrderLine>> fileLines = fileLines(batch, tied.keySet());
      for (Map.Entry<String, Object[]> e : tied.entrySet()) {
        String id = e.getKey();
        List<OrderLine> before = storedLines.getOrDefault(id, List.of());
        List<OrderLine> file = fileLines.getOrDefault(id, List.of());
        Object[] o = e.getValue();
        Stored s = stored.get(id);
        if (Snapshots.linesExportedEarlier(exportedAt, s.linesExported) && !before.equals(file)) {
          // stored lines of a known export time against an order file of unknown (or earlier)
          // time: kept with the money, as an items file's are (tryout30a A1: an untimed JD file
          // replaced H-2 x2 with x1 over the export of 11-16)
          kept.add(
              OrderWriter.Kept.olderLines(
                  id, lineOf.get(id), s.linesExported, exportedAt, file.size()));
          continue;
        }
        SameSnapshotLines.Merged m =
            SameSnapshotLines.merged(
                before,
                file,
                s.amount,
                (Long) o[OrderBatch.AMOUNT],
                wholeOrders
                    && orZero(o[OrderBatch.AMOUNT_DERIVED])
                        == com.shopops.domain.order.PaidTotal.READ
                    && SameSnapshotLines.moneyWhole(
                        (Long) o[OrderBatch.AMOUNT],
                        asLong(o[OrderBatch.DISCOUNT]),
                        asLong(o[OrderBatch.SHIPPING_FEE]),
                        (Long) o[OrderBatch.TOTAL]));
        if (m.changed()) {
          merged.put(id, m.lines());
          mergedAt.put(id, lineOf.get(id));
        }
        Money money =
            follows(
                m,
                s.money(),
                fileMoney(o),
                // not known to be older than the stored export: the rule lines are held by
                !Snapshots.linesExportedEarlier(exportedAt, s.exported));
        if (money != null) {
          follows.put(id, money);
          followedFrom.put(id, s.amount);
          mergedAt.put(id, lineOf.get(id));
        }
        if (m.keptMore() || (money == null && moneyKept(s, o))) {
          kept.add(
              new OrderWriter.Kept(
                  id,
                  lineOf.get(id),
                  false,
                  s.amount,
                  (Long) e.getValue()[OrderBatch.AMOUNT],
                  // lines named only where the store kept some the file lacks; a corrected line
                  // with the money kept is the money anomaly, as on PostgreSQL (keptSql)
                  m.keptMore() ? before.size() : 0,
                  m.keptMore() ? file.size() : 0,
                  s.refund,
                  s.refund));
        }
      }
      // never below what was refunded (tryout30b B2): the stored money stays, and it is said
      for (OrderWriter.Kept k : belowRefunded(conn, follows, lineOf, followedFrom)) {
        kept.add(k);
        if (!merged.containsKey(k.orderId())) {
          mergedAt.remove(k.orderId()); // nothing of it changed
        }
      }
    }
    return new Plan(
        batch.linesWithout(notReplaced),
        merged,
        kept,
        older,
        mergedAt,
        timed,
        shippedKept,
        unchanged,
        behind,
        linesRows.keySet().stream()
            .filter(mergedAt::containsKey)
            .collect(java.util.stream.Collectors.toSet()),
        restamped,
        linesRestamped,
        follows);
  }

  /**
   * The money an order of the same snapshot takes from the file with its lines ({@link
   * SameSnapshotLines.Merged#moneyFollows}): the file's {@link Money}; null when the file's lines
   * are not the order's whole, when it states no amount, when its amount is of a weaker kind than
   * the stored one (a read amount is never replaced by a derived one), when the file is not known
   * to be as new as the stored export ({@code notOlder}: the stored time unknown, or the file's not
   * before it), or when the store already holds it (the same goods, and the same total or none
   * stored: an orders listing read back, ExcelSavedOrderListTest). Never below what was refunded:
   * {@link #belowRefunded}, after.
   */
  static Money follows(SameSnapshotLines.Merged m, Money stored, Money file, boolean notOlder) {
    Long amount = file.amount();
    Long total = file.total();
    Long storedAmount = stored.amount();
    Long storedTotal = stored.total();
    if (!m.moneyFollows()
        // a file of unknown time (or older) against a stored export of known time: its money does
        // not replace (tryout30a A1: an untimed JD file lowered 259.00 to 229.00, nothing said)
        || !notOlder
        || amount == null
        || storedAmount == null
        || file.amountKind() > stored.amountKind()
        // the same goods and no stated total to compare (a stored total of null is the amount
        // plus shipping: a listing read back states that sum) is nothing to follow
        || (amount.equals(storedAmount)
            && (total == null || storedTotal == null || total.equals(storedTotal)))) {
      return null;
    }
    return file;
  }

  /**
   * Takes out of {@code follows} the money that would fall below what its order has been refunded
   * ({@link ReturnFigures#refundedOf}: its returns' refunds and the refund its export states beyond
   * them, as net sales and {@code check} count it) and returns those orders as kept ({@link
   * OrderWriter.Kept#belowRefunded}, at {@code lineOf}, the stored goods {@code storedAmount}):
   * their stored money stays (tryout30b B2: 80.00 refunded on return RF, then a same-snapshot
   * export at 70.00 — the total went below the refund, nothing said). Both backends.
   */
  static List<OrderWriter.Kept> belowRefunded(
      Connection conn,
      Map<String, Money> follows,
      Map<String, Long> lineOf,
      Map<String, Long> storedAmount)
      throws SQLException {
    List<OrderWriter.Kept> out = new ArrayList<>();
    if (follows.isEmpty()) {
      return out;
    }
    Map<String, ReturnFigures.Refunded> refunded = ReturnFigures.refundedOf(conn, follows.keySet());
    for (Map.Entry<String, ReturnFigures.Refunded> e : refunded.entrySet()) {
      Money m = follows.get(e.getKey());
      long paid = m.total() != null ? m.total() : m.amount();
      if (e.getValue().refunded() > paid) {
        follows.remove(e.getKey());
        out.add(
            OrderWriter.Kept.belowRefunded(
                e.getKey(),
                lineOf.get(e.getKey()),
                storedAmount.get(e.getKey()),
                paid,
                e.getValue()));
      }
    }
    out.sort(java.util.Comparator.comparing(OrderWriter.Kept::orderId));
    return out;
  }

  /** The money a batch's row states ({@link OrderBatch#COLUMNS}). */
  private static Money fileMoney(Object[] o) {
    return new Money(
        (Long) o[OrderBatch.AMOUNT],
        orZero(o[OrderBatch.AMOUNT_DERIVED]),
        (Long) o[OrderBatch.TOTAL],
        orZero(o[OrderBatch.TOTAL_DERIVED]));
  }

  /**
   * Writes the money of {@link Plan#follows} (both backends): the goods amount and, where the file
   * states one, the total.
   */
  static void followMoney(Connection conn, Map<String, Money> follows) throws SQLException {
    if (follows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET amount = ?, amount_derived = ?,"
                + " total = coalesce(CAST(? AS BIGINT), total), total_derived = CASE WHEN"
                + " CAST(? AS BIGINT) IS NULL THEN total_derived ELSE ? END"
                + " WHERE order_id = ?")) {
      for (Map.Entry<String, Money> e : follows.entrySet()) {
        Money v = e.getValue();
        ps.setLong(1, v.amount());
        ps.setLong(2, v.amountKind());
        if (v.total() == null) {
          ps.setNull(3, java.sql.Types.BIGINT);
          ps.setNull(4, java.sql.Types.BIGINT);
        } else {
          ps.setLong(3, v.total());
          ps.setLong(4, v.total());
        }
        ps.setLong(5, v.totalKind());
        ps.setString(6, e.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * The stored outbound kept over the file's later one, neither naming the other's tracking number
   * ({@link OrderSql#LATER_OUTBOUND_UNTRACKED}, tryout21 Z9), or null.
   */
  private static OrderWriter.ShippedKept shippedKept(
      String id, long line, Object[] file, Object[] stored) {
    List<String> all = java.util.Arrays.asList(OrderBatch.COLUMNS);
    Object fileShipped = file[all.indexOf("shipped_at")];
    Object storedShipped = stored[Snapshots.STATED.indexOf("shipped_at")];
    if (fileShipped == null || storedShipped == null) {
      return null;
    }
    long f = ((Number) fileShipped).longValue();
    long st = ((Number) storedShipped).longValue();
    boolean untracked =
        file[all.indexOf("tracking_no")] == null
            || stored[Snapshots.STATED.indexOf("tracking_no")] == null;
    return f > st && untracked ? new OrderWriter.ShippedKept(id, line, st, f) : null;
  }

  /**
   * An older export's row whose earlier outbound is taken over the stored one, one of the two
   * naming no tracking number ({@link OrderSql#EARLIER_OUTBOUND_UNTRACKED}, tryout22b B9), or null.
   */
  private static OrderWriter.ShippedKept earlierShipped(
      String id, long line, Object[] file, Object[] stored) {
    List<String> all = java.util.Arrays.asList(OrderBatch.COLUMNS);
    Object fileShipped = file[all.indexOf("shipped_at")];
    Object storedShipped = stored[Snapshots.STATED.indexOf("shipped_at")];
    if (file[OrderBatch.STATUS] == null || fileShipped == null || storedShipped == null) {
      return null;
    }
    long f = ((Number) fileShipped).longValue();
    long st = ((Number) storedShipped).longValue();
    Object fileTracking = file[all.indexOf("tracking_no")];
    Object storedTracking = stored[Snapshots.STATED.indexOf("tracking_no")];
    if (Math.floorDiv(f, 60) >= Math.floorDiv(st, 60)) {
      return null;
    }
    if (fileTracking == null || storedTracking == null) {
      return new OrderWriter.ShippedKept(id, line, st, f, true);
    }
    if (fileTracking.equals(storedTracking)) {
      return null; // the same parcel: the newer export's time stands
    }
    Object delivered = file[all.indexOf("delivered_at")];
    // another parcel (tryout22b B9 across tracking numbers): kept as a parcel of its own
    return new OrderWriter.ShippedKept(
        id,
        line,
        st,
        f,
        true,
        (String) fileTracking,
        (String) storedTracking,
        (String) file[all.indexOf("carrier")],
        delivered == null ? null : ((Number) delivered).longValue());
  }

  /** Whether the same snapshot's stored money, larger than the file's, is kept over it. */
  private static boolean moneyKept(Stored s, Object[] o) {
    return (s.amountDerived == orZero(o[OrderBatch.AMOUNT_DERIVED])
            && SameSnapshotLines.storedMore(s.amount, (Long) o[OrderBatch.AMOUNT]))
        || (s.totalDerived == orZero(o[OrderBatch.TOTAL_DERIVED])
            && SameSnapshotLines.storedMore(s.total, (Long) o[OrderBatch.TOTAL]));
  }

  /** The stored order's total as {@link OrderMoney#total} reads it. */
  private static long storedTotal(Stored s) {
    Long fee = asLong(s.values[Snapshots.STATED.indexOf("shipping_fee")]);
    return s.total != null ? s.total : orZero(s.amount) + orZero(fee);
  }

  /** A stored number as a long, null for none (SQLite reads small ones as an int). */
  private static Long asLong(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  private static long orZero(Object v) {
    return v == null ? 0 : (Long) v;
  }

  /**
   * The stored snapshot of the batch's orders the store has, by id; the query is the writer's
   * ({@code lookups}), prepared once per batch size.
   */
  private static Map<String, Stored> stored(BatchStatements lookups, OrderBatch batch)
      throws SQLException {
    Map<String, Stored> out = new HashMap<>();
    Object[][] orders = batch.orders();
    StringBuilder sql =
        new StringBuilder("SELECT order_id, status, ")
            .append(Snapshots.latest(Dialect.of(lookups.connection()), "orders"))
            .append(
                ", refunded, amount, total, amount_derived, total_derived, EXISTS (SELECT 1 FROM"
                    + " order_lines l WHERE l.order_id = orders.order_id), "
                    + OldReadings.STILL_AS_STORED
                    + ", exported_at, "
                    + Snapshots.LINES_EXPORTED
                    + ", "
                    + String.join(", ", Snapshots.STATED)
                    + " FROM orders WHERE order_id IN (");
    for (int i = 0; i < orders.length; i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    PreparedStatement ps = lookups.lookup(sql.append(')').toString());
    for (int i = 0; i < orders.length; i++) {
      ps.setString(i + 1, (String) orders[i][0]);
    }
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(
            rs.getString(1),
            new Stored(
                Snapshots.rank(rs.getString(2)),
                rs.getLong(3),
                rs.getLong(4),
                OrderQueries.getLong(rs, 5),
                OrderQueries.getLong(rs, 6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getBoolean(9),
                rs.getBoolean(10),
                OrderQueries.getLong(rs, 11),
                OrderQueries.getLong(rs, 12),
                values(rs, 13)));
      }
    }
    return out;
  }

  /**
   * The blanks an older export's row ({@code file}, in {@link OrderBatch#COLUMNS} order) fills in
   * the stored order ({@code stored}, in {@link Snapshots#STATED} order): {@link
   * OrderSql#OLDER_FILLS} the store holds NULL and the row states. None for a row without a status
   * (no snapshot, {@link OrderSql#olderExport}).
   */
  private static List<String> filled(Object[] file, Object[] stored) {
    List<String> out = new ArrayList<>();
    if (file[OrderBatch.STATUS] == null) {
      return out;
    }
    List<String> all = java.util.Arrays.asList(OrderBatch.COLUMNS);
    for (String c : OrderSql.OLDER_FILLS) {
      if (file[all.indexOf(c)] != null && stored[Snapshots.STATED.indexOf(c)] == null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The {@link Snapshots#STATED} values of a row, from column {@code from} on. */
  private static Object[] values(ResultSet rs, int from) throws SQLException {
    Object[] out = new Object[Snapshots.STATED.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rs.getObject(from + i);
    }
    return out;
  }

  /** The stored lines' columns {@link #line} reads, after the order id: add a WHERE. */
  static final String LINES =
      "SELECT order_id, line_no, sku, title, quantity, unit_price, amount, item_id"
          + " FROM order_lines";

  /**
   * {@link #lines(Connection, Set)} of these orders of {@code batch}, those the batch's fill read
   * already ({@link BatchStatements#keptLines}) not read again.
   */
  private static Map<String, List<OrderLine>> lines(
      Connection conn, BatchStatements lookups, OrderBatch batch, Set<String> ids)
      throws SQLException {
    Map<String, List<OrderLine>> kept = lookups.keptLines(batch.lines());
    Set<String> rest = new java.util.LinkedHashSet<>();
    Map<String, List<OrderLine>> out = new HashMap<>();
    for (String id : ids) {
      List<OrderLine> read = kept.get(id);
      if (read == null) {
        rest.add(id);
      } else if (!read.isEmpty()) {
        out.put(id, read);
      }
    }
    if (!rest.isEmpty()) {
      out.putAll(lines(conn, rest));
    }
    return out;
  }

  /** The stored lines of these orders, by id, in line order. */
  static Map<String, List<OrderLine>> lines(Connection conn, Set<String> ids) throws SQLException {
    Map<String, List<OrderLine>> out = new HashMap<>();
    StringBuilder sql = new StringBuilder(LINES).append(" WHERE order_id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    sql.append(") ORDER BY order_id, line_no");
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      int i = 1;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(line(rs));
        }
      }
    }
    return out;
  }

  /** The file's lines of these orders, by id, as the batch has them. */
  private static Map<String, List<OrderLine>> fileLines(OrderBatch batch, Set<String> ids) {
    Map<String, List<OrderLine>> out = new HashMap<>();
    for (Object[] l : batch.lines()) {
      if (ids.contains((String) l[0])) {
        out.computeIfAbsent((String) l[0], k -> new ArrayList<>())
            .add(
                new OrderLine(
                    ((Long) l[1]).intValue(),
                    (String) l[2],
                    (String) l[3],
                    (Long) l[4],
                    (Long) l[5],
                    (Long) l[6],
                    (String) l[7]));
      }
    }
    return out;
  }

  /**
   * The line in columns 2–7 of {@code rs} (line_no, sku, title, quantity, unit price, amount) and
   * its column item_id, as both backends read a tied order's lines.
   */
  static OrderLine line(ResultSet rs) throws SQLException {
    return new OrderLine(
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        OrderQueries.getLong(rs, 5),
        OrderQueries.getLong(rs, 6),
        OrderQueries.getLong(rs, 7),
        rs.getString("item_id"));
  }
}
