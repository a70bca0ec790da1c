package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Ids that start with what the user typed, for tab completion in the shell. */
public final class IdLookup {
  private final Store store;

  public IdLookup(Store store) {
    this.store = store;
  }

  /**
   * What TAB offers for a typed prefix.
   *
   * @param values whole ids when {@code complete}, otherwise distinct id prefixes one or more
   *     characters longer than the typed one, in id order
   * @param complete true when the values are whole ids (a space may follow), false when they are
   *     prefixes to narrow down further
   */
  public record Completions(List<String> values, boolean complete) {
    public Completions {
      values = List.copyOf(values);
    }
  }

  /** Order ids ({@code table} "orders"), customer ids ("customers") or return ids ("returns"). */
  public List<String> idsStartingWith(String table, String prefix, int limit) throws SQLException {
    String column = idColumn(table);
    // a range on the primary key instead of LIKE, so the index is used and case is exact
    String sql =
        "SELECT "
            + column
            + " FROM "
            + table
            + " WHERE "
            + column
            + " >= ? AND "
            + column
            + " < ? ORDER BY "
            + column
            + " LIMIT ?";
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, prefix);
      ps.setString(2, prefix + '\uFFFF');
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * At most {@code max} ids with this prefix, as complete candidates; when more match, the distinct
   * prefixes of the longest length L (longer than the typed prefix) of which there are at most
   * {@code max}, so that each TAB narrows one step. Counting is done in SQL on the primary key
   * range; nothing is scanned into memory. Lengths are in characters (code points), like SQLite's
   * {@code substr}.
   */
  public Completions complete(String table, String prefix, int max) throws SQLException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be 1 or more, got " + max);
    }
    List<String> ids = idsStartingWith(table, prefix, max + 1);
    if (ids.size() <= max) {
      return new Completions(ids, true);
    }
    int typed = length(prefix);
    // distinct prefixes grow in number with their length. The first max + 1 ids are distinct
    // prefixes of the length of the longest of them, so that length already has too many: search
    // downwards from there; each query stops after max + 1 prefixes, until the one that fits
    int longest = ids.stream().mapToInt(IdLookup::length).max().getAsInt();
    List<String> found = null;
    for (int l = longest - 1; l > typed; l--) {
      found = distinctPrefixes(table, prefix, l, max + 1);
      if (found.size() <= max) {
        return new Completions(found, false);
      }
    }
    if (found == null) {
      found = distinctPrefixes(table, prefix, typed + 1, max + 1);
    }
    // even one character more than typed gives more than max prefixes: offer the first max
    return new Completions(found.subList(0, Math.min(max, found.size())), false);
  }

  /** Up to {@code limit} distinct prefixes of {@code length} characters, sorted. */
  private List<String> distinctPrefixes(String table, String prefix, int length, int limit)
      throws SQLException {
    String column = idColumn(table);
    String sql =
        "SELECT DISTINCT substr("
            + column
            + ", 1, ?) FROM "
            + table
            + " WHERE "
            + column
            + " >= ? AND "
            + column
            + " < ? LIMIT ?";
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setInt(1, length);
      ps.setString(2, prefix);
      ps.setString(3, prefix + '\uFFFF');
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    out.sort(null); // the order of DISTINCT rows is not promised
    return out;
  }

  private static String idColumn(String table) {
    return switch (table) {
      case "orders" -> "order_id";
      case "customers" -> "customer_id";
      case "returns" -> "return_id";
      default -> throw new IllegalArgumentException(table);
    };
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
