package com.shopops.store;

import com.shopops.domain.metrics.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes raw events compactly: visitor ids are interned into {@code visitors} (text → integer) and
 * events are inserted with {@code ON CONFLICT DO NOTHING}, so a re-import of the same events adds
 * nothing. Every line is one event: the n-th line of a file with the same time, visitor, type and
 * SKU gets seq n-1 (two page views in one second are two), among the last {@value #RECENT} keys
 * seen. New visitors are numbered in the order they first appear in the file. The inserted events
 * come back ({@code RETURNING}) to be added to the visitors of their day ({@link VisitorDays}), in
 * this import's transaction.
 *
 * <p>On SQLite the writer numbers the visitors itself: the numbers it has met are held in a compact
 * table ({@link VisitorNumbers}, flat memory), the others looked up {@value #BATCH} at a time in
 * the store (not at all while the store had no visitors before the import and the table forgot
 * none), and new ones written with the next number ({@code max(visitor) + 1}, what SQLite would
 * give them); then {@value #BATCH} events go into {@code events} with one multi-row INSERT of their
 * numbers. One probe of the visitors' text index per visitor of the file instead of one or two per
 * event, and no stage (10,000,000 events: 1,249,586 visitors; docs/benchmarks.md, session of
 * 2026-12-06 (15)).
 *
 * <p>On PostgreSQL {@value #PG_BATCH} events at a time go into a temporary staging table with one
 * COPY; their new visitors are interned and the events inserted with one statement each, each
 * visitor's number looked up inside the database by the visitors' index.
 */
public final class EventWriter {
  static final int BATCH = 500;

  /** How many events one intern and one insert move into {@code events} (PostgreSQL). */
  static final int APPLY = 8192;

  /**
   * On PostgreSQL the stage is filled with one COPY ({@link PgCopy}) instead of a multi-row INSERT,
   * and the batch is larger: each batch costs the same four round trips whatever its size.
   */
  static final int PG_BATCH = APPLY;

  /** The columns of one event in the SQLite insert (the import id is written into the SQL). */
  private static final int COLUMNS = 6;

  /** How many recent (time, visitor, type, sku) keys are remembered to number repeated lines. */
  static final int RECENT = 100_000;

  private final Connection conn;
  private final long importId;
  private final java.time.ZoneId zone;
  private final boolean pg;
  private final int batch;
  private final List<Event> pending;
  private final int[] seqs;

  /** How often each recent key was seen in this file: the next line with it gets that seq. */
  private final RecentKeys recent = new RecentKeys(RECENT);

  private boolean started;

  /** PostgreSQL: the stage's statements. */
  private PreparedStatement intern;

  private PreparedStatement insert;
  private PreparedStatement clear;

  /** SQLite: the visitor numbers met, and the statements that look up, add and insert. */
  private VisitorNumbers known;

  /** SQLite: the greatest visitor number stored; a new visitor gets the next. */
  private long lastVisitor;

  /** SQLite: whether the store had visitors before this import (a miss must then be looked up). */
  private boolean hadVisitors;

  private PreparedStatement findMany;
  private PreparedStatement addVisitor;
  private PreparedStatement insertFull;

  private VisitorDays.Additions days;
  private boolean daysCurrent;
  private long written;
  private long inserted;

  /** Events in the stage, not yet interned and inserted (PostgreSQL). */
  private int staged;

  EventWriter(ImportSession session) {
    this.conn = session.connection();
    this.importId = session.importId();
    this.zone = session.zone();
    this.pg = Dialect.of(conn) == Dialect.POSTGRESQL;
    this.batch = pg ? PG_BATCH : BATCH;
    this.pending = new ArrayList<>(batch);
    this.seqs = new int[batch];
  }

  public void add(Event e) throws SQLException {
    int seq =
        recent.see(
            RecentKeys.key(
                e.time().getEpochSecond(),
                e.visitorId(),
                e.type().code(),
                e.sku() == null ? "" : e.sku()));
    seqs[pending.size()] = seq;
    pending.add(e);
    if (pending.size() == batch) {
      flush();
    }
  }

  private void start() throws SQLException {
    if (started) {
      return;
    }
    started = true;
    daysCurrent = VisitorDays.current(conn);
    days = new VisitorDays.Additions(zone);
    if (!pg) {
      known = new VisitorNumbers();
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery("SELECT max(visitor) FROM visitors")) {
        rs.next();
        lastVisitor = rs.getLong(1);
        hadVisitors = rs.getObject(1) != null;
      }
      return;
    }
    Dialect d = Dialect.of(conn);
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + d.temp("event_stage"));
      st.execute(
          "CREATE TEMP TABLE event_stage (time INTEGER, visitor_id TEXT, type INTEGER,"
              + " sku TEXT, seq INTEGER, session TEXT, visitor INTEGER)");
    }
    String stage = d.temp("event_stage");
    // DISTINCT: the sequence draws a number for every row proposed, conflicting or not, so each
    // repeated visitor would leave one more gap
    intern =
        conn.prepareStatement(
            "INSERT INTO visitors (visitor_id) SELECT DISTINCT visitor_id FROM "
                + stage
                + " WHERE true ON CONFLICT (visitor_id) DO NOTHING");
    insert =
        conn.prepareStatement(
            "INSERT INTO events (time, visitor, type, sku, seq, session, import_id)"
                + " SELECT s.time, v.visitor, s.type, s.sku, s.seq, s.session, ?"
                + " FROM "
                + stage
                + " s"
                + d.orderedJoin()
                + " visitors v ON v.visitor_id = s.visitor_id"
                + " WHERE true ON CONFLICT DO NOTHING RETURNING time, visitor, type");
    clear = conn.prepareStatement("DELETE FROM " + stage);
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    start();
    if (pg) {
      copy();
      staged += pending.size();
      pending.clear();
      apply();
    } else {
      write();
      pending.clear();
    }
  }

  /** PostgreSQL: interns the staged events' visitors and inserts the events. */
  private void apply() throws SQLException {
    if (staged == 0) {
      return;
    }
    intern.executeUpdate();
    insert.setLong(1, importId);
    returned(insert);
    clear.executeUpdate();
    written += staged;
    staged = 0;
  }

  /** The inserted events the statement returns, added to their days' visitors. */
  private void returned(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        inserted++;
        if (daysCurrent) {
          days.add(rs.getLong(1), rs.getLong(2), rs.getInt(3));
        }
      }
    }
    if (daysCurrent) {
      days.writeIfLarge(conn);
    }
  }

  /** SQLite: the pending events' visitors numbered, the events inserted with one statement. */
  private void write() throws SQLException {
    int n = pending.size();
    long[] visitor = new long[n];
    Map<String, Long> missing = null; // the batch's visitors not held, in order of first sight
    for (int i = 0; i < n; i++) {
      String id = pending.get(i).visitorId();
      visitor[i] = known.get(id);
      if (visitor[i] < 0) {
        if (missing == null) {
          missing = new LinkedHashMap<>();
        }
        missing.put(id, -1L);
      }
    }
    if (missing != null) {
      number(missing);
      for (int i = 0; i < n; i++) {
        if (visitor[i] < 0) {
          visitor[i] = missing.get(pending.get(i).visitorId());
        }
      }
    }
    PreparedStatement ps;
    if (n == BATCH) {
      if (insertFull == null) {
        insertFull = conn.prepareStatement(insertSql(BATCH));
      }
      ps = insertFull;
    } else {
      ps = conn.prepareStatement(insertSql(n));
    }
    try {
      int p = 1;
      for (int i = 0; i < n; i++) {
        Event e = pending.get(i);
        ps.setLong(p++, e.time().getEpochSecond());
        ps.setLong(p++, visitor[i]);
        ps.setInt(p++, e.type().code());
        ps.setString(p++, e.sku() == null ? "" : e.sku());
        ps.setInt(p++, seqs[i]);
        ps.setString(p++, e.session());
      }
      returned(ps);
    } finally {
      if (ps != insertFull) {
        ps.close();
      }
    }
    written += n;
  }

  /**
   * SQLite: the numbers of these visitors (not held), looked up in the store where it may have
   * them, the others added with the next numbers in the order given.
   */
  private void number(Map<String, Long> missing) throws SQLException {
    if (hadVisitors || !known.holdsAll()) {
      if (findMany == null) { // a batch's ids, the rest of the marks null
        findMany =
            conn.prepareStatement(
                "SELECT visitor_id, visitor FROM visitors WHERE visitor_id IN ("
                    + "?,".repeat(BATCH - 1)
                    + "?)");
      }
      List<String> ids = new ArrayList<>(missing.keySet());
      for (int i = 0; i < BATCH; i++) {
        findMany.setString(i + 1, i < ids.size() ? ids.get(i) : null); // IN (NULL) matches none
      }
      try (ResultSet rs = findMany.executeQuery()) {
        while (rs.next()) {
          missing.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    if (addVisitor == null) {
      addVisitor =
          conn.prepareStatement("INSERT INTO visitors (visitor, visitor_id) VALUES (?, ?)");
    }
    boolean added = false;
    for (Map.Entry<String, Long> m : missing.entrySet()) {
      if (m.getValue() < 0) {
        m.setValue(++lastVisitor);
        addVisitor.setLong(1, lastVisitor);
        addVisitor.setString(2, m.getKey());
        addVisitor.addBatch();
        added = true;
      }
      known.put(m.getKey(), m.getValue());
    }
    if (added) {
      addVisitor.executeBatch();
    }
  }

  /** PostgreSQL: the batch into the stage with one COPY. */
  private void copy() throws SQLException {
    PgCopy copy =
        PgCopy.start(
            conn,
            Dialect.of(conn).temp("event_stage"),
            "time, visitor_id, type, sku, seq, session");
    try {
      int i = 0;
      for (Event e : pending) {
        copy.field(e.time().getEpochSecond())
            .field(e.visitorId())
            .field(e.type().code())
            .field(e.sku() == null ? "" : e.sku())
            .field(seqs[i++])
            .field(e.session())
            .endRow();
      }
      copy.end();
    } catch (SQLException | RuntimeException ex) {
      copy.cancel();
      throw ex;
    }
  }

  /** SQLite: the insert of {@code rows} events, the inserted ones returned. */
  private String insertSql(int rows) {
    String one = "(" + "?,".repeat(COLUMNS) + importId + ")";
    return "INSERT INTO events (time, visitor, type, sku, seq, session, import_id) VALUES "
        + String.join(",", Collections.nCopies(rows, one))
        + " ON CONFLICT DO NOTHING RETURNING time, visitor, type";
  }

  /** Writes what is left; returns inserted, updated (always 0), unchanged (already stored). */
  public long[] finish() throws SQLException {
    flush();
    if (started) {
      if (daysCurrent) {
        days.writeTo(conn);
      } else {
        VisitorDays.rebuild(conn, zone); // sets made before this import: make them all now
      }
      for (PreparedStatement ps :
          new PreparedStatement[] {intern, insert, clear, findMany, addVisitor, insertFull}) {
        if (ps != null) {
          ps.close();
        }
      }
      if (pg) {
        try (Statement st = conn.createStatement()) {
          st.execute("DROP TABLE IF EXISTS " + Dialect.of(conn).temp("event_stage"));
        }
      }
    }
    return new long[] {inserted, 0, written - inserted};
  }
}
