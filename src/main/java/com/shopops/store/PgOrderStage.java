package com.shopops.store;

import com.shopops.domain.customers.Customer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** Order columns holding text; the others are numbers (times as epoch seconds, money, flags). */
  private static final Set<String> TEXT =
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
          "region");

  /** Below this many staged rows the stage is emptied with DELETE, else with TRUNCATE. */
  private static final int TRUNCATE_ROWS = 10_000;

  private static final String BUYER_COLUMNS = "b_name, b_phone, b_email, b_consent";
  private static final String LINE_COLUMNS = "line_no, sku, title, quantity, unit_price, l_amount";

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

  PgOrderStage(Connection conn, long importId, String source) {
    this.conn = conn;
    this.importId = importId;
    this.source = source;
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

  private String currencyOfNew;

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
    if (copy == null) {
      create();
      copy =
          PgCopy.start(
              conn,
              TABLE,
              "seq, batch, kind, " + orderColumns() + ", " + BUYER_COLUMNS + ", " + LINE_COLUMNS);
    }
    long b = batchNo++;
    for (Customer c : batch.buyers()) {
      Object[] row = new Object[OrderBatch.ORDER_BOUND];
      row[1] = c.customerId();
      row[16] = c.province();
      row[17] = c.city();
      row[18] = c.region();
      put(b, "c", row, new Object[] {c.name(), c.phone(), c.email(), c.acceptsMarketing()}, null);
      buyers++;
    }
    for (Object[] o : batch.orders()) {
      put(b, "o", o, null, null);
      orders++;
    }
    for (Object[] l : batch.lines()) {
      Object[] row = new Object[OrderBatch.ORDER_BOUND];
      row[0] = l[0];
      put(b, "l", row, null, java.util.Arrays.copyOfRange(l, 1, l.length));
      lines++;
    }
  }

  private void put(long batch, String kind, Object[] order, Object[] buyer, Object[] line)
      throws SQLException {
    copy.field(seq++).field(batch).field(kind);
    for (int c = 0; c < OrderBatch.ORDER_BOUND; c++) {
      copy.field(order[c]);
    }
    for (int c = 0; c < 4; c++) {
      copy.field(buyer == null ? null : buyer[c]);
    }
    for (int c = 0; c < 6; c++) {
      copy.field(line == null ? null : line[c]);
    }
    copy.endRow();
  }

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
        .add("l_amount BIGINT");
    try (Statement st = conn.createStatement()) {
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS " + name(TABLE) + " (" + cols + ") ON COMMIT DROP");
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + name(OLDER)
              + " (order_id TEXT COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP");
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
    pause();
    if (staged == 0) {
      return new Merged(0, 0, 0);
    }
    long changes;
    long linesWritten = 0;
    try (Statement st = conn.createStatement()) {
      if (buyers > 0) {
        st.executeUpdate(buyersSql());
      }
      boolean older = !bulk && lines > 0;
      if (older) {
        st.executeUpdate("DELETE FROM " + OLDER);
        st.executeUpdate(olderSql());
      }
      // The first merge into an empty store (a first import): every order is new and comes once,
      // so no lookup of a stored one for the currency, no conflict to resolve, and no sort by seq
      // (the stage is read in the order it was written). Otherwise the sort stays: it also has
      // every lookup of the SELECT run before the first row is inserted. Server CPU of this
      // statement at 1M orders: 21.7 s with them and V010's per-row marks, 11.4 s without them
      // and with V020's marks per statement.
      boolean allNew = bulk && !mergedBefore;
      changes =
          st.executeUpdate(
              "INSERT INTO orders ("
                  + String.join(", ", OrderBatch.COLUMNS)
                  + ") SELECT "
                  + selectedColumns(allNew)
                  + ", '"
                  + source.replace("'", "''")
                  + "', "
                  + importId
                  + " FROM "
                  + TABLE
                  + " s WHERE kind = 'o'"
                  + (allNew ? "" : " ORDER BY seq" + OrderSql.conflict(Dialect.POSTGRESQL)));
      mergedBefore = true;
      if (lines > 0) {
        String notOlder = older ? " AND order_id NOT IN (SELECT order_id FROM " + OLDER + ")" : "";
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
                    + " amount, import_id) SELECT order_id, line_no, sku, title, quantity,"
                    + " unit_price, l_amount, "
                    + importId
                    + " FROM "
                    + TABLE
                    + " WHERE kind = 'l'"
                    + notOlder
                    // read in the order staged, no sort; into an empty store nothing to conflict
                    // with: server CPU at 1M lines 12.6 s (sorted, upsert) -> 6.9 s
                    + (allNew ? "" : OrderSql.LINES_CONFLICT));
      }
      st.executeUpdate((staged < TRUNCATE_ROWS ? "DELETE FROM " : "TRUNCATE ") + TABLE);
    }
    Merged m = new Merged(changes, linesWritten, lines - linesWritten);
    staged = 0;
    orders = 0;
    lines = 0;
    buyers = 0;
    return m;
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
   * The staged orders with lines whose stored snapshot (with lines) is newer: an older export's
   * line items never replace a newer one's ({@link OrderBatch#linesNotOlderThan}).
   */
  private static String olderSql() {
    return "INSERT INTO "
        + OLDER
        + " SELECT excluded.order_id FROM "
        + TABLE
        + " AS excluded JOIN orders ON orders.order_id = excluded.order_id"
        + " WHERE excluded.kind = 'o' AND excluded.order_id IN (SELECT order_id FROM "
        + TABLE
        + " WHERE kind = 'l') AND EXISTS (SELECT 1 FROM order_lines l"
        + " WHERE l.order_id = orders.order_id) AND NOT "
        + Snapshots.newerSql(Dialect.POSTGRESQL);
  }

  /** Abandons a COPY under way (the import is rolled back). */
  void cancel() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }

  /** What a merge did: order rows inserted or changed, lines written, lines kept out as older. */
  record Merged(long changes, long linesWritten, long olderLines) {}
}
