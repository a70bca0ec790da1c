package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Binding a value that may be missing: NULL for null, epoch seconds for an instant. */
final class Binds {
  private Binds() {}

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v);
    }
  }

  /** An instant as the store keeps it, epoch seconds; null for a missing one. */
  static Long epoch(Instant t) {
    return t == null ? null : t.getEpochSecond();
  }

  static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v.getEpochSecond());
    }
  }
}
