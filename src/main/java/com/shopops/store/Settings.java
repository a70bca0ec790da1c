package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/** Key/value settings kept inside the store (its time zone, configured rules). */
final class Settings {
  static final String ZONE = "zone";
  static final String CREATED_AT = "created_at";

  /** The secret of the customer-id pseudonyms (hex); never shown by {@code config show}. */
  static final String PSEUDONYM_KEY = "pseudonym_key";

  static final String CURRENCY = "currency";
  static final String DEFAULT_CURRENCY = "CNY";

  private Settings() {}

  static Optional<String> get(Connection conn, String key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
      ps.setString(1, key);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void put(Connection conn, String key, String value) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}
