package com.shopops.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Every table of figures the store keeps up to date inside the writing transaction, in one list:
 * what a transaction refreshes before it commits, what {@code check --rebuild} builds again from
 * the raw rows, and what {@code check} compares with the raw rows. A new kind of maintained figures
 * is registered here once, in all three.
 */
public final class MaintainedFigures {
  private MaintainedFigures() {}

  /** Brings the figures the transaction's writes marked up to date; called before commit. */
  public static void refresh(Connection conn) throws SQLException {
    refresh(conn, null);
  }

  /**
   * As {@link #refresh(Connection)}, the SLA figures by deltas of the orders an import's writers
   * read before writing them ({@code slaBefore}, the import session's; null: none).
   */
  static void refresh(Connection conn, SlaFigureUpkeep.Before slaBefore) throws SQLException {
    CustomerFigureUpkeep.refresh(conn);
    SlaFigureUpkeep.refresh(conn, slaBefore);
  }

  /** Builds every kind of figures again from the raw rows, each in one transaction. */
  public static void rebuild(Store store) throws SQLException {
    CustomerFigureUpkeep.rebuild(store);
    VisitorDays.rebuild(store);
    SlaFigureUpkeep.rebuild(store);
  }

  /** How many rows of maintained figures differ from the raw rows added up anew (0: all right). */
  public static long differences(Store store) throws SQLException {
    return CustomerFigureUpkeep.differences(store) + SlaFigureUpkeep.differences(store);
  }
}
