package com.shopops.store;

import static com.shopops.store.Binds.setInstant;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.Phones;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes customers with an idempotent upsert. From a customer list the new values win where they
 * are given; from an order export ({@code fillOnly}) they only fill what the store does not know,
 * so a buyer's profile from a customer list is never overwritten by a shipping name.
 */
public final class CustomerWriter {
  private static final String[] COLUMNS = {
    "customer_id",
    "name",
    "phone",
    "email",
    "province",
    "city",
    "region",
    "registered_at",
    "accepts_marketing",
    "import_id"
  };

  private final Connection conn;
  private final long importId;
  private final boolean fillOnly;
  private final List<Customer> pending = new ArrayList<>();
  private PreparedStatement fullBatch;
  private PreparedStatement storedMany;
  private long before = -1;
  private long written;
  private long changes;
  // from a customer list: the customers of the file and those it changed, each counted once
  // however many rows (or batches) it has
  private final SeenIds allIds = new SeenIds();
  private final SeenIds changedIds = new SeenIds();

  /**
   * A customer list with a customer on rows of different batches (Olist: one row per order) may
   * change a stored customer and change it back: the stored values of the customers a batch changed
   * at first sight, and the ids seen again, so that {@link #finish} counts as updated only those
   * whose values differ from what they were before the import.
   */
  private final Map<String, List<Object>> original = new HashMap<>();

  private final Set<String> seenAgain = new HashSet<>();

  /**
   * On PostgreSQL, a customer list's rows go with COPY into a stage ({@link PgStage}), merged with
   * one upsert when a customer comes again or at the end of the file; null on SQLite.
   */
  private final PgStage pgStage;

  /** The stored values of the staged customers seen first in the file, for {@link #original}. */
  private final Map<String, List<Object>> stagedStored = new HashMap<>();

  CustomerWriter(ImportSession session) {
    this(session, false);
  }

  CustomerWriter(ImportSession session, boolean fillOnly) {
    this.conn = session.connection();
    this.importId = session.importId();
    this.fillOnly = fillOnly;
    this.pgStage =
        !fillOnly && Dialect.of(conn) == Dialect.POSTGRESQL
            ? PgStage.of(
                conn,
                "customer",
                "customer_id TEXT, name TEXT, phone TEXT, email TEXT, province TEXT, city TEXT,"
                    + " region TEXT, registered_at BIGINT, accepts_marketing INTEGER,"
                    + " import_id BIGINT",
                String.join(", ", COLUMNS))
            : null;
  }

  public void add(Customer c) throws SQLException {
    if (before < 0) {
      before = count();
    }
    pending.add(c);
    if (pending.size() == OrderWriter.BATCH) {
      flush();
    }
  }

  private long count() throws SQLException {
    try (Statement st = conn.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM customers")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    // one customer may appear twice in a batch (two orders of one buyer): keep the last
    List<Customer> batch = dedupe(pending);
    if (!fillOnly && before != 0) {
      batch = keepStoredPhones(batch);
    }
    if (pgStage != null) {
      stage(batch);
      return;
    }
    boolean full = batch.size() == OrderWriter.BATCH;
    if (full && fullBatch == null) {
      fullBatch = conn.prepareStatement(sql(OrderWriter.BATCH)); // prepared once, not per batch
    }
    PreparedStatement ps = full ? fullBatch : conn.prepareStatement(sql(batch.size()));
    try {
      int p = 1;
      for (Customer c : batch) {
        ps.setString(p++, c.customerId());
        ps.setString(p++, c.name());
        ps.setString(p++, c.phone());
        ps.setString(p++, c.email());
        ps.setString(p++, c.province());
        ps.setString(p++, c.city());
        ps.setString(p++, c.region());
        setInstant(ps, p++, c.registeredAt());
        if (c.acceptsMarketing() == null) {
          ps.setNull(p++, Types.INTEGER);
        } else {
          ps.setInt(p++, c.acceptsMarketing() ? 1 : 0);
        }
        ps.setLong(p++, importId);
      }
      if (fillOnly) {
        changes += ps.executeUpdate();
      } else {
        List<String> firstSight = new ArrayList<>();
        for (Customer c : batch) {
          if (allIds.addAndCheck(c.customerId())) {
            seenAgain.add(c.customerId());
          } else {
            firstSight.add(c.customerId());
          }
        }
        // into a store without customers (a first load) a customer first seen in the file is new:
        // nothing stored to read
        Map<String, List<Object>> stored = before == 0 ? Map.of() : stored(firstSight);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            changedIds.addAndCheck(id);
            List<Object> was = stored.get(id);
            if (was != null) {
              original.put(id, was);
            }
          }
        }
      }
      written += batch.size();
    } finally {
      if (!full) {
        ps.close();
      }
    }
    pending.clear();
  }

  /**
   * PostgreSQL: the batch's customers staged with COPY, the stage merged first if one of them is
   * staged already; what the row batch reads before its upsert is read here before staging.
   */
  private void stage(List<Customer> batch) throws SQLException {
    List<String> firstSight = new ArrayList<>();
    boolean again = false;
    for (Customer c : batch) {
      again |= pgStage.has(c.customerId());
      if (allIds.addAndCheck(c.customerId())) {
        seenAgain.add(c.customerId());
      } else {
        firstSight.add(c.customerId());
      }
    }
    if (again) {
      mergeStage();
    }
    stagedStored.putAll(stored(firstSight));
    pgStage.fill(
        batch,
        c ->
            pgStage
                .row(c.customerId())
                .field(c.customerId())
                .field(c.name())
                .field(c.phone())
                .field(c.email())
                .field(c.province())
                .field(c.city())
                .field(c.region())
                .field(c.registeredAt() == null ? null : c.registeredAt().getEpochSecond())
                .field(c.acceptsMarketing())
                .field(importId)
                .endRow());
    written += batch.size();
    pending.clear();
  }

  /** PostgreSQL: the staged customers upserted at once, the changed ones noted as a batch does. */
  private void mergeStage() throws SQLException {
    String cols = String.join(", ", COLUMNS);
    pgStage.merge(
        "INSERT INTO customers ("
            + cols
            + ") SELECT "
            + cols
            + " FROM "
            + pgStage.table()
            + " ORDER BY seq"
            + conflict(false)
            + " RETURNING customer_id",
        rs -> {
          String id = rs.getString(1);
          changedIds.addAndCheck(id);
          List<Object> was = stagedStored.get(id);
          if (was != null) {
            original.put(id, was);
          }
        });
    stagedStored.clear();
  }

  /**
   * A customer list's phone that is the stored one with only its {@code +} lost ({@code
   * 34612345678}: Excel read {@code +34612345678} as a number) is the same number: the stored one
   * stays ({@link Phones#lostItsPlus}, review17 R9).
   */
  private List<Customer> keepStoredPhones(List<Customer> batch) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (Customer c : batch) {
      if (c.phone() != null && !c.phone().startsWith("+")) {
        ids.add(c.customerId());
      }
    }
    if (ids.isEmpty()) {
      return batch;
    }
    Map<String, String> storedPhone = new HashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT customer_id, phone FROM customers WHERE phone IS NOT NULL AND customer_id IN ("
                + "?,".repeat(ids.size() - 1)
                + "?)")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          storedPhone.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    List<Customer> out = new ArrayList<>(batch.size());
    for (Customer c : batch) {
      String was = storedPhone.get(c.customerId());
      out.add(
          Phones.lostItsPlus(was, c.phone())
              ? new Customer(
                  c.customerId(),
                  c.name(),
                  was,
                  c.email(),
                  c.province(),
                  c.city(),
                  c.region(),
                  c.registeredAt(),
                  c.acceptsMarketing())
              : c);
    }
    return out;
  }

  /**
   * One customer may appear on several rows of a batch (two orders of one buyer, a customers file
   * with a row per address): merged field by field, the later row's value winning where it has one
   * and a blank never erasing what an earlier row gave (name, phone, consent…).
   */
  private static List<Customer> dedupe(List<Customer> list) {
    java.util.LinkedHashMap<String, Customer> byId = new java.util.LinkedHashMap<>();
    for (Customer c : list) {
      Customer before = byId.remove(c.customerId());
      if (before != null) {
        c =
            new Customer(
                c.customerId(),
                or(c.name(), before.name()),
                or(c.phone(), before.phone()),
                or(c.email(), before.email()),
                or(c.province(), before.province()),
                or(c.city(), before.city()),
                or(c.region(), before.region()),
                or(c.registeredAt(), before.registeredAt()),
                or(c.acceptsMarketing(), before.acceptsMarketing()));
      }
      byId.put(c.customerId(), c);
    }
    return new ArrayList<>(byId.values());
  }

  /** The stored values (all but the import id) of these customers, by id. */
  private Map<String, List<Object>> stored(List<String> ids) throws SQLException {
    Map<String, List<Object>> rows = new HashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    if (storedMany == null) { // prepared once: a batch's ids, the rest of the marks null
      String cols = String.join(", ", Arrays.asList(COLUMNS).subList(0, COLUMNS.length - 1));
      storedMany =
          conn.prepareStatement(
              "SELECT "
                  + cols
                  + " FROM customers WHERE customer_id IN ("
                  + "?,".repeat(OrderWriter.BATCH - 1)
                  + "?)");
    }
    for (int i = 0; i < OrderWriter.BATCH; i++) {
      storedMany.setString(i + 1, i < ids.size() ? ids.get(i) : null); // IN (NULL) matches none
    }
    try (ResultSet rs = storedMany.executeQuery()) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c < COLUMNS.length; c++) {
          row.add(rs.getObject(c));
        }
        rows.put(rs.getString(1), row);
      }
    }
    return rows;
  }

  /** Customers changed and changed back by later rows of the file: in the end not updated. */
  private long changedBack() throws SQLException {
    List<String> ids = new ArrayList<>();
    for (String id : seenAgain) {
      if (original.containsKey(id)) {
        ids.add(id);
      }
    }
    long back = 0;
    for (int from = 0; from < ids.size(); from += OrderWriter.BATCH) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + OrderWriter.BATCH));
      for (Map.Entry<String, List<Object>> e : stored(part).entrySet()) {
        if (e.getValue().equals(original.get(e.getKey()))) {
          back++;
        }
      }
    }
    return back;
  }

  private void closeStored() throws SQLException {
    if (storedMany != null) {
      storedMany.close();
      storedMany = null;
    }
  }

  private static <T> T or(T later, T earlier) {
    return later != null ? later : earlier;
  }

  private String sql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO customers (");
    sb.append(String.join(", ", COLUMNS)).append(") VALUES ");
    String one = "(" + "?,".repeat(COLUMNS.length - 1) + "?)";
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    sb.append(conflict(fillOnly));
    // a customer list asks which rows it inserted or changed, to count customers, not rows
    return fillOnly ? sb.toString() : sb.append(" RETURNING customer_id").toString();
  }

  /**
   * What an imported customer does to the stored one of the same id: from a customer list the new
   * values win where given; from an order export ({@code fillOnly}) they only fill blanks, except a
   * withdrawn consent, which always applies. An update only when something changed.
   */
  static String conflict(boolean fillOnly) {
    StringBuilder sb = new StringBuilder(" ON CONFLICT (customer_id) DO UPDATE SET ");
    StringJoiner set = new StringJoiner(", ");
    StringJoiner changed = new StringJoiner(" OR ");
    for (String c : COLUMNS) {
      if (c.equals("customer_id") || c.equals("import_id")) {
        continue;
      }
      String merged;
      if (fillOnly && c.equals("accepts_marketing")) {
        // an order's consent is the buyer's word at checkout, which may be older than the stored
        // one: a "no" is always honoured, a "yes" only fills an unknown, so re-importing an old
        // order export never subscribes again a buyer who withdrew (review12 L11)
        merged =
            "CASE WHEN excluded.accepts_marketing = 0 THEN 0"
                + " ELSE coalesce(customers.accepts_marketing, excluded.accepts_marketing) END";
      } else if (fillOnly) {
        merged = "coalesce(customers." + c + ", excluded." + c + ")";
      } else {
        merged = "coalesce(excluded." + c + ", customers." + c + ")";
      }
      set.add(c + " = " + merged);
      changed.add("customers." + c + " IS DISTINCT FROM " + merged);
    }
    set.add("import_id = excluded.import_id");
    return sb.append(set).append(" WHERE ").append(changed).toString();
  }

  /**
   * Writes what is left and returns inserted / updated / unchanged and the customers written, each
   * customer counted once however many rows of the file it has.
   */
  public long[] finish() throws SQLException {
    flush();
    if (pgStage != null) {
      mergeStage();
    }
    if (fullBatch != null) {
      fullBatch.close();
      fullBatch = null;
    }
    if (before < 0) {
      closeStored();
      return new long[] {0, 0, 0, 0};
    }
    long inserted = count() - before;
    if (fillOnly) {
      return new long[] {inserted, changes - inserted, written - changes, written};
    }
    long changed = changedIds.size() - changedBack();
    closeStored();
    return new long[] {inserted, changed - inserted, allIds.size() - changed, allIds.size()};
  }
}
