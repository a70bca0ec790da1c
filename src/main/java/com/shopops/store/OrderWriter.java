package com.shopops.store;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes imported orders with an idempotent upsert, {@value #BATCH} orders per statement (the cost
 * of a bulk load is per JDBC call). A value missing from the new export never erases a stored one;
 * a status only moves forward (see {@link OrderStatus#rank()}); an order's lines are replaced by
 * the lines of the export that carries lines. Into an empty store, secondary indexes are dropped
 * for the load and built once at the end ({@link BulkIndexes}).
 *
 * <p>Batches are prepared on the caller's thread ({@link OrderBatch}) and written by one background
 * thread ({@link WriterThread}) while the caller goes on reading the file (the two halves of an
 * import each keep a core busy), handed over {@value #HANDOFF} at a time (each handover may wake a
 * thread, a cost of the kernel's). Every other call waits for the queued batches first, so the
 * connection is only ever used by one thread at a time, in order ({@link OrderMergePath}).
 */
public final class OrderWriter implements AutoCloseable {
  static final int HANDOFF = 4;

  /**
   * Orders per statement. Every statement costs a JDBC call, a reset and a step: 200 rows per
   * statement took 0.6 s less CPU than 50 on a million orders (9% less time, median of 5 paired
   * runs); 500 gained nothing more.
   */
  static final int BATCH = 200;

  private final Connection conn;
  private final long importId;

  /** The import's clock (--now), epoch seconds: when an order first stored closed was seen so. */
  private final long clock;

  private final String source;

  /** The orders read before they are written, for the kept SLA figures' deltas at commit. */
  private final SlaFigureUpkeep.Before slaBefore;

  private final CustomerWriter buyers;
  private List<Order> pending = new ArrayList<>(BATCH);
  private List<Customer> pendingBuyers = new ArrayList<>();
  private long[] pendingLines = new long[BATCH];

  /** The file's orders of which the store holds a newer snapshot: the file's row lost. */
  private final java.util.Set<String> older =
      java.util.Collections.synchronizedSet(new java.util.HashSet<>());

  /**
   * The file's orders whose row is an older snapshot than the stored one (a lower status or earlier
   * times, {@link Snapshots#behind}), by the stored order's export time (null: not known).
   */
  private final java.util.Map<String, Long> behind =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /**
   * The orders whose lines were merged with the stored ones (same snapshot), or replaced by a
   * line-items row's ({@link #linesReplaced}), at their line.
   */
  private final java.util.Map<String, Long> mergedAt =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /** The orders of {@link #mergedAt} whose lines a line-items row replaced (items27). */
  private final java.util.Set<String> linesReplaced =
      java.util.Collections.synchronizedSet(new java.util.HashSet<>());

  /** The orders whose stored snapshot kept what this file did not have (anomalies). */
  private final List<Kept> kept = java.util.Collections.synchronizedList(new ArrayList<>());

  /** The orders whose first outbound was kept over the file's later one (tryout21 Z9). */
  private final List<ShippedKept> shippedKept =
      java.util.Collections.synchronizedList(new ArrayList<>());

  /** The orders repriced by their 订单报表, their lines unchanged (tryout22b B2). */
  private final List<Repriced> repriced = java.util.Collections.synchronizedList(new ArrayList<>());

  /** The orders whose 订单报表 lowered 实付 with 退款金额 behind it (tryout23b A1). */
  private final List<PaidLowered> paidLowered =
      java.util.Collections.synchronizedList(new ArrayList<>());

  /** Line items of the batches' not written as the file has them (merged, or older). */
  private long fileLines;

  /** Full batches not yet handed to the background thread. */
  private List<OrderBatch> ready = new ArrayList<>(HANDOFF);

  private final WriterThread background = new WriterThread();

  /** Full-batch statements by the columns they bind. */
  private final BatchStatements orderStatements;

  /** The batch's lookups of stored orders and lines ({@link BatchStatements#lookup}). */
  private final BatchStatements lookups;

  /** SQLite's merge of the rows of orders that may be stored ({@link StagedMerge}). */
  private final StagedMerge merge;

  private final LineWriter lines;

  /** On PostgreSQL: the rows go with COPY into a staging table, merged at each flush. */
  private final PgOrderStage stage;

  /** Lines the stage wrote. */
  private long stagedLines;

  /** Per-order customer ids the store knows the person of (Olist), read at the first order. */
  private CustomerAliases aliases;

  private long before = -1;
  private BulkIndexes dropped;
  private boolean bulk;

  /** The import holds orders and their lines for a first load (on PostgreSQL: locked). */
  private final boolean tablesHeld;

  /** The currency a new order takes when its row names none; null: every row named one. */
  private volatile String currencyOfNew;

  private long written;
  private long changes;

  /** Line items of the file kept out because the store has a newer snapshot of their order. */
  private long olderLines;

  /** When the file's export was made, epoch seconds (null: not known), {@link #exportedAt}. */
  private Long exportedAt;

  OrderWriter(ImportSession session, String source) {
    this.conn = session.connection();
    this.importId = session.importId();
    this.clock = session.startedAt().getEpochSecond();
    this.source = source;
    this.slaBefore = session.slaBefore();
    this.buyers = new CustomerWriter(session, true);
    this.orderStatements = new BatchStatements(conn);
    this.lookups = new BatchStatements(conn);
    this.merge = new StagedMerge(conn, source, importId, clock);
    this.insertStatements = new BatchStatements(conn);
    this.lines = new LineWriter(conn, importId);
    this.stage =
        Dialect.of(conn) == Dialect.POSTGRESQL
            ? new PgOrderStage(conn, importId, source, clock, slaBefore)
            : null;
    this.tablesHeld = session.bulkLoad();
    session.onRollback(this);
  }

  /** Queues an order (and what the export says of its buyer, may be null). */
  public void add(Order order, Customer buyer) throws SQLException {
    add(order, buyer, 0);
  }

  /**
   * Queues an order (and what the export says of its buyer, may be null) that starts at this line
   * of the file (0: not known), named by the anomalies of the merge ({@link #kept}).
   */
  public void add(Order order, Customer buyer, long line) throws SQLException {
    if (before < 0) {
      start();
    }
    if (aliases.mustScopeJdBuyer(order.customerId())) {
      // a JD buyer stored under this Taobao/Tmall buyer's text moves to jd:<text> before anything
      // of this buyer is written (review14 N5): the connection is this thread's once the queued
      // batches are written and the COPY under way has ended; this buyer is in none of them
      background.checkFailures(true);
      if (stage != null) {
        stage.pause();
      }
      aliases.scopeJdBuyer(conn, order.customerId());
    }
    pendingLines[pending.size()] = line;
    pending.add(aliases.apply(order));
    if (buyer != null) {
      pendingBuyers.add(aliases.apply(buyer));
    }
    if (pending.size() == BATCH) {
      ready.add(takePending());
      if (ready.size() == HANDOFF) {
        submit();
      }
    }
  }

  /** Hands the ready batches to the background thread. */
  private void submit() throws SQLException {
    List<OrderBatch> batches = ready;
    ready = new ArrayList<>(HANDOFF);
    background.submit(
        () -> {
          for (OrderBatch b : batches) {
            write(b);
          }
        });
  }

  /** The pending orders as the statements bind them, built on the calling thread. */
  private OrderBatch takePending() {
    List<Order> orders = pending;
    List<Customer> batchBuyers = pendingBuyers;
    long[] lines = java.util.Arrays.copyOf(pendingLines, orders.size());
    pending = new ArrayList<>(BATCH);
    pendingBuyers = new ArrayList<>();
    return OrderBatch.of(orders, batchBuyers, lines);
  }

  /**
   * The paid time the store holds (null: none) for each of these orders this import wrote (stamped
   * with it; absent: left unchanged), once the file is written, for notes that must count only what
   * was stored (tryout22a A4, tryout23a A4: a re-import that changed nothing says nothing of them).
   */
  public java.util.Map<String, java.time.Instant> storedPaidAt(
      java.util.Collection<String> orderIds) throws SQLException {
    java.util.Map<String, java.time.Instant> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT paid_at FROM orders WHERE order_id = ? AND import_id = ?")) {
      for (String id : orderIds) {
        ps.setString(1, id);
        ps.setLong(2, importId);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            long v = rs.getLong(1);
            out.put(id, rs.wasNull() ? null : java.time.Instant.ofEpochSecond(v));
          }
        }
      }
    }
    return out;
  }

  /** By order id: when a staged presale of this file was seen paid, and the capped time written. */
  private final java.util.Map<String, java.time.Instant[]> seenPaid = new java.util.HashMap<>();

  /**
   * A staged presale of this file paid at {@code paid}, its own shipped, received or closed time,
   * though seen paid only at {@code seen} ({@code StagedPayment.Times#seenAt}): kept in {@code
   * orders.paid_seen_at} when the store takes that paid time, so that removing the parcel gives the
   * time back (paid25). The file's last row of the order wins.
   */
  public void seenPaid(String orderId, java.time.Instant seen, java.time.Instant paid) {
    if (seen == null) {
      seenPaid.remove(orderId); // a later row of the order, not capped
    } else {
      seenPaid.put(orderId, new java.time.Instant[] {seen, paid});
    }
  }

  /** By order id: when this file saw a staged presale paid in full, uncapped (tryout25a A2). */
  private final java.util.Map<String, java.time.Instant> balanceSeen = new java.util.HashMap<>();

  /** The staged presales whose paid time this import made again ({@link #finish}). */
  private List<StagedPaidSql.Remade> remade = List.of();

  /**
   * A staged presale of this file seen paid in full at {@code seen} (its export's time, else the
   * import's; before any cap): what makes again the paid time of one an older shopops held to a
   * removed parcel ({@code StagedPaidSql.remakeHeld}). The file's last row of the order wins.
   */
  public void balanceSeen(String orderId, java.time.Instant seen) {
    if (seen == null) {
      balanceSeen.remove(orderId);
    } else {
      balanceSeen.put(orderId, seen);
    }
  }

  /**
   * The staged presales this import found held to the outbound of a parcel removed by hand and paid
   * again from its time and the parcels left, once the file is written (tryout25a A2).
   */
  public List<StagedPaidSql.Remade> remade() {
    return remade;
  }

  /**
   * Whether an earlier import stored the order, without flushing this one's batches (so a check per
   * order costs one lookup): for an order id seen for the first time in this file.
   */
  public boolean storedBefore(String orderId) throws SQLException {
    if (stage != null) {
      background.checkFailures(true); // the COPY under way ends first: then the lookup can run
      stage.pause();
    }
    return OrderMergePath.exists(conn, orderId);
  }

  /**
   * What an items-only file needs of a stored order: when the export its lines came from was made
   * ({@link Snapshots#LINES_EXPORTED}, null: not known) and whether it has line items; null when
   * the store does not have it.
   */
  public record StoredOrder(Long linesExportedAt, boolean hasLines) {
    /**
     * Whether a file exported at {@code exportedAt} (null: not known) is older than the stored
     * lines, or of unknown time against their known one ({@link Snapshots#linesExportedEarlier}):
     * its lines are kept out.
     */
    public boolean linesNewerThan(java.time.Instant exportedAt) {
      return Snapshots.linesExportedEarlier(
          exportedAt == null ? null : exportedAt.getEpochSecond(), linesExportedAt);
    }
  }

  /** The stored order (for exports that carry only line items), null when the store has none. */
  public StoredOrder stored(String orderId) throws SQLException {
    flush();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT "
                + Snapshots.LINES_EXPORTED
                + ", EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id ="
                + " orders.order_id) FROM orders WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? new StoredOrder(OrderQueries.getLong(rs, 1), rs.getBoolean(2)) : null;
      }
    }
  }

  /** Whether the store has this order (for exports that carry only line items). */
  public boolean exists(String orderId) throws SQLException {
    flush();
    return OrderMergePath.exists(conn, orderId);
  }

  /**
   * The goods amount (minor units) of a stored order, or null when it has none or is not stored.
   */
  public Long storedAmount(String orderId) throws SQLException {
    flush();
    return OrderMergePath.amount(conn, orderId);
  }

  /**
   * Replaces (first sight in this file) or extends the line items of a stored order. Returns
   * whether the stored lines changed (always true when extending), so that importing the same line
   * items again counts as unchanged.
   */
  public boolean putLines(String orderId, List<OrderLine> lines, boolean firstSight)
      throws SQLException {
    flush();
    boolean changed = OrderMergePath.putLines(conn, this.lines, orderId, lines, firstSight);
    if (!changed) {
      fileLines += lines.size(); // the same lines, left as stored: still the file's
      if (exportedAt != null) {
        // confirmed by this export: their time moves forward (tryout29a A1)
        restamp("order_lines", java.util.Set.of(orderId));
      }
    }
    return changed;
  }

  /**
   * Counts line items of an items-only file kept out as an older export's ({@code OrdersHandler}):
   * still the file's, in its count of line items (review20 X1: 74 of 93).
   */
  public void linesKeptOut(int n) {
    olderLines += n;
  }

  /** Whether a stored order's line items are these (numbers included). */
  public boolean sameLines(String orderId, List<OrderLine> lines) throws SQLException {
    flush();
    return OrderQueries.lines(conn, orderId).equals(lines);
  }

  /**
   * {@link #putLines} for an items file (a Taobao/Tmall 宝贝报表) that says what the order's lines list
   * beyond its goods paid: once the file is written ({@link #finish}), each order's lines are read
   * against its goods by {@link com.shopops.domain.order.OrderDiscount#ofLines} (its discount
   * stored, or a {@link LinesOff}). {@code line}: the file's line of the order's first row; {@code
   * paired}: the order's own 订单报表 came in the same command.
   */
  public boolean putLines(
      String orderId, List<OrderLine> lines, boolean firstSight, long line, boolean paired)
      throws SQLException {
    boolean changed = putLines(orderId, lines, firstSight);
    linesRead.putIfAbsent(orderId, new long[] {line, paired ? 1 : 0, 0});
    if (changed) {
      linesRead.get(orderId)[2] = 1;
    }
    return changed;
  }

  /**
   * The orders of {@link #putLines(String, List, boolean, long, boolean)}: line, paired, whether
   * this file changed their lines (an identical file again replaced nothing: its lines that do not
   * fit the goods were said when they were stored, tryout28a A6).
   */
  private final java.util.Map<String, long[]> linesRead = new java.util.TreeMap<>();

  private void start() throws SQLException {
    if (before >= 0) {
      return;
    }
    try (Statement st = conn.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM orders")) {
      rs.next();
      before = rs.getLong(1);
    }
    aliases = CustomerAliases.load(conn, source); // and buyers of two platforms kept apart
    bulk = before == 0;
    if (bulk) {
      dropped = BulkIndexes.drop(conn, tablesHeld);
      if (stage != null) {
        stage.firstLoad(tablesHeld); // orders and lines COPYed straight into their tables
      }
    }
  }

  /** Writes what is queued, and waits until it is written. */
  /** How many of these orders the store now holds with no order time ({@link TimelessOrders}). */
  public long timelessAmong(java.util.Collection<String> orderIds) throws SQLException {
    flush();
    return TimelessOrders.among(conn, orderIds);
  }

  public void flush() throws SQLException {
    background.checkFailures(true);
    for (OrderBatch b : ready) {
      write(b);
    }
    ready = new ArrayList<>(HANDOFF);
    write(takePending());
    if (stage != null) {
      PgOrderStage.Merged m = stage.merge(bulk);
      changes += m.changes();
      stagedLines += m.linesWritten();
      olderLines += m.olderLines();
      kept.addAll(m.kept());
      shippedKept.addAll(m.shippedKept());
      older.addAll(m.older());
      behind.putAll(m.behind());
      mergedAt.putAll(m.mergedAt());
      linesReplaced.addAll(m.replaced());
      repriced.addAll(OrderMergePath.applyRepriced(conn, importId, stage.repriced()));
      paidLowered.addAll(OrderMergePath.confirmLowered(conn, importId, stage.lowered()));
    }
  }

  private void write(OrderBatch batch) throws SQLException {
    if (stage != null) {
      if (batch.orders().length > 0) {
        stage.write(batch);
        written += batch.orders().length;
      }
      return;
    }
    for (Customer c : batch.buyers()) {
      buyers.add(c);
    }
    buyers.flush();
    int rows = batch.orders().length;
    if (rows == 0) {
      return;
    }
    List<Repriced> toReprice = List.of();
    List<PaidLowered> lowered = List.of();
    if (!bulk && com.shopops.domain.order.OrderDiscount.readFromLines(source)) {
      // a lower 实付 with the goods paid unchanged: the total kept, the rest refunded (A1)
      lowered = OrderMergePath.holdLoweredPaid(conn, batch.orders(), batch.fileLines(), exportedAt);
      // the 订单报表's goods paid as the store holds an amount: before the discount (Z12)
      toReprice = OrderMergePath.addStoredDiscounts(conn, batch.orders(), batch.fileLines());
    }
    if (!bulk) {
      // a line stating no title or unit price keeps the stored one of its SKU (amount29)
      StoredLineValues.fill(lookups, batch.lines());
    }
    // worked out before the upsert merges the snapshots
    SnapshotTies.Plan plan =
        bulk
            ? null
            : SnapshotTies.plan(
                conn,
                lookups,
                batch,
                exportedAt,
                com.shopops.domain.order.SameSnapshotLines.wholeOrders(source));
    OrderBatch.Lines newer = plan == null ? batch.allLines() : plan.replace();
    Object[][] orders = batch.orders();
    if (plan != null && !plan.unchanged().isEmpty()) {
      // the rows that are the stored order as it stands: the upsert would change nothing (issue 15)
      orders =
          Arrays.stream(orders)
              .filter(o -> !plan.unchanged().contains((String) o[0]))
              .toArray(Object[][]::new);
      written += rows - orders.length;
      rows = orders.length;
    }
    int batchBound = batch.bound();
    if (plan != null) { // the orders as they were, before the writes: the SLA figures' deltas
      List<String> ids = new ArrayList<>(plan.timed());
      ids.addAll(plan.restamped());
      Arrays.stream(orders).forEach(o -> ids.add((String) o[0]));
      slaBefore.read(conn, ids);
      // the same content exported later: only the stored export times move (tryout29a A1)
      restamp("orders", plan.restamped());
      restamp("order_lines", plan.linesRestamped());
    }
    if (plan != null && !plan.timed().isEmpty()) {
      try (PreparedStatement ps =
          conn.prepareStatement(
              Snapshots.fillExportedAtSql(Dialect.of(conn), null, plan.timed().size()))) {
        ps.setLong(1, exportedAt);
        int i = 2;
        for (String id : plan.timed()) {
          ps.setString(i++, id);
        }
        ps.executeUpdate();
      }
    }
    // the merge through the stage, unless an order comes twice in the batch (no file's does:
    // OrdersHandler), which the upsert merges row after row
    boolean staged = !repeats(orders);
    for (int from = 0, n; from < rows; from += n) {
      boolean insert = bulk && !bulkConflict; // a plain insert prepares in microseconds
      n =
          insert || staged
              ? BatchStatements.chunk(rows - from)
              : BatchStatements.upsertChunk(rows - from);
      int size = n;
      Object[][] part = n == rows ? orders : Arrays.copyOfRange(orders, from, from + n);
      if (insert && inserted(part, size, batchBound)) {
        continue;
      }
      if (staged) {
        merge.stage(part, batchBound, exportedAt);
        written += size;
        continue;
      }
      int bound = orderStatements.widened(size, batchBound);
      PreparedStatement ps =
          orderStatements.statement(
              size,
              bound,
              () ->
                  OrderSql.upsert(
                      Dialect.of(conn), size, bound, source, importId, exportedAt, clock));
      try {
        BatchStatements.bindAll(ps, part, bound);
        changes += ps.executeUpdate();
        written += size;
      } finally {
        BatchStatements.release(ps, size);
      }
    }
    changes += merge.merge();
    repriced.addAll(OrderMergePath.applyRepriced(conn, importId, toReprice));
    paidLowered.addAll(OrderMergePath.confirmLowered(conn, importId, lowered));
    long writtenBefore = lines.written();
    if (!newer.ids().isEmpty()) {
      if (!bulk) {
        lines.delete(newer.ids());
      }
      lines.insert(newer.rows());
    }
    // the file's lines not written as they are (merged or older): counted as the file's
    fileLines += batch.lines().size() - (lines.written() - writtenBefore);
    if (plan != null) {
      lines.rewrite(plan.merged());
      // the money a same-snapshot file states for the lines it gave whole (tryout29b B1)
      SnapshotTies.followMoney(conn, plan.follows());
      kept.addAll(plan.kept());
      shippedKept.addAll(plan.shippedKept());
      older.addAll(plan.older());
      behind.putAll(plan.behind());
      mergedAt.putAll(plan.mergedAt());
      linesReplaced.addAll(plan.replaced());
    }
  }

  /**
   * Moves {@code table}'s export time of these orders forward to the file's ({@link
   * Snapshots#restampSql}).
   */
  private void restamp(String table, java.util.Set<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(Snapshots.restampSql(table, "?,".repeat(ids.size() - 1) + "?"))) {
      ps.setLong(1, exportedAt);
      ps.setLong(2, exportedAt);
      int i = 3;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      ps.executeUpdate();
    }
  }

  /** Whether an order id comes more than once in these rows. */
  private static boolean repeats(Object[][] orders) {
    java.util.Set<Object> ids = new java.util.HashSet<>();
    for (Object[] o : orders) {
      if (!ids.add(o[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * An order whose stored snapshot kept what the file did not have: the same status and times and
   * more line items or money ({@code refund} false: the two merged, nothing lowered), or a larger
   * refund ({@code refund}: the file taken as the older export). {@code line}: where the order
   * starts in the file (0: not known).
   */
  public record Kept(
      String orderId,
      long line,
      boolean refund,
      Long storedAmount,
      Long fileAmount,
      int storedLines,
      int fileLines,
      long storedRefund,
      long fileRefund,
      Long storedExportedAt,
      Long fileExportedAt,
      boolean newerSnapshot,
      List<String> filled,
      String shippedAs,
      Long mendedTotal,
      ReturnFigures.Refunded refunded) {

    public Kept(
        String orderId,
        long line,
        boolean refund,
        Long storedAmount,
        Long fileAmount,
        int storedLines,
        int fileLines,
        long storedRefund,
        long fileRefund) {
      this(
          orderId,
          line,
          refund,
          storedAmount,
          fileAmount,
          storedLines,
          fileLines,
          storedRefund,
          fileRefund,
          null,
          null,
          false,
          List.of(),
          null,
          null,
          null);
    }

    /**
     * An older snapshot than the stored one (a lower status or earlier times) with a smaller refund
     * (tryout17 U10: a 交易成功 export with 退款金额 0.00 after the 交易关闭 one with 854.00): the store keeps
     * the refund the file does not have.
     */
    static Kept olderSnapshotRefund(String orderId, long line, long stored, long file) {
      return new Kept(
          orderId, line, true, null, null, 0, 0, stored, file, null, null, true, List.of(), null,
          null, null);
    }

    /**
     * The same snapshot (status, times, refund) as the stored one, from an export made before the
     * stored one's ({@code exported_at}, epoch seconds): the stored order is kept whole.
     */
    static Kept olderExport(String orderId, long line, Long stored, Long file) {
      return new Kept(
          orderId, line, false, null, null, 0, 0, 0, 0, stored, file, false, List.of(), null, null,
          null);
    }

    /**
     * A line-items file's row ({@link Snapshots#linesOnly}) exported before the stored lines
     * ({@code exported_at}, epoch seconds; {@code file} null: not known), with {@code fileLines}
     * lines other than the stored ones: its lines are kept out (items27), as an items-only file's
     * are ({@code older-lines}).
     */
    static Kept olderLines(String orderId, long line, Long stored, Long file, int fileLines) {
      return new Kept(
          orderId, line, false, null, null, 0, fileLines, 0, 0, stored, file, false, List.of(),
          null, null, null);
    }

    /**
     * An older export's row that filled what the store held blank ({@code columns}, {@link
     * OrderSql#OLDER_FILLS}): the order counts as updated, and the anomaly names what was filled.
     */
    static Kept filled(String orderId, long line, List<String> columns) {
      return new Kept(
          orderId, line, false, null, null, 0, 0, 0, 0, null, null, false, columns, null, null,
          null);
    }

    /**
     * An older export's row that states the order not shipped yet (pending or paid) while the store
     * holds it shipped, delivered or completed ({@code tracking}: the stored tracking number, null
     * for none): the store keeps its status, and the anomaly says why (closing note 21).
     */
    static Kept olderStatus(String orderId, long line, String tracking) {
      return new Kept(
          orderId,
          line,
          false,
          null,
          null,
          0,
          0,
          0,
          0,
          null,
          null,
          true,
          List.of(),
          tracking == null ? "" : tracking,
          null,
          null);
    }

    /**
     * The stored refund ({@code stored}) was above the order's total ({@code total}), which no
     * export states (a store written before that rule): the file's refund ({@code file}) replaced
     * it, whatever the snapshots (tryout21 Z7, {@link Snapshots#REFUND_MENDED}).
     */
    static Kept refundMended(String orderId, long line, long stored, long total, long file) {
      return new Kept(
          orderId, line, false, null, null, 0, 0, stored, file, null, null, false, List.of(), null,
          total, null);
    }

    /**
     * A same-snapshot file whose lines would take the order's money ({@link SnapshotTies#follows})
     * to {@code fileTotal} (its total, else its goods), below what the order has been refunded
     * ({@code refunded}: its returns' refunds and the refund its export states beyond them): the
     * stored money is kept (tryout30b B2: 80.00 refunded on a return, then the price corrected to
     * 70.00).
     */
    static Kept belowRefunded(
        String orderId,
        long line,
        Long storedAmount,
        long fileTotal,
        ReturnFigures.Refunded refunded) {
      return new Kept(
          orderId,
          line,
          false,
          storedAmount,
          fileTotal,
          0,
          0,
          refunded.refunded(),
          fileTotal,
          null,
          null,
          false,
          List.of(),
          null,
          null,
          refunded);
    }

    /**
     * Whether the stored money was kept over a file's below the order's refunds ({@link
     * #belowRefunded}).
     */
    public boolean belowRefunded() {
      return refunded != null;
    }

    /** Whether the file's refund replaced a stored one above the total ({@link #refundMended}). */
    public boolean refundMended() {
      return mendedTotal != null;
    }

    /**
     * Whether the file says not shipped yet an order the store holds shipped ({@link
     * #olderStatus}).
     */
    public boolean olderStatus() {
      return shippedAs != null;
    }

    /**
     * Whether the file was kept out as an export made before the stored one ({@link #olderExport}).
     */
    public boolean olderExport() {
      return fileExportedAt != null;
    }

    /**
     * Whether it is a line-items file's older export, or one of unknown export time against stored
     * lines of a known one ({@link #olderLines}, {@link Snapshots#LINES_EXPORTED_EARLIER}).
     */
    public boolean olderLines() {
      return storedExportedAt != null && fileLines > 0;
    }
  }

  /**
   * The file's orders of which the store holds a newer snapshot (an older export's row, which
   * changed nothing of it), once the file is written: the line items of the same export in an items
   * file of the same command are kept out too ({@code OrdersHandler}, review18 T9).
   */
  public java.util.Set<String> older() {
    synchronized (older) {
      return java.util.Set.copyOf(older);
    }
  }

  /**
   * The file's orders whose row is an older snapshot than the store's (tryout26b B6: an older
   * export imported after a newer one), once the file is written: how many, the newest export time
   * the store holds of them (null: none known), and how many of them the file filled a blank of
   * ({@link Kept#filled}: those count as updated).
   */
  public record Behind(long orders, Long storedExportedAt, long filled) {}

  /** {@link Behind} of this file. */
  public Behind behind() {
    java.util.Map<String, Long> ids;
    synchronized (behind) {
      ids = new java.util.HashMap<>(behind);
    }
    Long newest =
        ids.values().stream().filter(java.util.Objects::nonNull).max(Long::compare).orElse(null);
    long filled;
    synchronized (kept) {
      filled =
          kept.stream()
              .filter(k -> !k.filled().isEmpty() && ids.containsKey(k.orderId()))
              .map(Kept::orderId)
              .distinct()
              .count();
    }
    return new Behind(ids.size(), newest, filled);
  }

  /**
   * An order whose stored outbound ({@code kept}, epoch seconds) an export stated stays over the
   * file's later one ({@code file}): neither says which parcel it is ({@link
   * OrderSql#LATER_OUTBOUND_UNTRACKED}, tryout21 Z9). {@code line}: where the order starts in the
   * file (0: not known). {@code earlier}: the other way round, an older export's row whose earlier
   * outbound ({@code file}) is taken over the stored later one ({@code kept}) ({@link
   * OrderSql#EARLIER_OUTBOUND_UNTRACKED}, tryout22b B9).
   */
  public record ShippedKept(
      String orderId,
      long line,
      long kept,
      long file,
      boolean earlier,
      String parcel,
      String storedParcel,
      String carrier,
      Long delivered) {
    /** The stored outbound kept over the file's later one. */
    public ShippedKept(String orderId, long line, long kept, long file) {
      this(orderId, line, kept, file, false);
    }

    /** Neither names another tracking number than the other's. */
    public ShippedKept(String orderId, long line, long kept, long file, boolean earlier) {
      this(orderId, line, kept, file, earlier, null, null, null, null);
    }

    /**
     * Whether the older export's earlier outbound names a tracking number ({@code parcel}) other
     * than the stored one ({@code storedParcel}): it is kept as a parcel of its own, as the forward
     * order keeps it (V043), tryout22b B9 across tracking numbers.
     */
    public boolean otherParcel() {
      return parcel != null;
    }
  }

  /**
   * A Taobao/Tmall order whose 订单报表 states other goods paid (买家应付货款) than the store held, its lines
   * unchanged: the seller changed the price (改价, tryout22b B2). The amount stays the lines, the
   * discount takes the difference ({@link com.shopops.domain.order.OrderDiscount#repriced}). Money
   * in minor units; {@code line}: where the order starts in the file (0: not known).
   */
  public record Repriced(
      String orderId,
      long line,
      long goodsBefore,
      long goodsAfter,
      long discountBefore,
      long discountAfter,
      long lines) {}

  /**
   * A Taobao/Tmall order whose newer 订单报表 lowers 实付 with its goods paid and shipping unchanged
   * (tryout23b A1): the total kept, the refund held as the total less the file's 实付 ({@link
   * com.shopops.domain.order.PaidTotal#paidLowered}). {@code line}: where the order starts in the
   * file (0: not known).
   */
  public record PaidLowered(
      String orderId, long line, com.shopops.domain.order.PaidTotal.Lowered held) {}

  /** The orders of {@link PaidLowered}, once the file is written. */
  public List<PaidLowered> paidLowered() {
    synchronized (paidLowered) {
      return List.copyOf(paidLowered);
    }
  }

  /** The orders of {@link Repriced}, once the file is written. */
  public List<Repriced> repriced() {
    synchronized (repriced) {
      return List.copyOf(repriced);
    }
  }

  /**
   * Keeps an older export's own parcel ({@link ShippedKept#otherParcel}) in shipment_parcels, as
   * the V043 trigger keeps the older one in the forward order: a blank of a parcel already there is
   * filled, nothing replaced; a parcel removed by hand (and not restored) stays removed.
   */
  private void keepOlderParcel(ShippedKept k) throws SQLException {
    try (PreparedStatement up =
        conn.prepareStatement(
            "UPDATE shipment_parcels SET carrier = coalesce(carrier, ?),"
                + " shipped_at = coalesce(shipped_at, ?), delivered_at = coalesce(delivered_at, ?)"
                + " WHERE order_id = ? AND parcel = ?")) {
      up.setString(1, k.carrier());
      up.setLong(2, k.file());
      up.setObject(3, k.delivered(), java.sql.Types.BIGINT);
      up.setString(4, k.orderId());
      up.setString(5, k.parcel());
      up.executeUpdate();
    }
    try (PreparedStatement ins =
        conn.prepareStatement(
            "INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at,"
                + " delivered_at, import_id) SELECT ?, ?, ?, ?, ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM shipment_parcels f WHERE f.order_id = ?"
                + " AND f.parcel = ?) AND NOT EXISTS (SELECT 1 FROM parcel_removals r"
                + " WHERE r.order_id = ? AND r.parcel = ? AND r.restored_at IS NULL)")) {
      ins.setString(1, k.orderId());
      ins.setString(2, k.parcel());
      ins.setString(3, k.carrier());
      ins.setString(4, k.parcel());
      ins.setLong(5, k.file());
      ins.setObject(6, k.delivered(), java.sql.Types.BIGINT);
      ins.setLong(7, importId);
      ins.setString(8, k.orderId());
      ins.setString(9, k.parcel());
      ins.setString(10, k.orderId());
      ins.setString(11, k.parcel());
      ins.executeUpdate();
    }
  }

  /** The orders whose first outbound was kept over the file's later one, once it is written. */
  public List<ShippedKept> shippedKept() {
    synchronized (shippedKept) {
      return List.copyOf(shippedKept);
    }
  }

  /** The orders whose stored snapshot kept what the file did not have, once the file is written. */
  public List<Kept> kept() {
    synchronized (kept) {
      List<Kept> out = new ArrayList<>(kept);
      out.sort(java.util.Comparator.comparingLong(Kept::line));
      return out;
    }
  }

  /**
   * When the export the file is was made ({@code import orders --exported-at}, or the time in a
   * Taobao/Tmall download's name), null when not known: stored with each order ({@code
   * orders.exported_at}, V032) and compared with the stored one's between two exports of the same
   * snapshot ({@link Snapshots}). Given before the first order.
   */
  public void exportedAt(java.time.Instant at) {
    this.exportedAt = at == null ? null : at.getEpochSecond();
    lines.exportedAt(exportedAt);
    if (stage != null) {
      stage.exportedAt(exportedAt);
    }
  }

  /**
   * An order written with no currency (its row names none) takes this one if it is new; a stored
   * order keeps its own ({@code orders list} → {@code import orders} leaves USD orders in USD).
   */
  public void currencyOfNew(String currency) {
    this.currencyOfNew = currency;
    if (stage != null) {
      stage.currencyOfNew(currency);
    }
  }

  /**
   * The JD buyers this import stored or moved under {@code jd:<text>} for the first time, a
   * Taobao/Tmall buyer having the same text (review14 N5).
   */
  public List<String> scopedBuyers() {
    return aliases == null ? List.of() : aliases.scoped();
  }

  /**
   * An order whose line items, merged with the stored ones (the same snapshot, {@link
   * com.shopops.domain.order.SameSnapshotLines}), do not add up to its goods amount: the union of
   * an export made before an edit and one made after it (review R4), said so, never silent; {@code
   * replaced}: lines a line-items file gave in place of the stored ones, which no longer add up to
   * the goods amount an orders export stated (items27).
   */
  public record LinesOff(
      String orderId,
      long line,
      long lines,
      long goods,
      Long discount,
      boolean alone,
      boolean replaced) {
    public LinesOff(
        String orderId, long line, long lines, long goods, Long discount, boolean alone) {
      this(orderId, line, lines, goods, discount, alone, false);
    }
  }

  private List<LinesOff> linesOff = List.of();

  /**
   * A recorded return of a SKU that the lines this import wrote for its order no longer list, or
   * list fewer units of (amount29, tryout28a A4; {@link ReturnsOffLines.Off}): {@code line}, the
   * file's line of the order (0: not known).
   */
  public record ReturnOffLines(ReturnsOffLines.Off off, long line) {}

  private List<ReturnOffLines> returnsOffLines = List.of();

  /** The returns of {@link ReturnOffLines}, once the file is written ({@link #finish}). */
  public List<ReturnOffLines> returnsOffLines() {
    return returnsOffLines;
  }

  private List<ReturnOffLines> findReturnsOffLines() throws SQLException {
    List<ReturnOffLines> out = new ArrayList<>();
    for (ReturnsOffLines.Off r : ReturnsOffLines.of(conn, importId)) {
      Long at = mergedAt.get(r.orderId());
      long[] read = linesRead.get(r.orderId());
      out.add(new ReturnOffLines(r, at != null ? at : read != null ? read[0] : 0));
    }
    out.sort(java.util.Comparator.comparingLong(ReturnOffLines::line));
    return out;
  }

  /** The orders of {@link LinesOff}, once the file is written ({@link #finish}). */
  public List<LinesOff> linesOff() {
    return linesOff;
  }

  /**
   * The merged orders whose line amounts (every line has one) add up to another sum than the
   * order's goods amount, once merged.
   */
  private List<LinesOff> findLinesOff() throws SQLException {
    java.util.Map<String, Long> ids;
    synchronized (mergedAt) {
      ids = new java.util.TreeMap<>(mergedAt);
    }
    List<LinesOff> out = new ArrayList<>();
    List<String> all = new ArrayList<>(ids.keySet());
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> part = all.subList(from, Math.min(all.size(), from + BATCH));
      StringBuilder sql =
          new StringBuilder(
              "SELECT o.order_id, sum(l.amount), o.amount FROM orders o JOIN order_lines l ON"
                  + " l.order_id = o.order_id WHERE o.amount IS NOT NULL AND o.order_id IN (");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(
          ") GROUP BY o.order_id, o.amount HAVING count(l.amount) = count(*)"
              + " AND sum(l.amount) <> o.amount");
      try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i));
        }
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            Long at = ids.get(id);
            out.add(
                new LinesOff(
                    id,
                    at == null ? 0 : at,
                    rs.getLong(2),
                    rs.getLong(3),
                    null,
                    false,
                    linesReplaced.contains(id)));
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingLong(LinesOff::line));
    return out;
  }

  /**
   * The orders of an items file ({@link #linesRead}) read against their goods: the discount their
   * lines show stored, or the lines that do not fit returned (review20 X5, tryout18 W3).
   */
  private List<LinesOff> readDiscounts() throws SQLException {
    List<LinesOff> out = new ArrayList<>();
    List<String> all = new ArrayList<>(linesRead.keySet());
    try (PreparedStatement set =
        conn.prepareStatement("UPDATE orders SET discount = ?, amount = ? WHERE order_id = ?")) {
      for (int from = 0; from < all.size(); from += BATCH) {
        List<String> part = all.subList(from, Math.min(all.size(), from + BATCH));
        StringBuilder sql =
            new StringBuilder(
                "SELECT o.order_id, sum(l.amount), o.amount, o.discount, o.source FROM orders o JOIN"
                    + " order_lines l ON l.order_id = o.order_id WHERE o.amount IS NOT NULL AND"
                    + " o.order_id IN (");
        for (int i = 0; i < part.size(); i++) {
          sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(
            ") GROUP BY o.order_id, o.amount, o.discount, o.source"
                + " HAVING count(l.amount) = count(*)");
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
          for (int i = 0; i < part.size(); i++) {
            ps.setString(i + 1, part.get(i));
          }
          try (var rs = ps.executeQuery()) {
            while (rs.next()) {
              String id = rs.getString(1);
              if (!com.shopops.domain.order.OrderDiscount.readFromLines(rs.getString(5))) {
                continue; // an order whose export states its discount: none in the lines
              }
              long[] at = linesRead.get(id);
              long sum = rs.getLong(2);
              Long stored = OrderQueries.getLong(rs, 4);
              // the amount is the goods before the stored discount: less it, the goods paid
              long goods = com.shopops.domain.order.OrderDiscount.goodsPaid(rs.getLong(3), stored);
              var reading =
                  com.shopops.domain.order.OrderDiscount.ofLines(sum, goods, stored, at[1] == 1);
              if (reading.discount() != null && !reading.discount().equals(stored)) {
                set.setLong(1, reading.discount());
                set.setLong(2, goods + reading.discount());
                set.setString(3, id);
                set.addBatch();
              }
              if (reading.off() && (at[1] == 1 || at[2] == 1)) {
                out.add(new LinesOff(id, at[0], sum, goods, reading.below() ? null : stored, true));
              }
            }
          }
        }
      }
      set.executeBatch();
    }
    return out;
  }

  /** A first load's plain inserts ({@link OrderSql#insert}), by row count and bound columns. */
  private final BatchStatements insertStatements;

  /** A first load's insert met an order already written: the upsert writes the rest. */
  private boolean bulkConflict;

  /**
   * Writes a first load's rows by a plain insert, which is what the upsert does to orders not
   * stored; false, nothing written, when one of them is (an SQLite statement that fails undoes its
   * own rows), and the upsert merges them as it always did. Every order of a file comes once
   * (OrdersHandler), so on an empty store that does not happen.
   */
  private boolean inserted(Object[][] part, int size, int batchBound) throws SQLException {
    boolean[] filled = withCurrencyOfNew(part);
    int bound =
        insertStatements.widened(
            size, filled == null ? batchBound : batchBound | 1 << OrderBatch.CURRENCY);
    PreparedStatement ps =
        insertStatements.statement(
            size, bound, () -> OrderSql.insert(size, bound, source, importId, exportedAt));
    try {
      BatchStatements.bindAll(ps, part, bound);
      changes += ps.executeUpdate();
      written += size;
      return true;
    } catch (SQLException e) {
      if (StoreErrors.primary(e) != org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
        throw e;
      }
      bulkConflict = true;
      if (filled != null) { // the upsert's rows as the file gave them
        for (int i = 0; i < part.length; i++) {
          if (filled[i]) {
            part[i][OrderBatch.CURRENCY] = null;
          }
        }
      }
      return false;
    } finally {
      BatchStatements.release(ps, size);
    }
  }

  /**
   * A first load's orders that name no currency take {@link #currencyOfNew} as they are written, as
   * PostgreSQL's first load gives it in its merge ({@link PgOrderStage}): every order is new.
   * Stamped afterwards by one UPDATE instead, each of 100,000 orders was written twice and fired
   * the figures' update triggers (a fifth of the main thread's samples of that import). The UPDATE
   * in {@link #finish} stays, for an order written before the file named a currency for new ones,
   * and finds none here; nor does it for the orders the upsert writes after an insert met an order
   * already written ({@link #inserted}), which keep the file's blank for the UPDATE, as before.
   * Returns which rows took it, null when none did.
   */
  private boolean[] withCurrencyOfNew(Object[][] orders) {
    String currency = currencyOfNew;
    if (currency == null) {
      return null;
    }
    boolean[] filled = null;
    for (int i = 0; i < orders.length; i++) {
      if (orders[i][OrderBatch.CURRENCY] == null) {
        orders[i][OrderBatch.CURRENCY] = currency;
        if (filled == null) {
          filled = new boolean[orders.length];
        }
        filled[i] = true;
      }
    }
    return filled;
  }

  /**
   * The currency of new orders given to this import's orders that name none: found through the
   * orders' import index (V055), not by reading every order of the store (0.29 s of CPU for a 1-row
   * file into 100,000 orders).
   */
  static final String STAMP_CURRENCY =
      "UPDATE orders SET currency = ? WHERE import_id = ? AND currency IS NULL";

  /** Writes what is left, rebuilds indexes after a bulk load, and returns the counts. */
  public Counts finish() throws SQLException {
    flush();
    if (!mergedAt.isEmpty()) {
      linesOff = findLinesOff();
    }
    if (!linesRead.isEmpty()) {
      List<LinesOff> off = new ArrayList<>(linesOff);
      off.addAll(readDiscounts());
      off.sort(java.util.Comparator.comparingLong(LinesOff::line));
      linesOff = off;
    }
    returnsOffLines = findReturnsOffLines();
    // on PostgreSQL a first import gave every order its currency in the merge (PgOrderStage), and
    // a later merge never blanks one: nothing to stamp, so no scan of the orders (1 s at 1M)
    if (currencyOfNew != null && !(stage != null && bulk)) {
      try (var ps = conn.prepareStatement(STAMP_CURRENCY)) {
        ps.setString(1, currencyOfNew);
        ps.setLong(2, importId);
        ps.executeUpdate();
      }
    }
    ShipmentWriter.rollupOrdersOf(conn, importId); // the export's own shipment is a parcel (Y7)
    List<String> filledIds = new ArrayList<>();
    synchronized (kept) {
      for (Kept k : kept) {
        if (!k.filled().isEmpty()) {
          filledIds.add(k.orderId());
        }
      }
    }
    synchronized (shippedKept) {
      // an older export's earlier outbound taken (tryout22b B9): the order keeps its import
      for (ShippedKept k : shippedKept) {
        if (k.earlier()) {
          filledIds.add(k.orderId());
          if (k.otherParcel()) {
            keepOlderParcel(k);
          }
        }
      }
    }
    if (!filledIds.isEmpty()) {
      ShipmentWriter.rollupOrders(conn, importId, filledIds);
    }
    // when the presales this file capped at their own outbound were seen paid (paid25), kept
    // before a shipments file's outbound caps them further
    StagedPaidSql.keepSeen(conn, seenPaid);
    // a presale paid in full after a shipments file shipped it: paid by that outbound (A1)
    StagedPaidSql.capOf(conn, "orders", importId);
    // a presale an older shopops capped without keeping when it was seen paid: this file's time
    // kept, and one still held to a removed parcel paid again from it (tryout25a A2)
    remade = before > 0 ? StagedPaidSql.remakeHeld(conn, balanceSeen) : List.of();
    close();
    orderStatements.closeAll();
    lookups.closeAll();
    merge.close();
    insertStatements.closeAll();
    lines.closeStatements();
    long fileLineCount = lines.written() + fileLines + stagedLines + olderLines;
    if (before < 0) {
      return new Counts(0, 0, 0, fileLineCount);
    }
    if (bulk) {
      dropped.rebuild(conn);
    }
    long inserted;
    if (bulk) {
      inserted = changes; // into an empty table every change is an insert (repeats are merged)
    } else {
      try (Statement st = conn.createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM orders")) {
        rs.next();
        inserted = rs.getLong(1) - before;
      }
    }
    long updated = changes - inserted;
    long unchanged = written - changes;
    // a presale paid again, or an order whose line items this file changed (the same snapshot's
    // lines merged, SameSnapshotLines), that the file's row left as it was is an update all the
    // same (closing note 26: a file changing only an order's lines said "0 updated, 1 unchanged")
    java.util.Set<String> changedBesideRow = new java.util.TreeSet<>();
    for (StagedPaidSql.Remade r : remade) {
      changedBesideRow.add(r.orderId());
    }
    synchronized (mergedAt) {
      changedBesideRow.addAll(mergedAt.keySet());
    }
    long otherOnly = Math.min(unchanged, notWritten(changedBesideRow));
    return new Counts(inserted, updated + otherOnly, unchanged - otherOnly, fileLineCount);
  }

  /** How many of {@code orderIds} this import's rows did not write (stamp with its import). */
  private long notWritten(java.util.Collection<String> orderIds) throws SQLException {
    long n = 0;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT 1 FROM orders WHERE order_id = ? AND (import_id IS NULL OR import_id <> ?)")) {
      for (String id : orderIds) {
        ps.setString(1, id);
        ps.setLong(2, importId);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          n += rs.next() ? 1 : 0;
        }
      }
    }
    return n;
  }

  /** Stops the background thread (after the batch it is writing, if any). */
  @Override
  public void close() {
    background.close();
    if (stage != null) {
      stage.cancel();
    }
  }

  /** What an import did to the orders table; lines: the file's line items (written or older). */
  public record Counts(long inserted, long updated, long unchanged, long lines) {}
}
