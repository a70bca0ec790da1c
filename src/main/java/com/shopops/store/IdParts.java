package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A statement run for many order ids {@value #MOST} at a time, each run naming its ids in an IN
 * list of marks ({@code ?,?,?}): one statement a part, not one a row, and well under SQLite's 999
 * and PostgreSQL's 32,767 parameters.
 */
final class IdParts {
  private IdParts() {}

  /** The most ids one statement names. */
  static final int MOST = 500;

  /** What is done with one part's statement, its ids bound. */
  @FunctionalInterface
  interface Part {
    /**
     * @param next the index of the first parameter after the ids (the part's size + 1)
     */
    void run(PreparedStatement ps, int next) throws SQLException;
  }

  /**
   * For {@code ids} {@value #MOST} at a time, in their order: prepares {@code sql} of the part's
   * marks ({@code "?,?,?"}, one a part's id), binds the ids from parameter 1 and hands the
   * statement to {@code part}. Nothing is run for no ids.
   */
  static void each(Connection conn, List<String> ids, Function<String, String> sql, Part part)
      throws SQLException {
    for (int from = 0; from < ids.size(); from += MOST) {
      List<String> ofPart = ids.subList(from, Math.min(ids.size(), from + MOST));
      try (PreparedStatement ps =
          conn.prepareStatement(
              sql.apply(String.join(",", Collections.nCopies(ofPart.size(), "?"))))) {
        int i = 1;
        for (String id : ofPart) {
          ps.setString(i++, id);
        }
        part.run(ps, i);
      }
    }
  }
}
