package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The record of every import: which file, its sha256, what it did and when. */
public final class ImportLog {
  private final Connection conn;

  public ImportLog(Store store) {
    this.conn = store.connection();
  }

  /** One import; {@code user} who ran it (null: not known, an import made before V015). */
  public record Entry(
      long importId,
      Instant startedAt,
      String kind,
      String file,
      String preset,
      String encoding,
      long rows,
      long inserted,
      long updated,
      long unchanged,
      long rejected,
      String sha256,
      String user) {}

  /** An import's row as {@link #entry} reads it. */
  private static final String ENTRY =
      "SELECT import_id, started_at, kind, file, preset, encoding, rows_read, inserted, updated,"
          + " unchanged, rejected, sha256, user_name FROM imports";

  private static Entry entry(ResultSet rs) throws SQLException {
    return new Entry(
        rs.getLong(1),
        Instant.ofEpochSecond(rs.getLong(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getLong(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getLong(11),
        rs.getString(12),
        rs.getString(13));
  }

  /** The file as the import log keeps it: its absolute path, whatever the directory it ran in. */
  public static String where(java.nio.file.Path file, String name) {
    if (name.startsWith("<")) {
      return name; // <stdin>: the spooled copy's path would mean nothing later
    }
    return file.toAbsolutePath().normalize().toString();
  }

  public List<Entry> list(String kind, Integer limit) throws SQLException {
    String sql =
        ENTRY
            + (kind == null ? "" : " WHERE kind = ?")
            + " ORDER BY import_id DESC"
            + (limit == null ? "" : " LIMIT " + limit.intValue());
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (kind != null) {
        ps.setString(1, kind);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(entry(rs));
        }
      }
    }
    return out;
  }

  /** A problem of one import: an implausible row imported as it is, or a rejected row. */
  public record Problem(String file, long line, String kind, String recordId, String message) {}

  /** The import with this id, if there is one. */
  public java.util.Optional<Entry> find(long importId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(ENTRY + " WHERE import_id = ?")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(entry(rs));
      }
    }
  }

  /**
   * The kind of an import's note kept beside its problems (line 0, English): what `imports show`
   * says again on stderr, not a problem row (tryout22a A10).
   */
  public static final String NOTE = "note";

  /** The notes kept with one import, in the order the import said them. */
  public List<String> notes(long importId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT message FROM anomalies WHERE import_id = ? AND kind = '"
                + NOTE
                + "' ORDER BY anomaly_id")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** The anomalies and rejected rows of one import, in file and line order. */
  public List<Problem> problems(long importId) throws SQLException {
    List<Problem> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT file, line, kind, record_id, message FROM anomalies WHERE import_id = ?"
                + " AND kind <> '"
                + NOTE
                + "' ORDER BY file, line, anomaly_id")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Problem(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    return out;
  }

  /** The kind of the record of a row an import's layout expects and does not import. */
  public static final String KEPT_ASIDE = "kept-aside";

  /**
   * The rows left out whose reason (after the column it names) says {@code prefix}, as (import_id,
   * reason), in import order: what an import said of the rows it kept aside (Online Retail's
   * cancellations), or rejected (the same rows, imported with --on-error skip before they were kept
   * aside).
   */
  public List<java.util.Map.Entry<Long, String>> leftOut(String prefix) throws SQLException {
    List<java.util.Map.Entry<Long, String>> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT import_id, message FROM anomalies WHERE kind IN ('rejected', '"
                + KEPT_ASIDE
                + "') AND message LIKE ? ORDER BY import_id, anomaly_id")) {
      ps.setString(1, "%" + prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(java.util.Map.entry(rs.getLong(1), rs.getString(2)));
        }
      }
    }
    return out;
  }
}
