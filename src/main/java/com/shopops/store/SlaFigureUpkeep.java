package com.shopops.store;

import com.shopops.config.Config;
import com.shopops.config.SlaConfig;
import com.shopops.domain.sla.OrderSla;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.domain.sla.SlaClassifier;
import com.shopops.domain.sla.SlaNotes;
import com.shopops.domain.sla.SlaTally;
import com.shopops.store.SlaQueries.Read;
import com.shopops.store.SlaQueries.SlaRow;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps {@code sla_figures} (migration V035): the SLA report's tallies per local day of the orders'
 * clock × report day × carrier × province, each order classified as it ends ({@link
 * SlaClassifier#SETTLED}) under the store's shipping rules, with the instant from which that holds
 * ({@link SlaClassifier#settledFrom}). Triggers on orders and shipments mark the hours of the
 * orders a write touches; {@link #refresh}, inside every writing transaction before it commits,
 * classifies the orders of the marked days again from the raw rows (the same query and rules as
 * {@code sla report}). The rules the figures were made under are kept in the setting {@code
 * sla_figures.rules}: when the store's rules differ (a {@code config set} of an {@code sla.} key,
 * another zone), the next writing transaction builds the whole table again, and until then a reader
 * ({@link #read}) classifies the raw rows as before.
 */
public final class SlaFigureUpkeep {
  private SlaFigureUpkeep() {}

  /** The setting naming the rules the figures were made under. */
  static final String RULES = "sla_figures.rules";

  /** Changed when what a row holds or how it is made changes: figures made before are rebuilt. */
  private static final String FORMAT = "sla_figures 4"; // 4: tryout21 Z1, Z10

  private static final String COLUMNS =
      "kind, span_day, key_day, carrier, province, settled_at, counts, to_ship, to_deliver";

  /** The groupings kept: by the report's day (and week), by carrier, by province. */
  public enum Kind {
    DAY,
    CARRIER,
    PROVINCE;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final long DAY = 86_400;

  /** The rules in force, as a reader and the upkeep compare them; empty when they contradict. */
  private record Rules(String name, ShippingPolicy policy, boolean inferPaidAt, ZoneId zone) {}

  private static Optional<Rules> rules(Connection conn) throws SQLException {
    ZoneId zone =
        ZoneId.of(Settings.get(conn, Settings.ZONE).orElse(ZoneId.systemDefault().getId()));
    Map<String, String> stored = ConfigStore.read(conn);
    StringBuilder name = new StringBuilder(FORMAT).append('\n').append(zone.getId());
    stored.forEach(
        (k, v) -> {
          if (k.startsWith("sla.")) {
            name.append('\n').append(k).append('=').append(v);
          }
        });
    try {
      Config config = new Config(stored);
      return Optional.of(
          new Rules(
              name.toString(),
              SlaConfig.policy(config, zone),
              SlaConfig.infersPaidAt(config),
              zone));
    } catch (IllegalArgumentException contradiction) {
      return Optional.empty(); // the commands say so; the figures wait for rules that hold
    }
  }

  /**
   * One row of figures: the local day a period holds its orders by (null: none), the report's day
   * of them (null: none), their carrier and province, from when they are settled, and their tally.
   */
  public record Cell(
      Kind kind,
      Long spanDay,
      String keyDay,
      String carrier,
      String province,
      long settledAt,
      SlaTally tally,
      SlaNotes notes) {}

  /**
   * A cell's key. Not a record: a record's equals and hashCode go through method handles, slow
   * until compiled, and a first load looks up three keys per order (a fifth of the pass, cold).
   */
  private static final class Key {
    private final Kind kind;
    private final Long spanDay;
    private final String value;
    private final int hash;

    Key(Kind kind, Long spanDay, String value) {
      this.kind = kind;
      this.spanDay = spanDay;
      this.value = value;
      this.hash =
          (kind.ordinal() * 31 + (spanDay == null ? 0 : Long.hashCode(spanDay))) * 31
              + (value == null ? 0 : value.hashCode());
    }

    Kind kind() {
      return kind;
    }

    Long spanDay() {
      return spanDay;
    }

    String value() {
      return value;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.hash == hash
          && k.kind == kind
          && java.util.Objects.equals(k.spanDay, spanDay)
          && java.util.Objects.equals(k.value, value);
    }
  }

  /** Tallies of orders as they are read, per key. */
  private static final class Cells {
    private final Rules rules;
    private final Map<Key, Object[]> cells = new HashMap<>();

    Cells(Rules rules) {
      this.rules = rules;
    }

    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private String dayLabel;

    void add(SlaRow row, Long spanDay) {
      OrderSla sla = SlaClassifier.classify(row.shipment(), rules.policy(), SlaClassifier.SETTLED);
      long settled = SlaClassifier.settledFrom(sla).getEpochSecond();
      Instant clock = row.shipment().paidAt() != null ? row.shipment().paidAt() : row.createdAt();
      // the order's notes judged once, added to each of its three rows
      SlaNotes notes = new SlaNotes();
      notes.add(sla, rules.policy(), row.clockFromOrderTime(), row.inferredPaid());
      String day = clock == null ? null : label(clock);
      // rows come in order: most are of the last row's day cell, found without a key
      if (dayCell == null
          || day != dayCellLabel
          || !java.util.Objects.equals(spanDay, dayCellSpan)) {
        dayCell = cell(new Key(Kind.DAY, spanDay, day));
        dayCellLabel = day;
        dayCellSpan = spanDay;
      }
      add(dayCell, sla, settled, notes);
      add(cell(new Key(Kind.CARRIER, spanDay, row.shipment().carrier())), sla, settled, notes);
      add(cell(new Key(Kind.PROVINCE, spanDay, row.shipment().province())), sla, settled, notes);
    }

    /**
     * The last row's day cell, its report day (the very label {@link #label} gave) and span day.
     */
    private Object[] dayCell;

    private String dayCellLabel;
    private Long dayCellSpan;

    /** The report's day of an instant, remembering the last day's bounds (rows come in order). */
    private String label(Instant clock) {
      long t = clock.getEpochSecond();
      if (t < dayStart || t >= dayEnd) {
        LocalDate d = LocalDate.ofInstant(clock, rules.zone());
        dayStart = d.atStartOfDay(rules.zone()).toEpochSecond();
        dayEnd = d.plusDays(1).atStartOfDay(rules.zone()).toEpochSecond();
        dayLabel = d.toString();
      }
      return dayLabel;
    }

    private Object[] cell(Key key) {
      return cells.computeIfAbsent(
          key, k -> new Object[] {new long[] {0}, new SlaTally(), new SlaNotes()});
    }

    private static void add(Object[] cell, OrderSla sla, long settled, SlaNotes notes) {
      long[] s = (long[]) cell[0];
      s[0] = Math.max(s[0], settled);
      ((SlaTally) cell[1]).add(sla);
      ((SlaNotes) cell[2]).merge(notes);
    }

    List<Cell> cells() {
      List<Cell> out = new ArrayList<>();
      cells.forEach(
          (k, c) ->
              out.add(
                  new Cell(
                      k.kind(),
                      k.spanDay(),
                      k.kind() == Kind.DAY ? k.value() : null,
                      k.kind() == Kind.CARRIER ? k.value() : null,
                      k.kind() == Kind.PROVINCE ? k.value() : null,
                      ((long[]) c[0])[0],
                      (SlaTally) c[1],
                      (SlaNotes) c[2])));
      return out;
    }
  }

  /** The local epoch day of an instant in {@code zone}. */
  private static long day(long epochSecond, ZoneId zone) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone).toEpochDay();
  }

  private static Instant start(long epochDay, ZoneId zone) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
  }

  /** Classifies every order (those without a clock too) into cells. */
  private static List<Cell> classifyAll(Connection conn, Rules rules) throws SQLException {
    Cells cells = new Cells(rules);
    new SlaQueries(conn, rules.inferPaidAt())
        .inPeriod(null, null, false, Read.KEPT_FIGURES, spanSink(cells, rules.zone()));
    return cells.cells();
  }

  /**
   * Adds each row read to {@code cells} under the local day a period holds it by: SlaQueries' clock
   * (a cash-on-delivery order's order time, else its stored paid time, else its created time), not
   * always the report's day.
   */
  private static SlaQueries.Sink spanSink(Cells cells, ZoneId zone) {
    long[] bounds = {Long.MIN_VALUE, Long.MIN_VALUE};
    long[] last = {0};
    return row -> {
      Long clock = spanClock(row);
      Long spanDay = null;
      if (clock != null) {
        if (clock < bounds[0] || clock >= bounds[1]) {
          last[0] = day(clock, zone);
          bounds[0] = start(last[0], zone).getEpochSecond();
          bounds[1] = start(last[0] + 1, zone).getEpochSecond();
        }
        spanDay = last[0];
      }
      cells.add(row, spanDay);
    };
  }

  /** The instant of {@link SlaQueries#CLOCK} of a row, as epoch seconds; null: none. */
  private static Long spanClock(SlaRow row) {
    Instant t = row.periodAt();
    return t == null ? null : t.getEpochSecond();
  }

  /**
   * Most runs of changed days one write classifies again by their spans; more, and the whole table
   * is classified in one pass (a first import, a file spanning the year).
   */
  private static final int MAX_RUNS = 64;

  /**
   * Marks the hours of the orders a first load copied without V035's trigger (PostgreSQL, {@link
   * PgOrderStage}): the hours the trigger would have marked, each once. The store had no orders
   * before the load, so every order is the load's.
   */
  static void markLoaded(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate(
          "INSERT INTO sla_figures_dirty (hour) SELECT DISTINCT "
              + SlaQueries.CLOCK
              + " / 3600 FROM orders o");
    }
  }

  /**
   * Fewest marks for which a write marking as many rows as half the orders classifies the whole
   * table in one pass (below, a small store's writes take the marked days' path, as tests check).
   */
  static final int BULK_MARKS = 2_000;

  /**
   * Classifies again the orders of the days the transaction's writes marked, and only those: the
   * hours of the orders' clocks an order write marked (before and after), the days of the orders a
   * shipment write marked; the whole table when the rules changed or the marked days come in more
   * than {@link #MAX_RUNS} runs.
   */
  public static void refresh(Connection conn) throws SQLException {
    refresh(conn, null);
  }

  /**
   * As {@link #refresh(Connection)}, by deltas when every mark is of an order {@code before} (an
   * import's, null: none) read before the transaction wrote it.
   */
  static void refresh(Connection conn, Before before) throws SQLException {
    Optional<Rules> in = rules(conn);
    String made = Settings.get(conn, RULES).orElse(null);
    if (in.isEmpty()) {
      if (made != null) { // rules that contradict: the figures are of no rules in force
        forget(conn);
      } else {
        clearMarks(conn);
      }
      return;
    }
    Rules rules = in.get();
    if (!rules.name().equals(made)) {
      rebuild(conn, rules);
      return;
    }
    long marks = count(conn, "SELECT count(*) FROM sla_figures_dirty");
    if (marks == 0) {
      return; // no order or shipment written: nothing to classify, no marks to clear
    }
    if (before != null && deltas(conn, rules, before)) {
      clearMarks(conn);
      return;
    }
    if (marks >= BULK_MARKS && marks * 2 >= count(conn, "SELECT count(*) FROM orders")) {
      // marks for half the orders or more (a first load of shipments, an orders file written
      // again): one pass over the whole table costs less than finding the marked days (each
      // shipment's order looked up) and reading them by ranges
      wholeTable(conn, rules);
      return;
    }
    ZoneId zone = rules.zone();
    java.util.TreeSet<Long> days = new java.util.TreeSet<>();
    boolean noClock = false;
    boolean marked = false;
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                // the orders' hours as marked, and those of the orders whose shipments changed
                "SELECT DISTINCT hour FROM sla_figures_dirty WHERE order_id IS NULL"
                    + " UNION SELECT DISTINCT "
                    + SlaQueries.CLOCK
                    + " / 3600 FROM orders o WHERE o.order_id IN"
                    + " (SELECT order_id FROM sla_figures_dirty WHERE order_id IS NOT NULL)")) {
      while (rs.next()) {
        marked = true;
        long hour = rs.getLong(1);
        if (rs.wasNull()) {
          noClock = true;
        } else {
          days.add(day(hour * 3600, zone));
          days.add(day(hour * 3600 + 3599, zone)); // an hour across midnight (a :30 zone)
        }
      }
    }
    if (marked) {
      days(conn, rules, days, noClock);
    }
    clearMarks(conn);
  }

  /**
   * Classifies again the orders of these local days (and those without a clock, with {@code
   * noClock}), their rows of figures made anew; the whole table when the days come in more than
   * {@link #MAX_RUNS} runs. Leaves the marks.
   */
  private static void days(
      Connection conn, Rules rules, java.util.SortedSet<Long> days, boolean noClock)
      throws SQLException {
    ZoneId zone = rules.zone();
    List<long[]> runs = new ArrayList<>();
    for (long d : days) {
      long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[1] == d - 1) {
        last[1] = d;
      } else {
        runs.add(new long[] {d, d});
      }
    }
    if (runs.size() > MAX_RUNS) {
      wholeTable(conn, rules);
      return;
    }
    Cells cells = new Cells(rules);
    SlaQueries q = new SlaQueries(conn, rules.inferPaidAt());
    try (Statement st = conn.createStatement()) {
      if (!runs.isEmpty()) {
        StringBuilder where = new StringBuilder();
        long[] bounds = new long[runs.size() * 2];
        for (int i = 0; i < runs.size(); i++) {
          long[] r = runs.get(i);
          where.append(i == 0 ? "" : " OR ").append("span_day BETWEEN ");
          where.append(r[0]).append(" AND ").append(r[1]);
          bounds[2 * i] = start(r[0], zone).getEpochSecond();
          bounds[2 * i + 1] = start(r[1] + 1, zone).getEpochSecond();
        }
        st.executeUpdate("DELETE FROM sla_figures WHERE " + where);
        q.inSpans(bounds, Read.KEPT_FIGURES, spanSink(cells, zone));
      }
      if (noClock) {
        st.executeUpdate("DELETE FROM sla_figures WHERE span_day IS NULL");
        q.withoutClock(Read.KEPT_FIGURES, row -> cells.add(row, null));
      }
    }
    write(conn, cells.cells());
  }

  /**
   * The orders an import is about to write, read as they were before it wrote any of them ({@link
   * #read}), for its transaction: at commit ({@link #refresh(Connection, Before)}) the kept figures
   * take off what these orders added and add what they add now, instead of classifying again every
   * order of the days they touch (a shipments file spans most days of the store, an orders file
   * changing 1% of its orders too). Owned by the import's session ({@link
   * ImportSession#slaBefore}), which its writers read into and which hands it to the commit; a
   * rollback drops it with the session. No state outside it.
   */
  static final class Before {
    /** Read the first time: the rules the rows were read under ({@link Rules#name}); null: none. */
    private String rules;

    private boolean started;

    /** The most orders read before: more, and the commit classifies the marked days as before. */
    private long most;

    private final Map<String, SlaRow> rows = new HashMap<>();

    /** Some order was written before it was read, or too many: the deltas are not to be made. */
    private boolean spoilt;

    /**
     * Reads, before the import writes them, the orders of these ids not read yet in this
     * transaction, for the deltas at commit. An order the transaction has already marked (written
     * before it was read) or more orders than {@link #DELTA_SHARE} allows spoil the deltas: the
     * commit then classifies the marked days again, as without.
     */
    void read(Connection conn, java.util.Collection<String> ids) throws SQLException {
      if (!started) {
        started = true;
        Optional<Rules> in = rules(conn);
        String made = Settings.get(conn, RULES).orElse(null);
        rules = in.isPresent() && in.get().name().equals(made) ? made : null;
        most = -1; // counted when more than DELTA_FLOOR orders are to be read
        spoilt = rules == null; // the commit builds the whole table
      }
      if (spoilt) {
        return;
      }
      List<String> unread = new ArrayList<>();
      for (String id : ids) {
        if (!rows.containsKey(id)) {
          unread.add(id);
        }
      }
      if (unread.isEmpty()) {
        return;
      }
      int reading = rows.size() + unread.size();
      if (reading > DELTA_FLOOR && most < 0) {
        // the store's orders counted only when the floor does not decide: a small import into a
        // large store reads its own orders, not every order
        most = Math.max(DELTA_FLOOR, count(conn, "SELECT count(*) FROM orders") / DELTA_SHARE);
      }
      if (reading > Math.max(most, DELTA_FLOOR)) {
        spoil();
        return;
      }
      boolean[] written = {false};
      IdParts.each(
          conn,
          unread,
          marks ->
              "SELECT 1 FROM sla_figures_dirty WHERE coalesce(order_id, written_id) IN ("
                  + marks
                  + ") LIMIT 1",
          (ps, next) -> {
            try (ResultSet rs = ps.executeQuery()) {
              written[0] |= rs.next();
            }
          });
      if (written[0]) {
        spoil();
        return;
      }
      Rules now = rules(conn).orElseThrow();
      new SlaQueries(conn, now.inferPaidAt()).ofOrders(unread, rows::put);
      for (String id : unread) {
        rows.putIfAbsent(id, null); // not in the store before: read, nothing to take off
      }
    }

    private void spoil() {
      spoilt = true;
      rows.clear();
    }
  }

  /**
   * Of the orders in the store, the share at most ({@code 1 / n}) whose old rows a transaction
   * keeps for the deltas: beyond, classifying the marked days (or the whole table) costs less than
   * reading each order twice.
   */
  private static final int DELTA_SHARE = 16;

  /** As many orders a transaction may read before in any store (a small one's: no cost to tell). */
  private static final int DELTA_FLOOR = 1_000;

  /**
   * The kept figures brought up to date by deltas, when every mark is a shipment's (or a refund's)
   * order read before the transaction wrote it ({@link #before}): each cell the orders were in
   * loses what they added then, each cell they are in gains what they add now. A cell whose latest
   * settled instant may have been an order's that left it has its day classified again. False,
   * nothing done: the marks are of other writes (the orders' hours), or an order was not read
   * before.
   */
  private static boolean deltas(Connection conn, Rules rules, Before b) throws SQLException {
    if (!b.started || b.spoilt || !rules.name().equals(b.rules)) {
      return false;
    }
    List<String> ids = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT coalesce(order_id, written_id) FROM sla_figures_dirty")) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (id == null || !b.rows.containsKey(id)) {
          return false; // a mark naming no order (a load's), or an order not read before
        }
        ids.add(id);
      }
    }
    ZoneId zone = rules.zone();
    Cells was = new Cells(rules);
    SlaQueries.Sink wasSink = spanSink(was, zone);
    for (String id : ids) {
      SlaRow row = b.rows.get(id);
      if (row != null) {
        wasSink.accept(row);
      }
    }
    Cells is = new Cells(rules);
    SlaQueries.Sink isSink = spanSink(is, zone);
    new SlaQueries(conn, rules.inferPaidAt()).ofOrders(ids, (id, row) -> isSink.accept(row));
    java.util.Set<Key> keys = new java.util.LinkedHashSet<>(was.cells.keySet());
    keys.addAll(is.cells.keySet());
    java.util.TreeSet<Long> again = new java.util.TreeSet<>();
    boolean againNoClock = false;
    List<Key> gone = new ArrayList<>();
    List<Cell> made = new ArrayList<>();
    try (KeyedRows rows = new KeyedRows(conn)) {
      rows.readAll(keys);
      for (Key key : keys) {
        Cell c = delta(rows.read(key), was.cells.get(key), is.cells.get(key), key);
        if (c == AGAIN) {
          if (key.spanDay() == null) {
            againNoClock = true;
          } else {
            again.add(key.spanDay());
          }
        } else {
          gone.add(key);
          if (c != null) {
            made.add(c);
          }
        }
      }
      for (Key key : gone) {
        if (key.spanDay() == null ? !againNoClock : !again.contains(key.spanDay())) {
          rows.delete(key);
        }
      }
      rows.deleteBatched();
    }
    List<Cell> kept = new ArrayList<>();
    for (Cell c : made) {
      if (c.spanDay() == null ? !againNoClock : !again.contains(c.spanDay())) {
        kept.add(c);
      }
    }
    write(conn, kept);
    if (!again.isEmpty() || againNoClock) {
      days(conn, rules, again, againNoClock);
    }
    return true;
  }

  /** {@link #delta}'s answer for a cell whose day must be classified again. */
  private static final Cell AGAIN = new Cell(Kind.DAY, null, null, null, null, 0, null, null);

  /**
   * A kept cell ({@code stored}: settled instant, tally, notes; null: none) less what some orders
   * added to it before ({@code was}, a {@link Cells} cell; null: none), plus what they add now
   * ({@code is}): the cell to keep, null for none (no orders left), {@link #AGAIN} when it cannot
   * be told without its day's other orders (the latest settled instant may have left; a cell that
   * does not hold what it should).
   */
  private static Cell delta(Object[] stored, Object[] was, Object[] is, Key key) {
    long[] counts;
    long[] notes;
    long[] ship;
    long[] deliver;
    long settled;
    if (stored != null && stored[1] == null) {
      return AGAIN; // two rows of one key
    }
    if (stored == null) {
      if (was != null) {
        return AGAIN;
      }
      counts = new long[((SlaTally) is[1]).counts().length];
      notes = new long[SlaNotes.COUNT];
      ship = new long[0];
      deliver = new long[0];
      settled = 0;
    } else {
      SlaTally t = (SlaTally) stored[1];
      counts = t.counts();
      notes = ((SlaNotes) stored[2]).counts();
      ship = t.toShipSeconds();
      deliver = t.toDeliverSeconds();
      settled = ((long[]) stored[0])[0];
    }
    long wasLatest = Long.MIN_VALUE;
    if (was != null) {
      SlaTally t = (SlaTally) was[1];
      if (!subtract(counts, t.counts()) || !subtract(notes, ((SlaNotes) was[2]).counts())) {
        return AGAIN;
      }
      ship = without(ship, t.toShipSeconds());
      deliver = without(deliver, t.toDeliverSeconds());
      if (ship == null || deliver == null) {
        return AGAIN;
      }
      wasLatest = ((long[]) was[0])[0];
    }
    long isLatest = Long.MIN_VALUE;
    if (is != null) {
      SlaTally t = (SlaTally) is[1];
      add(counts, t.counts());
      add(notes, ((SlaNotes) is[2]).counts());
      ship = concat(ship, t.toShipSeconds());
      deliver = concat(deliver, t.toDeliverSeconds());
      isLatest = ((long[]) is[0])[0];
    }
    if (counts[0] == 0) {
      return ship.length == 0 && deliver.length == 0 && allZero(counts) && allZero(notes)
          ? null
          : AGAIN;
    }
    if (wasLatest > settled) {
      return AGAIN; // the cell did not hold what the orders added
    }
    if (wasLatest == settled) {
      if (isLatest < settled) {
        return AGAIN; // the latest may have left: the others' latest is not kept
      }
      settled = isLatest;
    } else {
      settled = Math.max(settled, isLatest);
    }
    return new Cell(
        key.kind(),
        key.spanDay(),
        key.kind() == Kind.DAY ? key.value() : null,
        key.kind() == Kind.CARRIER ? key.value() : null,
        key.kind() == Kind.PROVINCE ? key.value() : null,
        settled,
        SlaTally.of(counts, ship, deliver),
        SlaNotes.of(notes));
  }

  private static boolean subtract(long[] from, long[] less) {
    for (int i = 0; i < from.length; i++) {
      from[i] -= less[i];
      if (from[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static void add(long[] to, long[] more) {
    for (int i = 0; i < to.length; i++) {
      to[i] += more[i];
    }
  }

  private static boolean allZero(long[] values) {
    for (long v : values) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** {@code from} less each of {@code less} once (multisets); null when one is not there. */
  private static long[] without(long[] from, long[] less) {
    long[] a = from.clone();
    long[] b = less.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    long[] out = new long[a.length];
    int n = 0;
    int j = 0;
    for (long v : a) {
      if (j < b.length && b[j] == v) {
        j++;
      } else if (j < b.length && b[j] < v) {
        return null;
      } else {
        out[n++] = v;
      }
    }
    return j == b.length ? Arrays.copyOf(out, n) : null;
  }

  /**
   * The kept rows of figures read and deleted by their key, statements kept per shape. Many keys
   * ({@link #readAll}) are read in one statement, and deletes are sent as batches ({@link
   * #deleteBatched}): one round trip per key each was 2.5 s of a 925-order re-import of 100,000 on
   * PostgreSQL (about 1,600 reads and deletes).
   */
  private static final class KeyedRows implements AutoCloseable {
    /** Above this many keys, the whole table is read once rather than a statement per key. */
    private static final int ONE_BY_ONE = 64;

    private final Connection conn;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final java.util.Set<PreparedStatement> batched = new java.util.LinkedHashSet<>();

    /** The cells read by {@link #readAll} (a key of two rows: the unknown settled instant). */
    private Map<Key, Object[]> all;

    KeyedRows(Connection conn) {
      this.conn = conn;
    }

    private PreparedStatement bound(String verb, Key key) throws SQLException {
      String column =
          switch (key.kind()) {
            case DAY -> "key_day";
            case CARRIER -> "carrier";
            case PROVINCE -> "province";
          };
      String sql =
          verb
              + " FROM sla_figures WHERE kind = ? AND span_day "
              + (key.spanDay() == null ? "IS NULL" : "= ?")
              + " AND "
              + column
              + (key.value() == null ? " IS NULL" : " = ?");
      PreparedStatement ps = statements.get(sql);
      if (ps == null) {
        ps = conn.prepareStatement(sql);
        statements.put(sql, ps);
      }
      int i = 1;
      ps.setString(i++, key.kind().code());
      if (key.spanDay() != null) {
        ps.setLong(i++, key.spanDay());
      }
      if (key.value() != null) {
        ps.setString(i, key.value());
      }
      return ps;
    }

    /**
     * The cell of this key (settled instant, tally, notes, as {@link Cells} holds them), or null.
     */
    Object[] read(Key key) throws SQLException {
      if (all != null) {
        return all.get(key);
      }
      try (ResultSet rs =
          bound("SELECT settled_at, counts, to_ship, to_deliver", key).executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long[] all = countsColumn(rs.getString(2));
        Object[] cell = {
          new long[] {rs.getLong(1)}, tallyOf(all, rs.getBytes(3), rs.getBytes(4)), notesOf(all)
        };
        return rs.next() ? new Object[] {new long[] {Long.MIN_VALUE}, null, null} : cell;
      }
    }

    /**
     * Reads every kept row at once when {@code keys} are many (each row under its key, as {@link
     * #read} would find it); a few are read one by one.
     */
    void readAll(java.util.Collection<Key> keys) throws SQLException {
      if (keys.size() <= ONE_BY_ONE) {
        return;
      }
      Map<Key, Object[]> cells = new HashMap<>();
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM sla_figures")) {
        while (rs.next()) {
          Kind kind = Kind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
          long span = rs.getLong(2);
          Long spanDay = rs.wasNull() ? null : span;
          String value =
              switch (kind) {
                case DAY -> rs.getString(3);
                case CARRIER -> rs.getString(4);
                case PROVINCE -> rs.getString(5);
              };
          long[] counts = countsColumn(rs.getString(7));
          Object[] cell = {
            new long[] {rs.getLong(6)},
            tallyOf(counts, rs.getBytes(8), rs.getBytes(9)),
            notesOf(counts)
          };
          Key key = new Key(kind, spanDay, value);
          if (cells.putIfAbsent(key, cell) != null) {
            cells.put(key, new Object[] {new long[] {Long.MIN_VALUE}, null, null});
          }
        }
      }
      all = cells;
    }

    /** Deletes the rows of this key, sent with the others by {@link #deleteBatched}. */
    void delete(Key key) throws SQLException {
      PreparedStatement ps = bound("DELETE", key);
      ps.addBatch();
      batched.add(ps);
    }

    void deleteBatched() throws SQLException {
      for (PreparedStatement ps : batched) {
        ps.executeBatch();
      }
      batched.clear();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
    }
  }

  /** Classifies every order again into a table emptied first, and clears the marks. */
  private static void wholeTable(Connection conn, Rules rules) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM sla_figures");
    }
    write(conn, classifyAll(conn, rules));
    clearMarks(conn);
  }

  private static long count(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void clearMarks(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM sla_figures_dirty");
    }
  }

  /** No figures: readers classify the raw rows until the next writing transaction makes them. */
  static void forget(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM sla_figures");
      st.executeUpdate("DELETE FROM sla_figures_dirty");
      st.executeUpdate("DELETE FROM settings WHERE key = '" + RULES + "'");
    }
  }

  private static void rebuild(Connection conn, Rules rules) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM sla_figures");
      write(conn, classifyAll(conn, rules));
      st.executeUpdate("DELETE FROM sla_figures_dirty");
    }
    Settings.put(conn, RULES, rules.name());
  }

  /** Builds the figures again from the raw rows ({@code check --rebuild}). */
  public static void rebuild(Store store) throws SQLException {
    store.inTransaction(
        conn -> {
          Optional<Rules> rules = rules(conn);
          if (rules.isPresent()) {
            rebuild(conn, rules.get());
          } else {
            forget(conn);
          }
          return null;
        });
  }

  /**
   * How many rows of the kept figures differ from the raw rows classified anew (a row too many,
   * missing or with other figures), 0 when they are right; 0 as well when none are kept under the
   * rules in force (a store upgraded and not written since, rules that contradict): readers then
   * classify the raw rows, and the next writing transaction makes them.
   */
  public static long differences(Store store) throws SQLException {
    Connection conn = store.connection();
    Optional<Rules> in = rules(conn);
    if (in.isEmpty() || !in.get().name().equals(Settings.get(conn, RULES).orElse(null))) {
      return 0;
    }
    Map<List<Object>, Integer> kept = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM sla_figures")) {
      while (rs.next()) {
        kept.merge(rowOf(rs), 1, Integer::sum);
      }
    }
    long differing = 0;
    for (Cell c : classifyAll(conn, in.get())) {
      List<Object> row = rowOf(c);
      Integer n = kept.get(row);
      if (n == null) {
        differing++;
      } else if (n == 1) {
        kept.remove(row);
      } else {
        kept.put(row, n - 1);
      }
    }
    for (int n : kept.values()) {
      differing += n;
    }
    return differing;
  }

  private static List<Object> rowOf(ResultSet rs) throws SQLException {
    long span = rs.getLong(2);
    Long spanDay = rs.wasNull() ? null : span;
    return Arrays.asList(
        rs.getString(1),
        spanDay,
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        ByteBuffer.wrap(rs.getBytes(8)),
        ByteBuffer.wrap(rs.getBytes(9)));
  }

  private static List<Object> rowOf(Cell c) {
    return Arrays.asList(
        c.kind().code(),
        c.spanDay(),
        c.keyDay(),
        c.carrier(),
        c.province(),
        c.settledAt(),
        counts(c),
        ByteBuffer.wrap(bytes(c.tally().toShipSeconds())),
        ByteBuffer.wrap(bytes(c.tally().toDeliverSeconds())));
  }

  private static String counts(Cell c) {
    StringBuilder sb = new StringBuilder();
    for (long n : c.tally().counts()) {
      sb.append(n).append(',');
    }
    long[] notes = c.notes().counts();
    for (int i = 0; i < notes.length; i++) {
      sb.append(notes[i]).append(i + 1 < notes.length ? "," : "");
    }
    return sb.toString();
  }

  /** A kept row's {@code counts} column split: the tally's counts, then the notes' counts. */
  private static long[] countsColumn(String text) {
    return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
  }

  /** The tally of a kept row: its {@link #countsColumn} less the notes, and its two samples. */
  private static SlaTally tallyOf(long[] counts, byte[] toShip, byte[] toDeliver) {
    return SlaTally.of(
        Arrays.copyOf(counts, counts.length - SlaNotes.COUNT), seconds(toShip), seconds(toDeliver));
  }

  /** The notes of a kept row: the last {@link SlaNotes#COUNT} of its {@link #countsColumn}. */
  private static SlaNotes notesOf(long[] counts) {
    return SlaNotes.of(Arrays.copyOfRange(counts, counts.length - SlaNotes.COUNT, counts.length));
  }

  /**
   * Seconds sorted, big-endian: a first byte 4 and 4 bytes each when every one fits in an int, else
   * a first byte 8 and 8 bytes each. {@code seconds} is the tally's own copy ({@link
   * SlaTally#toShipSeconds}), sorted in place.
   */
  private static byte[] bytes(long[] seconds) {
    long[] sorted = seconds;
    Arrays.sort(sorted);
    boolean narrow =
        sorted.length == 0
            || (sorted[0] >= Integer.MIN_VALUE && sorted[sorted.length - 1] <= Integer.MAX_VALUE);
    ByteBuffer b = ByteBuffer.allocate(1 + sorted.length * (narrow ? 4 : 8));
    b.put((byte) (narrow ? 4 : 8));
    for (long s : sorted) {
      if (narrow) {
        b.putInt((int) s);
      } else {
        b.putLong(s);
      }
    }
    return b.array();
  }

  private static long[] seconds(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int width = b.get();
    long[] out = new long[(bytes.length - 1) / width];
    for (int i = 0; i < out.length; i++) {
      out[i] = width == 4 ? b.getInt() : b.getLong();
    }
    return out;
  }

  /**
   * Inserts the cells: on PostgreSQL in one {@code COPY} (the 4,896 cells of 100,000 orders:
   * 0.03–0.04 s of the server's CPU against 0.18–0.20 s as batched INSERTs; docs/benchmarks.md,
   * session 24), on SQLite as a batch of INSERTs.
   */
  private static void write(Connection conn, List<Cell> cells) throws SQLException {
    if (Dialect.of(conn) == Dialect.POSTGRESQL) {
      PgCopy copy = PgCopy.start(conn, "sla_figures", COLUMNS);
      try {
        for (Cell c : cells) {
          copy.field(c.kind().code())
              .field(c.spanDay())
              .field(c.keyDay())
              .field(c.carrier())
              .field(c.province())
              .field(c.settledAt())
              .field(counts(c))
              .field(bytes(c.tally().toShipSeconds()))
              .field(bytes(c.tally().toDeliverSeconds()))
              .endRow();
        }
      } catch (SQLException | RuntimeException e) {
        copy.cancel();
        throw e;
      }
      copy.end();
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO sla_figures (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Cell c : cells) {
        ps.setString(1, c.kind().code());
        if (c.spanDay() == null) {
          ps.setNull(2, java.sql.Types.BIGINT);
        } else {
          ps.setLong(2, c.spanDay());
        }
        ps.setString(3, c.keyDay());
        ps.setString(4, c.carrier());
        ps.setString(5, c.province());
        ps.setLong(6, c.settledAt());
        ps.setString(7, counts(c));
        ps.setBytes(8, bytes(c.tally().toShipSeconds()));
        ps.setBytes(9, bytes(c.tally().toDeliverSeconds()));
        ps.addBatch();
        if (++n % 500 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /**
   * What the kept figures answer of a report of the orders whose clock falls in {@code [from, to)}
   * (null ends open) as of {@code asOf}: the cells of the days all of whose orders are settled by
   * then, and the span of days whose orders must be classified anew ({@code liveFrom}, {@code
   * liveTo}; null when none). Null when the figures cannot answer: other rules, marks waiting (a
   * reader inside a writing transaction), or an end that is not the start of a day.
   */
  public record Answer(List<Cell> cells, Instant liveFrom, Instant liveTo) {}

  public static Answer read(Store store, Kind kind, Instant from, Instant to, Instant asOf)
      throws SQLException {
    Connection conn = store.connection();
    Optional<Rules> in = rules(conn);
    if (in.isEmpty() || !in.get().name().equals(Settings.get(conn, RULES).orElse(null))) {
      return null;
    }
    ZoneId zone = in.get().zone();
    Long fromDay = from == null ? null : day(from.getEpochSecond(), zone);
    Long toDay = to == null ? null : day(to.getEpochSecond(), zone);
    if ((from != null && !start(fromDay, zone).equals(from))
        || (to != null && !start(toDay, zone).equals(to))) {
      return null;
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM sla_figures_dirty)")) {
      rs.next();
      if (rs.getBoolean(1)) {
        return null;
      }
    }
    String range =
        " AND kind = '"
            + kind.code()
            + "'"
            + (fromDay == null ? "" : " AND span_day >= " + fromDay)
            + (toDay == null ? "" : " AND span_day < " + toDay);
    boolean withNoClock = from == null && to == null;
    Long liveFirst = null;
    Long liveLast = null;
    boolean noClockLive = false;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT min(span_day), max(span_day), count(*) - count(span_day) FROM sla_figures"
                + " WHERE settled_at > ?"
                + (withNoClock ? "" : " AND span_day IS NOT NULL")
                + range)) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long first = rs.getLong(1);
        if (!rs.wasNull()) {
          liveFirst = first;
          liveLast = rs.getLong(2);
        }
        noClockLive = rs.getLong(3) > 0;
      }
    }
    if (noClockLive) {
      return null; // an order without a clock not settled: rare, classified with the rest
    }
    List<Cell> cells = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM sla_figures WHERE "
                    + (withNoClock ? "1 = 1" : "span_day IS NOT NULL")
                    + range
                    + (liveFirst == null
                        ? ""
                        : " AND (span_day IS NULL OR span_day < "
                            + liveFirst
                            + " OR span_day > "
                            + liveLast
                            + ")"))) {
      while (rs.next()) {
        long span = rs.getLong(2);
        Long spanDay = rs.wasNull() ? null : span;
        long[] all = countsColumn(rs.getString(7));
        cells.add(
            new Cell(
                kind,
                spanDay,
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                tallyOf(all, rs.getBytes(8), rs.getBytes(9)),
                notesOf(all)));
      }
    }
    return new Answer(
        cells,
        liveFirst == null ? null : start(liveFirst, zone),
        liveLast == null ? null : start(liveLast + 1, zone));
  }
}
