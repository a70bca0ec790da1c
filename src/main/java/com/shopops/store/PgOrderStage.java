package com.shopops.store;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.SameSnapshotLines;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The order writer on PostgreSQL: the file's orders, their lines and their buyers go with {@code
 * COPY} into a temporary staging table (one row kind each), and each is merged with one {@code
 * INSERT … SELECT … ON CONFLICT} when the writer flushes (at the end of the file, or before an
 * order's stragglers are merged): the same rules as the row batches of SQLite ({@link OrderSql},
 * {@link CustomerWriter#conflict}), in the import's transaction, readers never blocked. The staging
 * table is private to the connection and dropped at commit.
 *
 * <p>An order comes once between two flushes (the import handler merges repeats), so the upsert
 * never meets one key twice. What a row batch would do batch by batch is done here for the whole
 * stage with the batch number kept: a buyer's blank is filled by the first batch that gives a value
 * (the last row of that batch), consent by the last row that states it.
 */
final class PgOrderStage {
  static final String TABLE = "pg_temp.shopops_order_stage";
  private static final String OLDER = "pg_temp.shopops_older_orders";

  /** Staged orders of the same snapshot as the stored one whose lines differ: merged in Java. */
  private static final String TIED = "pg_temp.shopops_tied_orders";

  /**
   * Staged orders of the same snapshot as the stored one with the same lines: their stored lines
   * stay as they are (import id included), as on SQLite ({@link SnapshotTies}).
   */
  private static final String SAME = "pg_temp.shopops_same_orders";

  /**
   * Staged orders whose row (and lines, where staged) is the stored order exported later ({@link
   * UnchangedRows#LATER_SQL}): their stored export times move forward, and they leave the stage.
   */
  private static final String RESTAMP = "pg_temp.shopops_restamped_orders";

  /** Order columns holding text; the others are numbers (times as epoch seconds, money, flags). */
  static final Set<String> TEXT =
      Set.of(
          "order_id",
          "customer_id",
          "carrier",
          "tracking_no",
          "status",
          "platform_status",
          "currency",
          "province",
          "city",
          "region",
          "discount_code",
          "order_type",
          "items_title");

  /** Below this many staged rows the stage is emptied with DELETE, else with TRUNCATE. */
  private static final int TRUNCATE_ROWS = 10_000;

  private static final String BUYER_COLUMNS = "b_name, b_phone, b_email, b_consent";
  private static final String LINE_COLUMNS =
      "line_no, sku, title, quantity, unit_price, l_amount, item_id";

  private static final String STAGE_COLUMNS =
      orderColumns() + ", " + BUYER_COLUMNS + ", " + LINE_COLUMNS + ", src_line";

  private final Connection conn;
  private final long importId;
  private final String source;
  private PgCopy copy;
  private boolean created;
  private long batchNo;
  private long seq;
  private long orders;
  private long lines;
  private long buyers;

  /** Rows staged by the COPYs that ended since the last merge. */
  private long staged;

  /** Whether a merge of this import has written orders to the store yet. */
  private boolean mergedBefore;

  /** The import's clock, epoch seconds: {@link OrderSql#conflict}'s. */
  private final long clock;

  /** The import's SLA figures' before-rows ({@link SlaFigureUpkeep.Before}), read at each merge. */
  private final SlaFigureUpkeep.Before slaBefore;

  PgOrderStage(
      Connection conn, long importId, String source, long clock, SlaFigureUpkeep.Before slaBefore) {
    this.conn = conn;
    this.importId = importId;
    this.source = source;
    this.clock = clock;
    this.slaBefore = slaBefore;
  }

  /**
   * The currency an order new to the store takes when its row names none ({@link
   * OrderWriter#currencyOfNew}): given in the merge's SELECT, so that the writer's closing UPDATE
   * (which stays, for the stored orders) no longer rewrites every new order a second time (measured
   * on 100k new orders: 8.5 s of the import's 44 s of statements on the server).
   */
  void currencyOfNew(String currency) {
    this.currencyOfNew = currency;
  }

  /** When the file's export was made, epoch seconds (null: not known): {@link OrderWriter}. */
  private Long exportedAt;

  /**
   * The file's export time ({@link OrderWriter#exportedAt}), before the first order: every staged
   * order has it (the stage's column default), so that the snapshot rules compare it.
   */
  void exportedAt(Long at) {
    this.exportedAt = at;
  }

  private volatile String currencyOfNew;

  /**
   * A first load ({@link #firstLoad}) until its first merge: the orders go with COPY straight into
   * {@code orders} and their lines into {@code order_lines}, no stage and no second read of it. One
   * COPY runs on a connection at a time, so the lines (and the buyers, which are still staged and
   * merged: a buyer's rows are added up) are held as COPY bytes while the orders' COPY runs, and
   * sent each in its own COPY once they come to {@value #HELD} bytes (after the orders they belong
   * to, so the lines' foreign key, where it stays, finds them).
   */
  private boolean direct;

  private static final int HELD = 1 << 20;
  private final PgCopy.Rows heldLines = new PgCopy.Rows(1024);
  private final PgCopy.Rows heldBuyers = new PgCopy.Rows(1024);
  private long heldLineRows;
  private long heldBuyerRows;

  /** Orders and lines a first load copied straight into their tables since the last merge. */
  private long copiedOrders;

  private long copiedLines;

  /**
   * The store holds no orders (nor lines) and nothing is merged yet: until the first merge every
   * order is new and comes once (as the first merge's INSERT without a conflict clause assumes), so
   * the rows go straight into their tables with the merge's rules applied as they are written (the
   * currency of a new order, the source and the import id). Server CPU of the stage at 1M orders:
   * its COPY 4 s and its second read (docs/benchmarks.md, session 13).
   */
  void firstLoad(boolean held) throws SQLException {
    direct = !mergedBefore;
    if (direct && (held || PgLocks.takeOrdersFromWriters(conn))) {
      try (Statement st = conn.createStatement()) {
        for (String t : MARKS) {
          st.execute("ALTER TABLE orders DISABLE TRIGGER " + t);
        }
      }
      marksOff = true;
    }
    keysOnce = direct && !held; // the tables held: the lines' key is dropped already
  }

  /**
   * The lines' foreign key checked once when the direct writing ends ({@link PgLineKeys}): switched
   * off before the first lines are copied ({@code keysOnce}), on again in {@link #endDirect}.
   */
  private PgLineKeys lineKeys;

  private boolean keysOnce;

  /**
   * The statement triggers that mark what the orders inserted touch: V020's, the buyers for {@link
   * CustomerFigureUpkeep}, and V035's, the orders' hours for {@link SlaFigureUpkeep}. Off during a
   * first load's direct writing, into the held tables ({@link PgLocks#takeOrdersForLoad}) or beside
   * readers with the writers of orders kept out ({@link PgLocks#takeOrdersFromWriters}); the change
   * is undone with the transaction if the import fails. Each COPY of orders kept every order in
   * their transition table, and the marks came to one row per order, only for both figures to be
   * built again whole (server CPU of 100,000 orders: COPY 1.05 → 0.94 s with both off, medians of 4
   * interleaved); the direct writing marks once, set-wise, when it ends ({@link
   * CustomerFigureUpkeep#markLoaded}, {@link SlaFigureUpkeep#markLoaded}).
   */
  private static final List<String> MARKS =
      List.of("customer_figures_orders_in", "sla_figures_orders_in");

  private boolean marksOff;

  /**
   * The stage's order columns for the merge's SELECT (the stage aliased s); {@code allNew}: every
   * staged order is new to the store, so the default currency needs no lookup of the stored order.
   */
  private String selectedColumns(boolean allNew) {
    if (currencyOfNew == null) {
      return orderColumns();
    }
    String c = "'" + currencyOfNew.replace("'", "''") + "'";
    return orderColumns()
        .replace(
            "currency",
            allNew
                ? "coalesce(s.currency, " + c + ")"
                : "CASE WHEN s.currency IS NOT NULL THEN s.currency WHEN NOT EXISTS (SELECT 1 FROM"
                    + " orders o WHERE o.order_id = s.order_id) THEN "
                    + c
                    + " END");
  }

  private static String orderColumns() {
    return String.join(
        ", ", java.util.Arrays.asList(OrderBatch.COLUMNS).subList(0, OrderBatch.ORDER_BOUND));
  }

  /** Streams a batch's buyers, orders and lines into the stage. */
  void write(OrderBatch batch) throws SQLException {
    if (direct) {
      writeDirect(batch);
      return;
    }
    if (copy == null) {
      create();
      copy = PgCopy.start(conn, TABLE, "seq, batch, kind, " + STAGE_COLUMNS);
    }
    long b = batchNo++;
    // Each row kind fills its own columns and sends NULL for the rest as one run of bytes: no row
    // array per buyer and line, no field-by-field dispatch of the 26 or 27 empty columns (of 37)
    // of a buyer's or a line's row (the stage writer's CPU at 400k orders: JFR, put and field)
    for (Customer c : batch.buyers()) {
      buyer(copy.row(), seq++, b, c);
      copy.endRow();
      buyers++;
    }
    Object[][] batchOrders = batch.orders();
    for (int i = 0; i < batchOrders.length; i++) {
      Object[] order = batchOrders[i];
      copy.field(seq++).field(b).field("o");
      for (int c = 0; c < OrderBatch.ORDER_BOUND; c++) {
        copy.field(order[c]);
      }
      copy.nulls(BUYER_FIELDS + LINE_FIELDS);
      copy.field(batch.fileLines() == null ? 0L : batch.fileLines()[i]).endRow();
      orders++;
    }
    for (Object[] l : batch.lines()) {
      copy.field(seq++).field(b).field("l").field(l[0]).nulls(OrderBatch.ORDER_BOUND - 1);
      copy.nulls(BUYER_FIELDS);
      for (int c = 1; c <= LINE_FIELDS; c++) {
        copy.field(l[c]);
      }
      copy.nulls(1).endRow();
      lines++;
    }
  }

  /** A buyer's stage row, but for its end. */
  private static void buyer(PgCopy.Rows r, long seq, long batch, Customer c) {
    r.field(seq);
    r.field(batch);
    r.field("c");
    r.nulls(1);
    r.field(c.customerId());
    r.nulls(14);
    r.field(c.province());
    r.field(c.city());
    r.field(c.region());
    r.nulls(OrderBatch.ORDER_BOUND - 19);
    r.field(c.name());
    r.field(c.phone());
    r.field(c.email());
    r.field(c.acceptsMarketing());
    r.nulls(LINE_FIELDS + 1);
  }

  /** A first load's batch: orders into {@code orders}, lines and buyers held ({@link #direct}). */
  private void writeDirect(OrderBatch batch) throws SQLException {
    long b = batchNo++;
    for (Customer c : batch.buyers()) {
      buyer(heldBuyers, seq++, b, c);
      heldBuyers.endRow();
      heldBuyerRows++;
      buyers++;
    }
    Object[][] batchOrders = batch.orders();
    if (batchOrders.length > 0 && copy == null) {
      copy = PgCopy.start(conn, "orders", String.join(", ", OrderBatch.COLUMNS));
    }
    String currency = currencyOfNew;
    for (Object[] order : batchOrders) {
      for (int c = 0; c < OrderBatch.ORDER_BOUND; c++) {
        copy.field(c == OrderBatch.CURRENCY && order[c] == null ? currency : order[c]);
      }
      copy.field(source).field(importId).field(exportedAt).endRow();
    }
    for (Object[] l : batch.lines()) {
      for (int c = 0; c <= LINE_FIELDS; c++) {
        heldLines.field(l[c]);
      }
      // the lines' export time (V056), as the staged merge writes it: without it a later file of
      // unknown time found no known time on them and replaced them (pggen31)
      heldLines.field(importId);
      heldLines.field(exportedAt);
      heldLines.endRow();
      heldLineRows++;
    }
    if (heldLines.length() + heldBuyers.length() >= HELD) {
      sendHeld();
    }
  }

  /** Ends the orders' COPY of a first load and sends the lines and buyers held. */
  private void sendHeld() throws SQLException {
    if (copy != null) {
      copiedOrders += copy.end();
      copy = null;
    }
    if (heldLineRows > 0) {
      if (keysOnce) {
        keysOnce = false;
        lineKeys = PgLineKeys.switchOff(conn);
      }
      PgCopy lineCopy =
          PgCopy.start(
              conn,
              "order_lines",
              String.join(", ", OrderBatch.LINE_COLUMNS) + ", import_id, exported_at");
      lineCopy.rows(heldLines, heldLineRows);
      copiedLines += lineCopy.end();
      heldLineRows = 0;
    }
    if (heldBuyerRows > 0) {
      create();
      PgCopy buyerCopy = PgCopy.start(conn, TABLE, "seq, batch, kind, " + STAGE_COLUMNS);
      buyerCopy.rows(heldBuyers, heldBuyerRows);
      staged += buyerCopy.end();
      heldBuyerRows = 0;
    }
  }

  /**
   * Ends a first load's direct writing: what is held is sent, the staged buyers merged; every later
   * merge goes through the stage (its orders may meet those written).
   */
  private Merged endDirect() throws SQLException {
    sendHeld();
    if (lineKeys != null) {
      lineKeys.switchOnAndCheck(conn, importId);
      lineKeys = null;
    }
    if (marksOff) {
      marksOff = false;
      try (Statement st = conn.createStatement()) {
        for (String t : MARKS) {
          st.execute("ALTER TABLE orders ENABLE TRIGGER " + t);
        }
      }
      CustomerFigureUpkeep.markLoaded(conn);
      SlaFigureUpkeep.markLoaded(conn);
    }
    direct = false;
    mergedBefore = true;
    if (buyers > 0) {
      try (Statement st = conn.createStatement()) {
        st.executeUpdate(buyersSql());
        st.executeUpdate((staged < TRUNCATE_ROWS ? "DELETE FROM " : "TRUNCATE ") + TABLE);
      }
    }
    Merged m =
        new Merged(
            copiedOrders,
            copiedLines,
            0,
            List.of(),
            java.util.Set.of(),
            java.util.Map.of(),
            List.of(),
            java.util.Map.of(),
            java.util.Set.of());
    copiedOrders = 0;
    copiedLines = 0;
    staged = 0;
    buyers = 0;
    return m;
  }

  /** The stage's buyer and line columns ({@link #BUYER_COLUMNS}, {@link #LINE_COLUMNS}). */
  private static final int BUYER_FIELDS = 4;

  private static final int LINE_FIELDS = OrderBatch.LINE_COLUMNS.length - 1;

  private void create() throws SQLException {
    if (created) {
      return;
    }
    StringJoiner cols = new StringJoiner(", ");
    cols.add("seq BIGINT").add("batch BIGINT").add("kind TEXT COLLATE \"C\"");
    for (int c = 0; c < OrderBatch.ORDER_BOUND; c++) {
      String name = OrderBatch.COLUMNS[c];
      cols.add(name + (TEXT.contains(name) ? " TEXT COLLATE \"C\"" : " BIGINT"));
    }
    cols.add("b_name TEXT COLLATE \"C\"")
        .add("b_phone TEXT COLLATE \"C\"")
        .add("b_email TEXT COLLATE \"C\"")
        .add("b_consent BIGINT");
    cols.add("line_no BIGINT")
        .add("sku TEXT COLLATE \"C\"")
        .add("title TEXT COLLATE \"C\"")
        .add("quantity BIGINT")
        .add("unit_price BIGINT")
        .add("l_amount BIGINT")
        .add("item_id TEXT COLLATE \"C\"")
        .add("src_line BIGINT")
        .add("exported_at BIGINT DEFAULT " + exportedAt)
        .add(OrderSql.STAGED_DECISIONS);
    try (Statement st = conn.createStatement()) {
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS " + name(TABLE) + " (" + cols + ") ON COMMIT DROP");
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + name(OLDER)
              + " (order_id TEXT COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP");
      for (String t : List.of(TIED, SAME, RESTAMP)) {
        st.execute(
            "CREATE TEMP TABLE IF NOT EXISTS "
                + name(t)
                + " (order_id TEXT COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP");
      }
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + name(LINE_SETS)
              + " (order_id TEXT COLLATE \"C\" PRIMARY KEY, file TEXT[], stored TEXT[])"
              + " ON COMMIT DROP");
    }
    created = true;
  }

  /** A temporary table's name without its schema, as CREATE TEMP TABLE takes it. */
  private static String name(String table) {
    return table.substring(table.indexOf('.') + 1);
  }

  /**
   * Ends the COPY under way, if any, so that the connection can run a statement (a lookup of the
   * import handler's): the rows stay staged, and the next batch starts another COPY.
   */
  void pause() throws SQLException {
    if (direct) {
      sendHeld();
      return;
    }
    if (copy != null) {
      staged += copy.end();
      copy = null;
    }
  }

  /**
   * Ends the COPY and merges the stage into the store: buyers, then orders, then the lines of the
   * orders at least as new as their stored snapshot ({@code bulk}: into an empty store, all of
   * them, nothing to delete). Empties the stage.
   */
  Merged merge(boolean bulk) throws SQLException {
    if (direct) {
      return endDirect();
    }
    pause();
    repriced = List.of();
    lowered = List.of();
    if (staged == 0) {
      return new Merged(
          0,
          0,
          0,
          List.of(),
          java.util.Set.of(),
          java.util.Map.of(),
          List.of(),
          java.util.Map.of(),
          java.util.Set.of());
    }
    long changes;
    long linesWritten = 0;
    java.util.Set<String> olderIds = java.util.Set.of();
    java.util.Map<String, Long> behind = java.util.Map.of();
    java.util.Set<String> replaced = java.util.Set.of();
    try (Statement st = conn.createStatement()) {
      if (buyers > 0) {
        st.executeUpdate(buyersSql());
      }
      boolean older = !bulk && lines > 0;
      if (!bulk) {
        indexLines(st);
        // a line stating no title or unit price keeps the stored one of its SKU (amount29)
        StoredLineValues.fillStage(conn, TABLE);
        lineSets(st);
        oldReadings = anyOldReadings(st);
      }
      java.util.Map<String, List<OrderLine>> merged = java.util.Map.of();
      if (!bulk && com.shopops.domain.order.OrderDiscount.readFromLines(source)) {
        // a 订单报表's goods paid as the store holds an amount: before the discount (tryout21 Z12,
        // OrderMergePath#addStoredDiscounts on SQLite); a repriced order keeps its lines (B2)
        lowered = loweredSql(st);
        repriced = repricedSql(st);
        st.executeUpdate(
            "UPDATE "
                + TABLE
                + " s SET amount = s.amount + o.discount FROM orders o WHERE s.kind = 'o'"
                + " AND s.amount IS NOT NULL AND o.order_id = s.order_id AND o.discount IS NOT NULL"
                + " AND "
                + PlatformSql.in("o.source", com.shopops.domain.order.Platform.TAOBAO.presets()));
      }
      if (!bulk) {
        kept = keptSql(st);
        kept.addAll(filledSql(st));
        shippedKept = shippedKeptSql(st);
        olderIds = olderIds(st);
        behind = behind(st);
        st.executeUpdate(Snapshots.fillExportedAtSql(Dialect.POSTGRESQL, TABLE, 0));
      }
      if (older) {
        st.executeUpdate("DELETE FROM " + OLDER);
        st.executeUpdate(olderSql());
        st.executeUpdate("DELETE FROM " + TIED);
        st.executeUpdate(withoutOldReadings(tiedSql(TIED, "IS DISTINCT FROM")));
        st.executeUpdate("DELETE FROM " + SAME);
        st.executeUpdate(withoutOldReadings(tiedSql(SAME, "IS NOT DISTINCT FROM")));
        merged = mergeTied(st);
        st.executeUpdate("INSERT INTO " + SAME + linesRowsSql("IS NOT DISTINCT FROM"));
        java.util.Map<String, Long> replacedAt = linesReplaced(st);
        mergedAt.putAll(replacedAt);
        replaced = replacedAt.keySet();
      }
      if (!bulk && exportedAt != null) {
        restamp(st, older);
      }
      if (!bulk) {
        st.executeUpdate(withoutOldReadings(skipUnchangedSql()));
        readBefore(st);
      }
      // The first merge into an empty store (a first import): every order is new and comes once,
      // so no lookup of a stored one for the currency, no conflict to resolve, and no sort by seq
      // (the stage is read in the order it was written). Otherwise the sort stays: it also has
      // every lookup of the SELECT run before the first row is inserted. Server CPU of this
      // statement at 1M orders: 21.7 s with them and V010's per-row marks, 11.4 s without them
      // and with V020's marks per statement.
      boolean allNew = bulk && !mergedBefore;
      String fixed =
          ", '"
              + source.replace("'", "''")
              + "' AS source, "
              + importId
              + " AS import_id, "
              + exportedAt
              + "::BIGINT AS exported_at";
      if (allNew) {
        changes =
            st.executeUpdate(
                "INSERT INTO orders ("
                    + String.join(", ", OrderBatch.COLUMNS)
                    + ") SELECT "
                    + selectedColumns(true)
                    + fixed
                    + " FROM "
                    + TABLE
                    + " s WHERE kind = 'o'");
      } else {
        // the stored orders' decisions once per row, then the stored orders the file changes and
        // the new ones (the conflict clause only for an order another import stored meanwhile)
        st.executeUpdate(OrderSql.decideStaged(TABLE));
        changes =
            st.executeUpdate(
                OrderSql.updateStored(
                    "SELECT "
                        + orderColumns()
                        + fixed
                        + ", d_newer, d_tie, d_removed, d_lines FROM "
                        + TABLE
                        + " WHERE kind = 'o' AND d_stored",
                    clock));
        changes +=
            st.executeUpdate(
                "INSERT INTO orders ("
                    + String.join(", ", OrderBatch.COLUMNS)
                    + ") SELECT "
                    + selectedColumns(false)
                    + fixed
                    + " FROM "
                    + TABLE
                    + " s WHERE kind = 'o' AND d_stored IS NULL ORDER BY seq"
                    + OrderSql.conflict(Dialect.POSTGRESQL, clock));
      }
      mergedBefore = true;
      if (lines > 0) {
        String notOlder =
            older
                ? " AND order_id NOT IN (SELECT order_id FROM "
                    + OLDER
                    + ") AND order_id NOT IN (SELECT order_id FROM "
                    + TIED
                    + ") AND order_id NOT IN (SELECT order_id FROM "
                    + SAME
                    + ")"
                : "";
        if (!bulk) {
          st.executeUpdate(
              "DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM "
                  + TABLE
                  + " WHERE kind = 'l')"
                  + notOlder);
        }
        linesWritten =
            st.executeUpdate(
                "INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_price,"
                    + " amount, item_id, import_id, exported_at) SELECT order_id, line_no, sku,"
                    + " title, quantity, unit_price, l_amount, item_id, "
                    + importId
                    + ", "
                    + exportedAt
                    + " FROM "
                    + TABLE
                    + " WHERE kind = 'l'"
                    + notOlder
                    // read in the order staged, no sort; into an empty store nothing to conflict
                    // with: server CPU at 1M lines 12.6 s (sorted, upsert) -> 6.9 s
                    + (allNew ? "" : OrderSql.LINES_CONFLICT));
      }
      // the money a same-snapshot file states for the lines it gave whole (tryout29b B1)
      SnapshotTies.followMoney(conn, follows);
      follows = new java.util.HashMap<>();
      if (!merged.isEmpty()) {
        LineWriter writer = new LineWriter(conn, importId);
        writer.exportedAt(exportedAt);
        try {
          writer.rewrite(merged);
        } finally {
          writer.closeStatements();
        }
      }
      if (!bulk) {
        st.execute("DROP INDEX IF EXISTS " + LINES_BY_ORDER);
      }
      st.executeUpdate((staged < TRUNCATE_ROWS ? "DELETE FROM " : "TRUNCATE ") + TABLE);
    }
    Merged m =
        new Merged(
            changes,
            linesWritten,
            lines - linesWritten,
            kept,
            olderIds,
            mergedAt,
            shippedKept,
            behind,
            replaced);
    kept = List.of();
    shippedKept = List.of();
    mergedAt = new java.util.HashMap<>();
    staged = 0;
    orders = 0;
    lines = 0;
    buyers = 0;
    return m;
  }

  /** The stage's line rows by order ({@link #indexLines}). */
  private static final String LINES_BY_ORDER = "pg_temp.shopops_stage_lines";

  /**
   * Indexes the stage's line rows by order and analyzes the stage, for a merge that compares the
   * file's lines with the stored ones ({@link #tiedSql}, {@link #linesOtherwiseSql}): each staged
   * order's lines are read by a correlated subquery, which without an index read the whole stage
   * once per order (a re-import of 100,000 unchanged orders, one line each: its tied-orders
   * statement had run 19.5 minutes on the server when stopped; 10,000 orders: 41.8 s of server CPU
   * before, 2.1 s after). Built after the COPYs and dropped before the stage takes rows again, so
   * that no COPY keeps it up.
   */
  private static void indexLines(Statement st) throws SQLException {
    st.execute(
        "CREATE INDEX IF NOT EXISTS "
            + name(LINES_BY_ORDER)
            + " ON "
            + TABLE
            + " (order_id, line_no) WHERE kind = 'l'");
    st.execute("ANALYZE " + TABLE);
  }

  /**
   * Takes out of the stage the orders whose row is the stored order as it stands ({@link
   * UnchangedRows#SQL}), under neither a mended refund ({@link Snapshots#REFUND_MENDED}) nor an old
   * reading ({@link OldReadings#STILL_AS_STORED}): what {@link SnapshotTies} leaves out of SQLite's
   * upsert, a step of its own before PostgreSQL's. The upsert would change nothing on them (its
   * WHERE is false), but each row paid its conflict clause on the server: a speculative insert, a
   * row lock and the whole WHERE. Their lines are not staged rows of kind 'o', and go as before.
   * Runs after everything that reads the file's orders to tell what was kept ({@code kept}, {@code
   * older}, the tied lines), so that those see the whole file.
   */
  private static String skipUnchangedSql() {
    return "DELETE FROM "
        + TABLE
        + " AS excluded USING orders WHERE excluded.kind = 'o'"
        + " AND orders.order_id = excluded.order_id AND "
        + UnchangedRows.SQL
        + " AND NOT "
        + Snapshots.REFUND_MENDED
        + " AND NOT "
        + OldReadings.STILL_AS_STORED;
  }

  /**
   * The same content exported later (tryout29a A1, tryout28b B3), as {@link SnapshotTies} finds it
   * on SQLite: a line-items row whose lines are the stored ones ({@link #linesRowsSql}) moves the
   * lines' export time forward; a staged order whose row is the stored order exported later ({@link
   * UnchangedRows#LATER_SQL}, under neither a mended refund nor an old reading) and whose staged
   * lines, if any, are the stored ones moves the order's export time forward and its lines', is
   * read for the SLA figures' deltas before, and leaves the stage: unchanged, its lines stay as
   * stored. {@code withLines}: the stage has lines ({@link #SAME} in use).
   */
  private void restamp(Statement st, boolean withLines) throws SQLException {
    if (withLines) {
      restamp("order_lines", linesRowsSql("IS NOT DISTINCT FROM"));
    }
    st.executeUpdate("DELETE FROM " + RESTAMP);
    int n =
        st.executeUpdate(
            withoutOldReadings(
                "INSERT INTO "
                    + RESTAMP
                    + " SELECT excluded.order_id FROM "
                    + TABLE
                    + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                    + " WHERE excluded.kind = 'o' AND "
                    + UnchangedRows.LATER_SQL
                    + " AND NOT "
                    + Snapshots.REFUND_MENDED
                    + " AND NOT "
                    + OldReadings.STILL_AS_STORED
                    + " AND (excluded.order_id NOT IN (SELECT order_id FROM "
                    + LINE_SETS
                    + ") OR excluded.order_id IN (SELECT order_id FROM "
                    + LINE_SETS
                    + " WHERE stored IS NOT NULL AND file IS NOT DISTINCT FROM stored))"));
    if (n == 0) {
      return;
    }
    List<String> ids = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT order_id FROM " + RESTAMP)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    slaBefore.read(conn, ids); // the orders as they were, before the write marks them
    restamp("orders", "SELECT order_id FROM " + RESTAMP);
    restamp(
        "order_lines",
        "SELECT order_id FROM "
            + RESTAMP
            + " WHERE order_id IN (SELECT order_id FROM "
            + LINE_SETS
            + ")");
    if (withLines) {
      st.executeUpdate(
          "INSERT INTO " + SAME + " SELECT order_id FROM " + RESTAMP + " ON CONFLICT DO NOTHING");
    }
    st.executeUpdate(
        "DELETE FROM "
            + TABLE
            + " WHERE kind = 'o' AND order_id IN (SELECT order_id FROM "
            + RESTAMP
            + ")");
  }

  /**
   * {@link Snapshots#restampSql} of {@code table} on the orders {@code ids}, to the file's time.
   */
  private void restamp(String table, String ids) throws SQLException {
    try (java.sql.PreparedStatement ps = conn.prepareStatement(Snapshots.restampSql(table, ids))) {
      ps.setLong(1, exportedAt);
      ps.setLong(2, exportedAt);
      ps.executeUpdate();
    }
  }

  /**
   * Whether the store lists an order still as an older shopops stored it ({@code old_readings} of
   * kind 'order' not repaired: only a store upgraded across V025 with such orders left), read once
   * per merge ({@link #withoutOldReadings}).
   */
  private boolean oldReadings = true;

  private static boolean anyOldReadings(Statement st) throws SQLException {
    try (ResultSet rs =
        st.executeQuery(
            "SELECT EXISTS (SELECT 1 FROM old_readings WHERE kind = 'order' AND repaired = 0)")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /**
   * {@code sql} with {@link OldReadings#STILL_AS_STORED} read as false when no order is listed
   * ({@link #anyOldReadings}): the same rows, without the probe of {@code old_readings} per staged
   * order the planner chose (the stage × orders join of thirty-odd column comparisons is estimated
   * at one row, so a nested-loop anti join: 100,000 index scans of an empty table in each of the
   * tied, same-lines and unchanged-skip statements of a 100,000-order re-import).
   */
  private String withoutOldReadings(String sql) {
    return oldReadings ? sql : sql.replace(OldReadings.STILL_AS_STORED, "FALSE");
  }

  /**
   * Reads the staged orders the upsert is about to write, as the store holds them, into the SLA
   * figures' before-rows ({@link SlaFigureUpkeep.Before#read}), as {@link OrderWriter#write} does
   * on SQLite: at commit the kept figures are brought up to date by deltas (else, every mark an
   * order's hour, the orders of the marked days were classified again; a 1 %-changed re-import of
   * 100,000 orders spanning every day: the whole table). After {@link #skipUnchangedSql}: the
   * orders left are those the upsert may change. An order written before it is read (an earlier
   * step of this merge) or too many orders spoil the deltas, and the commit classifies the marked
   * days as before.
   */
  private void readBefore(Statement st) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT order_id FROM " + TABLE + " WHERE kind = 'o'")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    slaBefore.read(conn, ids);
  }

  /**
   * The buyers, one row per customer: a blank filled by the first batch that gives a value (its
   * last row), consent by the last row that states it; then the order export's fill-only upsert.
   */
  private String buyersSql() {
    return "INSERT INTO customers (customer_id, name, phone, email, province, city, region,"
        + " registered_at, accepts_marketing, import_id) SELECT customer_id, "
        + first("b_name")
        + ", "
        + first("b_phone")
        + ", "
        + first("b_email")
        + ", "
        + first("province")
        + ", "
        + first("city")
        + ", "
        + first("region")
        + ", NULL::BIGINT, (array_agg(b_consent ORDER BY seq DESC)"
        + " FILTER (WHERE b_consent IS NOT NULL))[1], "
        + importId
        + " FROM "
        + TABLE
        + " WHERE kind = 'c' GROUP BY customer_id ORDER BY min(seq)"
        + CustomerWriter.conflict(true);
  }

  private static String first(String column) {
    return "(array_agg("
        + column
        + " ORDER BY batch, seq DESC) FILTER (WHERE "
        + column
        + " IS NOT NULL))[1]";
  }

  /**
   * The staged orders with lines whose stored snapshot is newer: an older export's line items never
   * replace a newer one's, nor fill an order stored without lines when the row states a status
   * ({@link SnapshotTies}, {@link OrderSql#olderExport}).
   */
  private static String olderSql() {
    return "INSERT INTO "
        + OLDER
        + " SELECT excluded.order_id FROM "
        + TABLE
        + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
        + " WHERE excluded.kind = 'o' AND excluded.order_id IN (SELECT order_id FROM "
        + TABLE
        + " WHERE kind = 'l') AND (excluded.status IS NOT NULL OR EXISTS (SELECT 1 FROM"
        + " order_lines l WHERE l.order_id = orders.order_id)) AND NOT "
        + Snapshots.newerSql(Dialect.POSTGRESQL)
        + " AND NOT "
        + Snapshots.LINES_REPLACE;
  }

  /**
   * The staged orders of which the store holds a newer snapshot ({@link Snapshots#newerSql}), as
   * {@link SnapshotTies.Plan#older} on SQLite.
   */
  private static java.util.Set<String> olderIds(Statement st) throws SQLException {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + Snapshots.newerSql(Dialect.POSTGRESQL)
                + " AND NOT "
                + Snapshots.LINES_REPLACE)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /**
   * The staged orders of which the store holds a newer snapshot and the file's row is an older one
   * ({@link Snapshots#behindSql}), by the stored export time: {@link SnapshotTies.Plan#behind}.
   */
  private static java.util.Map<String, Long> behind(Statement st) throws SQLException {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, orders.exported_at FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + Snapshots.newerSql(Dialect.POSTGRESQL)
                + " AND "
                + Snapshots.behindSql(Dialect.POSTGRESQL))) {
      while (rs.next()) {
        out.put(rs.getString(1), OrderQueries.getLong(rs, 2));
      }
    }
    return out;
  }

  /** Abandons a COPY under way (the import is rolled back). */
  void cancel() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }

  /**
   * What a merge did: order rows inserted or changed, lines written, lines kept out as older (or
   * merged), the orders whose stored snapshot kept what the file did not have.
   */
  record Merged(
      long changes,
      long linesWritten,
      long olderLines,
      List<OrderWriter.Kept> kept,
      java.util.Set<String> older,
      java.util.Map<String, Long> mergedAt,
      List<OrderWriter.ShippedKept> shippedKept,
      java.util.Map<String, Long> behind,
      java.util.Set<String> replaced) {}

  /** The staged 订单报表 rows lowering 实付 with 退款金额 behind (tryout23b A1), held so in the stage. */
  private List<OrderWriter.PaidLowered> lowered = List.of();

  /**
   * The orders of the last merge whose 实付 was lowered, for {@link OrderMergePath#confirmLowered}.
   */
  List<OrderWriter.PaidLowered> lowered() {
    return lowered;
  }

  /**
   * The staged 订单报表 rows whose 实付 is lowered with their goods paid and shipping unchanged ({@link
   * OrderMergePath#holdLoweredPaid} on SQLite): their staged total set back to the stored one and
   * their refund to the total less the file's 实付.
   */
  private List<OrderWriter.PaidLowered> loweredSql(Statement st) throws SQLException {
    List<OrderWriter.PaidLowered> held = new ArrayList<>();
    try (var rs =
        st.executeQuery(
            "SELECT "
                + OrderMergePath.LOWERED_STORED
                + ", s.total, s.refunded, s.amount, s.shipping_fee, s.src_line, s.exported_at FROM "
                + TABLE
                + " s JOIN orders o ON o.order_id = s.order_id WHERE s.kind = 'o' AND s.total IS"
                + " NOT NULL AND s.total < o.total AND"
                + OrderMergePath.LOWERED_WHERE)) {
      while (rs.next()) {
        OrderWriter.PaidLowered l =
            OrderMergePath.lowered(
                rs,
                OrderQueries.getLong(rs, 12),
                rs.getLong(11),
                OrderQueries.getLong(rs, 7),
                OrderQueries.getLong(rs, 8),
                OrderQueries.getLong(rs, 9),
                OrderQueries.getLong(rs, 10));
        if (l != null) {
          held.add(l);
        }
      }
    }
    if (held.isEmpty()) {
      return held;
    }
    try (java.sql.PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE " + TABLE + " SET total = ?, refunded = ? WHERE kind = 'o' AND order_id = ?")) {
      for (OrderWriter.PaidLowered l : held) {
        ps.setLong(1, l.held().total());
        ps.setLong(2, l.held().refundHeld());
        ps.setString(3, l.orderId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<OrderWriter.PaidLowered> out = new ArrayList<>();
    for (OrderWriter.PaidLowered l : held) {
      if (l.held().moves()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The staged Taobao/Tmall orders repriced by their 订单报表 (tryout22b B2), amounts staged. */
  private List<OrderWriter.Repriced> repriced = List.of();

  /**
   * The orders of the last merge repriced by their 订单报表, for {@link OrderMergePath#applyRepriced}.
   */
  List<OrderWriter.Repriced> repriced() {
    return repriced;
  }

  /**
   * The staged 订单报表 rows whose goods paid are not the stored order's ({@link
   * OrderMergePath#repriced}): their staged amount set to the lines (the stored discount is added
   * to the others' next, as on SQLite).
   */
  private List<OrderWriter.Repriced> repricedSql(Statement st) throws SQLException {
    List<OrderWriter.Repriced> out = new ArrayList<>();
    try (var rs =
        st.executeQuery(
            "SELECT o.order_id, o.discount, o.amount, "
                + OrderMergePath.STORED_LINES
                + ", "
                + OrderMergePath.LINES_EARLIER
                + ", s.amount, s.src_line FROM "
                + TABLE
                + " s JOIN orders o ON o.order_id = s.order_id WHERE s.kind = 'o' AND s.amount IS"
                + " NOT NULL AND o.discount IS NOT NULL AND o.amount IS NOT NULL AND (s.amount +"
                + " o.discount <> o.amount OR o.amount <> "
                + OrderMergePath.STORED_LINES
                + ") AND "
                + PlatformSql.in("o.source", com.shopops.domain.order.Platform.TAOBAO.presets()))) {
      while (rs.next()) {
        OrderWriter.Repriced r = OrderMergePath.repriced(rs, rs.getLong(6), rs.getLong(7));
        if (r != null) {
          out.add(r);
        }
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    // staged as the goods paid less the stored discount, so that the general update below adds
    // it back: the lines in the end
    try (java.sql.PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE " + TABLE + " SET amount = ? WHERE kind = 'o' AND order_id = ?")) {
      for (OrderWriter.Repriced r : out) {
        ps.setLong(1, r.lines() - r.discountBefore());
        ps.setString(2, r.orderId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return out;
  }

  /** The orders of the merge under way whose first outbound is kept over the file's later one. */
  private List<OrderWriter.ShippedKept> shippedKept = List.of();

  /**
   * The staged orders, not of an older export, whose stored outbound stays over their later one
   * ({@link OrderSql#LATER_OUTBOUND_UNTRACKED}, tryout21 Z9): {@link SnapshotTies}'s in SQL.
   */
  private static List<OrderWriter.ShippedKept> shippedKeptSql(Statement st) throws SQLException {
    List<OrderWriter.ShippedKept> out = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, orders.shipped_at, excluded.shipped_at,"
                + " "
                + OrderSql.olderExport(Dialect.POSTGRESQL)
                + ", CASE WHEN "
                + OrderSql.EARLIER_OUTBOUND_OTHER_PARCEL
                + " THEN excluded.tracking_no END, orders.tracking_no, excluded.carrier,"
                + " excluded.delivered_at FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND ((NOT "
                + OrderSql.olderExport(Dialect.POSTGRESQL)
                + " AND "
                + OrderSql.LATER_OUTBOUND_UNTRACKED
                + ") OR ("
                + OrderSql.olderExport(Dialect.POSTGRESQL)
                + " AND "
                + OrderSql.EARLIER_OUTBOUND_UNTRACKED
                + ") OR ("
                + OrderSql.olderExport(Dialect.POSTGRESQL)
                + " AND "
                + OrderSql.EARLIER_OUTBOUND_OTHER_PARCEL
                + ")) ORDER BY excluded.seq")) {
      while (rs.next()) {
        String parcel = rs.getString(6);
        long delivered = rs.getLong(9);
        boolean noDelivered = rs.wasNull();
        out.add(
            new OrderWriter.ShippedKept(
                rs.getString(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getBoolean(5),
                parcel,
                parcel == null ? null : rs.getString(7),
                parcel == null ? null : rs.getString(8),
                parcel == null || noDelivered ? null : delivered));
      }
    }
    return out;
  }

  /** The orders of the merge under way whose lines were merged (tied), at their file line. */
  private java.util.Map<String, Long> mergedAt = new java.util.HashMap<>();

  /** The orders of the merge under way whose stored snapshot kept what the file did not have. */
  private List<OrderWriter.Kept> kept = List.of();

  /**
   * The staged orders with lines and the same snapshot as the stored order, whose lines differ from
   * the stored ones ({@link SnapshotTies}): merged in Java, not replaced. Both sides' lines are
   * read from {@link #LINE_SETS}: stored lines present ({@code stored IS NOT NULL}), staged lines
   * present (a row of it).
   */
  private static String tiedSql(String into, String linesAre) {
    return "INSERT INTO "
        + into
        + linesAgainstStored(Snapshots.tiedSql(Dialect.POSTGRESQL), linesAre);
  }

  /**
   * The staged line-items rows whose lines replace the stored ones ({@link
   * Snapshots#LINES_REPLACE}, items27) and whose lines are ({@code linesAre}) the stored ones:
   * {@code IS NOT DISTINCT FROM}: left as stored ({@link #SAME}); {@code IS DISTINCT FROM}:
   * replaced, an update of the order ({@code mergedAt}), as {@link SnapshotTies} on SQLite.
   */
  private static String linesRowsSql(String linesAre) {
    // lines given to an order stored without any are an update too (tryout29a A3): for the
    // replaced, no stored lines are needed (null is distinct from the file's)
    return linesAgainstStored(
        Snapshots.LINES_REPLACE + " AND NOT " + Snapshots.REFUND_MENDED,
        linesAre,
        linesAre.equals("IS NOT DISTINCT FROM"));
  }

  /**
   * {@code SELECT order_id} of the staged orders with lines, stored with lines, that meet {@code
   * which} and whose lines are ({@code linesAre}) the stored ones.
   */
  private static String linesAgainstStored(String which, String linesAre) {
    return linesAgainstStored(which, linesAre, true);
  }

  /** {@link #linesAgainstStored(String, String)}; {@code stored}: only orders stored with lines. */
  private static String linesAgainstStored(String which, String linesAre, boolean stored) {
    return " SELECT excluded.order_id FROM "
        + TABLE
        + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
        + " WHERE excluded.kind = 'o' AND "
        + which
        + " AND excluded.order_id IN (SELECT order_id FROM "
        + LINE_SETS
        + (stored ? " WHERE stored IS NOT NULL AND file " : " WHERE file ")
        + linesAre
        + " stored)";
  }

  /**
   * Whether the staged order {@code excluded} has lines other than the stored order's (none stored
   * included): what an older export would have changed ({@link Snapshots#statesOtherwise}). An
   * uncorrelated IN on {@link #LINE_SETS}: one hashed read of it, not a lookup per order.
   */
  private static String linesOtherwiseSql() {
    return "excluded.order_id IN (SELECT order_id FROM "
        + LINE_SETS
        + " WHERE file IS DISTINCT FROM stored)";
  }

  /**
   * Each staged order's lines and the stored order's, side by side, for the statements that compare
   * them ({@link #tiedSql}, {@link #linesOtherwiseSql}): the stage's lines aggregated once by order
   * and the stored lines of those orders once by order, joined (null {@code stored}: none stored),
   * one row per order with staged lines. Before (pg27), each of the three statements read both
   * sides with two correlated subqueries per staged order; a 100,000-order re-import's same-lines
   * statement alone took 12.8 s on the server.
   */
  private static final String LINE_SETS = "pg_temp.shopops_stage_line_sets";

  private static void lineSets(Statement st) throws SQLException {
    st.executeUpdate("DELETE FROM " + LINE_SETS);
    st.executeUpdate(
        "INSERT INTO "
            + LINE_SETS
            + " SELECT f.order_id, f.lines, s.lines FROM (SELECT l.order_id,"
            + " array_agg(ROW(l.sku, l.title, l.quantity, l.unit_price, l.l_amount,"
            + " l.item_id)::text ORDER BY l.line_no) AS lines FROM "
            + TABLE
            + " l WHERE l.kind = 'l' GROUP BY l.order_id) f LEFT JOIN (SELECT l.order_id,"
            + " array_agg(ROW(l.sku, l.title, l.quantity::BIGINT, l.unit_price::BIGINT,"
            + " l.amount::BIGINT, l.item_id)::text ORDER BY l.line_no) AS lines FROM order_lines l"
            + " WHERE l.order_id IN (SELECT order_id FROM "
            + TABLE
            + " WHERE kind = 'l') GROUP BY l.order_id) s ON s.order_id = f.order_id");
    st.execute("ANALYZE " + LINE_SETS);
  }

  /** The line-items rows whose lines replace other stored ones ({@link #linesRowsSql}), by line. */
  private static java.util.Map<String, Long> linesReplaced(Statement st) throws SQLException {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT s.order_id, s.src_line FROM "
                + TABLE
                + " s WHERE s.kind = 'o' AND s.order_id IN ("
                + linesRowsSql("IS DISTINCT FROM")
                + ")")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /** The tied orders that take the file's money with its lines ({@link SnapshotTies#follows}). */
  private java.util.Map<String, SnapshotTies.Money> follows = new java.util.HashMap<>();

  /**
   * A tied order as {@link #mergeTied} reads it: the staged row's file line, the stored and the
   * file's money, whether the file is not known to be older than the stored export, the stored
   * refund, and the file's discount and shipping fee ({@link SameSnapshotLines#moneyWhole}).
   */
  private record Tied(
      long line,
      SnapshotTies.Money stored,
      SnapshotTies.Money file,
      boolean notOlder,
      long refunded,
      Long discount,
      Long shippingFee,
      Long linesExported,
      Long fileExported) {}

  /** The lines the tied orders take ({@link SameSnapshotLines}), by id; records what was kept. */
  private java.util.Map<String, List<OrderLine>> mergeTied(Statement st) throws SQLException {
    java.util.Map<String, List<OrderLine>> file = new java.util.HashMap<>();
    java.util.Map<String, Tied> tied = new java.util.LinkedHashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT s.order_id, s.line_no, s.sku, s.title, s.quantity, s.unit_price, s.l_amount,"
                + " s.kind, s.src_line, s.amount, o.amount, coalesce(o.refunded, 0), s.item_id,"
                + " s.amount_derived, s.total, s.total_derived, o.amount_derived, o.total,"
                + " o.exported_at, s.discount, s.shipping_fee, o.total_derived,"
                + " CASE WHEN s.kind = 'o' THEN "
                + Snapshots.linesExported("o")
                + " END, s.exported_at FROM "
                + TABLE
                + " s JOIN "
                + TIED
                + " t ON t.order_id = s.order_id JOIN orders o ON o.order_id = s.order_id"
                + " WHERE s.kind IN ('o', 'l') ORDER BY s.order_id, s.line_no")) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (rs.getString(8).equals("o")) {
          tied.put(
              id,
              new Tied(
                  rs.getLong(9),
                  new SnapshotTies.Money(
                      OrderQueries.getLong(rs, 11),
                      rs.getLong(17),
                      OrderQueries.getLong(rs, 18),
                      rs.getLong(22)),
                  new SnapshotTies.Money(
                      OrderQueries.getLong(rs, 10),
                      rs.getLong(14),
                      OrderQueries.getLong(rs, 15),
                      rs.getLong(16)),
                  // not known to be older than the stored export (SnapshotTies' rule)
                  !Snapshots.linesExportedEarlier(
                      OrderQueries.getLong(rs, 24), OrderQueries.getLong(rs, 19)),
                  rs.getLong(12),
                  OrderQueries.getLong(rs, 20),
                  OrderQueries.getLong(rs, 21),
                  OrderQueries.getLong(rs, 23),
                  OrderQueries.getLong(rs, 24)));
          continue;
        }
        file.computeIfAbsent(id, k -> new ArrayList<>()).add(SnapshotTies.line(rs));
      }
    }
    if (tied.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<String, List<OrderLine>> stored = SnapshotTies.lines(conn, tied.keySet());
    java.util.Map<String, List<OrderLine>> out = new java.util.HashMap<>();
    List<OrderWriter.Kept> more = new ArrayList<>(kept);
    for (java.util.Map.Entry<String, Tied> e : tied.entrySet()) {
      String id = e.getKey();
      Tied t = e.getValue();
      List<OrderLine> before = stored.getOrDefault(id, List.of());
      List<OrderLine> lines = file.getOrDefault(id, List.of());
      if (Snapshots.linesExportedEarlier(t.fileExported(), t.linesExported())
          && !before.equals(lines)) {
        // stored lines of a known export time against an order file of unknown (or earlier) time:
        // kept with the money and said as older lines only, as SnapshotTies does on SQLite
        more.removeIf(k -> k.orderId().equals(id) && !k.refund());
        more.add(
            OrderWriter.Kept.olderLines(
                id, t.line(), t.linesExported(), t.fileExported(), lines.size()));
        continue;
      }
      SameSnapshotLines.Merged m =
          SameSnapshotLines.merged(
              before,
              lines,
              t.stored().amount(),
              t.file().amount(),
              SameSnapshotLines.wholeOrders(source)
                  && t.file().amountKind() == com.shopops.domain.order.PaidTotal.READ
                  && SameSnapshotLines.moneyWhole(
                      t.file().amount(), t.discount(), t.shippingFee(), t.file().total()));
      if (m.changed()) {
        out.put(id, m.lines());
        mergedAt.put(id, t.line());
      }
      SnapshotTies.Money follow = SnapshotTies.follows(m, t.stored(), t.file(), t.notOlder());
      if (follow != null) {
        follows.put(id, follow);
        mergedAt.put(id, t.line());
        if (!m.keptMore()) {
          // the money kept over the file's (keptSql) is the file's now: nothing kept
          more.removeIf(k -> k.orderId().equals(id) && !k.refund());
        }
      }
      if (m.keptMore()) {
        more.removeIf(k -> k.orderId().equals(id));
        more.add(
            new OrderWriter.Kept(
                id,
                t.line(),
                false,
                t.stored().amount(),
                t.file().amount(),
                before.size(),
                lines.size(),
                t.refunded(),
                t.refunded()));
      }
    }
    // never below what was refunded (tryout30b B2): the stored money stays, and it is said
    java.util.Map<String, Long> lineOf = new java.util.HashMap<>();
    java.util.Map<String, Long> storedAmount = new java.util.HashMap<>();
    for (String id : follows.keySet()) {
      lineOf.put(id, tied.get(id).line());
      storedAmount.put(id, tied.get(id).stored().amount());
    }
    for (OrderWriter.Kept k : SnapshotTies.belowRefunded(conn, follows, lineOf, storedAmount)) {
      more.add(k);
      if (!out.containsKey(k.orderId())) {
        mergedAt.remove(k.orderId()); // nothing of it changed
      }
    }
    kept = more;
    return out;
  }

  /**
   * The staged orders that an older export's row fills blanks of ({@link OrderSql#OLDER_FILLS}),
   * with what it fills: {@link SnapshotTies}'s in SQL.
   */
  private static List<OrderWriter.Kept> filledSql(Statement st) throws SQLException {
    StringBuilder cols = new StringBuilder();
    java.util.StringJoiner any = new java.util.StringJoiner(" OR ", "(", ")");
    for (String c : OrderSql.OLDER_FILLS) {
      String blank = "(orders." + c + " IS NULL AND excluded." + c + " IS NOT NULL)";
      cols.append(", ").append(blank);
      any.add(blank);
    }
    List<OrderWriter.Kept> out = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line"
                + cols
                + " FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND "
                + OrderSql.olderExport(Dialect.POSTGRESQL)
                + " AND "
                + any
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < OrderSql.OLDER_FILLS.size(); i++) {
          if (rs.getBoolean(3 + i)) {
            filled.add(OrderSql.OLDER_FILLS.get(i));
          }
        }
        out.add(OrderWriter.Kept.filled(rs.getString(1), rs.getLong(2), filled));
      }
    }
    return out;
  }

  /**
   * The staged orders whose stored snapshot keeps its money or refund over theirs ({@link
   * SnapshotTies}): the same status and times with a smaller refund, or the same snapshot with less
   * money of the same kind.
   */
  private static List<OrderWriter.Kept> keptSql(Statement st) throws SQLException {
    // parenthesised whole: "NOT " + same must negate both (tryout26a A2: NOT binds tighter than
    // AND, so an older snapshot at another status with other times was never said older-refund)
    String same =
        "(("
            + OrderStatusSql.rank("excluded.status")
            + ") = ("
            + OrderStatusSql.rank("orders.status")
            + ") AND "
            + Snapshots.latestDiff(Dialect.POSTGRESQL)
            + " = 0)";
    String er = "coalesce(excluded.refunded, 0)";
    String or = "coalesce(orders.refunded, 0)";
    List<OrderWriter.Kept> out = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, "
                + er
                + " < "
                + or
                + ", orders.amount, excluded.amount, "
                + or
                + ", "
                + er
                + ", "
                + Snapshots.EXPORTED_EARLIER
                + ", orders.exported_at, excluded.exported_at FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + Snapshots.REFUND_MENDED
                + " AND NOT "
                + Snapshots.LINES_REPLACE
                + " AND "
                + same
                + " AND ("
                + er
                + " < "
                + or
                + " OR ("
                + er
                + " = "
                + or
                + " AND (("
                + Snapshots.EXPORTED_EARLIER
                + " AND ("
                + Snapshots.statesOtherwiseSql()
                + " OR "
                + linesOtherwiseSql()
                + ")) OR (NOT "
                + Snapshots.EXPORTED_APART
                + " AND ((orders.amount > excluded.amount AND orders.amount_derived ="
                + " excluded.amount_derived) OR (orders.total > excluded.total AND"
                + " orders.total_derived = excluded.total_derived))))))"
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        if (!rs.getBoolean(3) && rs.getBoolean(8)) {
          out.add(
              OrderWriter.Kept.olderExport(
                  rs.getString(1),
                  rs.getLong(2),
                  OrderQueries.getLong(rs, 9),
                  OrderQueries.getLong(rs, 10)));
          continue;
        }
        out.add(
            new OrderWriter.Kept(
                rs.getString(1),
                rs.getLong(2),
                rs.getBoolean(3),
                OrderQueries.getLong(rs, 4),
                OrderQueries.getLong(rs, 5),
                0,
                0,
                rs.getLong(6),
                rs.getLong(7)));
      }
    }
    // a stored refund above the order's total, the file's not: the file's replaces it, and said
    // (tryout21 Z7), as SnapshotTies does on SQLite
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, orders.refunded, "
                + OrderMoney.total("orders.total", "orders.amount", "orders.shipping_fee")
                + ", excluded.refunded FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND "
                + Snapshots.REFUND_MENDED
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        out.add(
            OrderWriter.Kept.refundMended(
                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      }
    }
    // an older snapshot (a lower status, earlier times) without the refund the store holds: kept,
    // and said (tryout17 U10), as SnapshotTies does on SQLite
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, "
                + or
                + ", "
                + er
                + " FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + same
                + " AND NOT "
                + Snapshots.newerSql(Dialect.POSTGRESQL)
                + " AND NOT "
                + Snapshots.linesOnlySql("excluded")
                + " AND "
                + er
                + " < "
                + or
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        out.add(
            OrderWriter.Kept.olderSnapshotRefund(
                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
      }
    }
    // a line-items file exported before the stored lines: its lines kept out, named where they
    // differ (items27) with the stored lines' export time, as SnapshotTies does on SQLite
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, "
                + Snapshots.LINES_EXPORTED
                + ", excluded.exported_at, (SELECT count(*) FROM "
                + TABLE
                + " l WHERE l.kind = 'l' AND l.order_id = excluded.order_id) FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + same
                + " AND NOT "
                + Snapshots.REFUND_MENDED
                + " AND "
                + Snapshots.linesOnlySql("excluded")
                + " AND "
                + Snapshots.LINES_EXPORTED_EARLIER
                + " AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.order_id)"
                + " AND "
                + linesOtherwiseSql()
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        out.add(
            OrderWriter.Kept.olderLines(
                rs.getString(1),
                rs.getLong(2),
                OrderQueries.getLong(rs, 3),
                OrderQueries.getLong(rs, 4),
                rs.getInt(5)));
      }
    }
    // an older export saying not shipped yet an order the store holds shipped (closing note 21)
    try (ResultSet rs =
        st.executeQuery(
            "SELECT excluded.order_id, excluded.src_line, orders.tracking_no FROM "
                + TABLE
                + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
                + " WHERE excluded.kind = 'o' AND NOT "
                + Snapshots.newerSql(Dialect.POSTGRESQL)
                + " AND NOT "
                + er
                + " < "
                + or
                + " AND "
                + Snapshots.unshippedOfShippedSql()
                + " ORDER BY excluded.seq")) {
      while (rs.next()) {
        out.add(OrderWriter.Kept.olderStatus(rs.getString(1), rs.getLong(2), rs.getString(3)));
      }
    }
    return out;
  }
}
