package com.shopops.store;

import com.shopops.domain.metrics.TrafficDay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes daily traffic: an idempotent upsert on date and channel; a value missing from a later
 * export never erases a stored one. What the file's days meet in the store from other files (a
 * store total it replaces, channels a store total hides) is kept for the import's notes (review13
 * M12).
 */
public final class TrafficWriter {
  private final Connection conn;
  private final Upserter up;
  private final long importId;
  private String file;
  private final Map<List<String>, TreeSet<LocalDate>> met = new TreeMap<>(TrafficWriter::compare);

  /** What a file's days met from other imports. */
  public enum Meeting {
    /** A file without a channel changed the store total another file had given those days. */
    REPLACED_TOTAL,
    /** A file without a channel (a store total) on days that hold channels' figures. */
    TOTAL_OVER_CHANNELS,
    /** A channel's figures on days that hold a store total another file gave without a channel. */
    CHANNEL_UNDER_TOTAL,
    /**
     * A channel's figures equal to the store total another file gave those days without a channel:
     * the same export, now labelled: the stored rows took the channel.
     */
    LABELLED
  }

  /**
   * What the file's days met.
   *
   * @param other the other import's file, or the channels met (comma separated).
   */
  public record Met(Meeting what, String other, String channel, List<LocalDate> days) {}

  TrafficWriter(ImportSession s) {
    this.conn = s.connection();
    this.up =
        new Upserter(s.connection(), "traffic", 2, "date", "channel", "pv", "uv", "import_id");
    this.importId = s.importId();
  }

  public void add(TrafficDay d) throws SQLException {
    String day = d.date().toString();
    if (others == null) {
      readOthers();
    }
    if (d.channel().isEmpty()) {
      if (others.containsKey(day)) {
        totalMeets(d);
      }
    } else if (Boolean.TRUE.equals(others.get(day))) {
      channelMeets(d);
    }
    up.add(day, d.channel(), d.pv(), d.uv(), importId);
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    closeStatements();
    return up.finish();
  }

  /**
   * The days that hold figures other imports wrote, each with whether one of them is a store total
   * (channel ''), read once when the first row comes: a day not among them meets nothing, and its
   * rows skip the look-ups of {@link #totalMeets} and {@link #channelMeets} (a file of a year of 12
   * channels into a store without them: two statements a row, prepared each time, were half of the
   * import's time). Exact for the whole file: this import's writes never add another import's row
   * to a day, nor a store total (its own rows are not another's, and {@link #channelMeets} only
   * takes the total's channel away).
   */
  private void readOthers() throws SQLException {
    others = new java.util.HashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT date, max(CASE WHEN channel = '' THEN 1 ELSE 0 END) FROM traffic"
                + " WHERE import_id IS DISTINCT FROM ? GROUP BY date")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          others.put(rs.getString(1), rs.getInt(2) == 1);
        }
      }
    }
  }

  /** {@link #readOthers}: day to whether another import gave it a store total; null: not read. */
  private Map<String, Boolean> others;

  /**
   * The look-ups of {@link #totalMeets}, {@link #channelMeets} and {@link #totalFrom}, made once.
   */
  private PreparedStatement dayRows;

  private PreparedStatement labelTotal;
  private PreparedStatement totalFile;

  private void closeStatements() throws SQLException {
    for (PreparedStatement ps : new PreparedStatement[] {dayRows, labelTotal, totalFile}) {
      if (ps != null) {
        ps.close();
      }
    }
    dayRows = null;
    labelTotal = null;
    totalFile = null;
  }

  /** What the file's days met from other imports, by kind and file. */
  public List<Met> met() {
    List<Met> out = new ArrayList<>();
    met.forEach(
        (k, days) ->
            out.add(new Met(Meeting.valueOf(k.get(0)), k.get(1), k.get(2), List.copyOf(days))));
    return out;
  }

  private void totalMeets(TrafficDay d) throws SQLException {
    if (dayRows == null) {
      dayRows =
          conn.prepareStatement(
              "SELECT t.channel, i.file, t.pv, t.uv FROM traffic t"
                  + " LEFT JOIN imports i ON i.import_id = t.import_id"
                  + " WHERE t.date = ? AND t.import_id IS DISTINCT FROM ? ORDER BY t.channel");
    }
    PreparedStatement ps = dayRows;
    ps.setString(1, d.date().toString());
    ps.setLong(2, importId);
    List<String> channels = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String channel = rs.getString(1);
        String other = rs.getString(2);
        if (!channel.isEmpty()) {
          channels.add(channel);
        } else if (other != null
            && !other.equals(file())
            && (changes(d.pv(), DayCounts.nullableLong(rs, 3))
                || changes(d.uv(), DayCounts.nullableLong(rs, 4)))) {
          meet(Meeting.REPLACED_TOTAL, other, "", d.date());
        }
      }
    }
    if (!channels.isEmpty()) {
      meet(Meeting.TOTAL_OVER_CHANNELS, String.join(", ", channels), "", d.date());
    }
  }

  private void channelMeets(TrafficDay d) throws SQLException {
    // the same figures as a store total imported without a channel, from a file with no channels:
    // that file was this storefront's export; its rows take the channel
    String other = totalFrom(d);
    if (labelTotal == null) {
      labelTotal =
          conn.prepareStatement(
              "UPDATE traffic SET channel = ? WHERE date = ? AND channel = ''"
                  + " AND pv IS NOT DISTINCT FROM ? AND uv IS NOT DISTINCT FROM ?"
                  + " AND import_id IS DISTINCT FROM ?"
                  + " AND NOT EXISTS (SELECT 1 FROM traffic x WHERE x.date = ? AND x.channel = ?)"
                  + " AND NOT EXISTS (SELECT 1 FROM traffic y"
                  + " WHERE y.import_id = traffic.import_id AND y.channel NOT IN ('', ?))");
    }
    PreparedStatement ps = labelTotal;
    ps.setString(1, d.channel());
    ps.setString(2, d.date().toString());
    setLong(ps, 3, d.pv());
    setLong(ps, 4, d.uv());
    ps.setLong(5, importId);
    ps.setString(6, d.date().toString());
    ps.setString(7, d.channel());
    ps.setString(8, d.channel());
    if (ps.executeUpdate() > 0) {
      meet(Meeting.LABELLED, other == null ? "" : other, d.channel(), d.date());
      return;
    }
    if (other != null) {
      meet(Meeting.CHANNEL_UNDER_TOTAL, other, d.channel(), d.date());
    }
  }

  /** The file of the day's store total when another import gave it, else null. */
  private String totalFrom(TrafficDay d) throws SQLException {
    if (totalFile == null) {
      totalFile =
          conn.prepareStatement(
              "SELECT coalesce(i.file, '') FROM traffic t"
                  + " LEFT JOIN imports i ON i.import_id = t.import_id"
                  + " WHERE t.date = ? AND t.channel = '' AND t.import_id IS DISTINCT FROM ?");
    }
    PreparedStatement ps = totalFile;
    ps.setString(1, d.date().toString());
    ps.setLong(2, importId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private String file() throws SQLException {
    if (file == null) {
      try (PreparedStatement ps =
          conn.prepareStatement("SELECT file FROM imports WHERE import_id = ?")) {
        ps.setLong(1, importId);
        try (ResultSet rs = ps.executeQuery()) {
          file = rs.next() ? rs.getString(1) : "";
        }
      }
    }
    return file;
  }

  private void meet(Meeting what, String other, String channel, LocalDate day) {
    met.computeIfAbsent(List.of(what.name(), other, channel), k -> new TreeSet<>()).add(day);
  }

  /** A value the upsert writes over a stored one (a missing value keeps the stored one). */
  private static boolean changes(Long given, Long stored) {
    return given != null && !given.equals(stored);
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
