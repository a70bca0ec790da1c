package com.shopops.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an SQLite failure means for the user: the store is busy, read-only, damaged, or the disk is
 * full. These are store errors (exit 2) with a hint, never "internal error".
 */
public final class StoreErrors {
  private StoreErrors() {}

  /** The primary SQLite result code (extended codes folded), or -1 when not an SQLite error. */
  static int primary(SQLException e) {
    if (e instanceof SQLiteException se) {
      return se.getResultCode().code & 0xff;
    }
    return e.getErrorCode() > 0 ? e.getErrorCode() & 0xff : -1;
  }

  static boolean isBusy(SQLException e) {
    int c = primary(e);
    return c == SQLiteErrorCode.SQLITE_BUSY.code || c == SQLiteErrorCode.SQLITE_LOCKED.code;
  }

  /** A short reason in the user's words, for a known failure; else SQLite's own message. */
  static String reason(SQLException e) {
    int c = primary(e);
    if (c == SQLiteErrorCode.SQLITE_BUSY.code || c == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return "the store is busy: another shopops is writing to it";
    } else if (c == SQLiteErrorCode.SQLITE_READONLY.code) {
      return "the store is read-only (file or directory permissions, or a read-only disk)";
    } else if (c == SQLiteErrorCode.SQLITE_CORRUPT.code
        || c == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return "the store file is damaged (" + message(e) + ")";
    } else if (c == SQLiteErrorCode.SQLITE_FULL.code) {
      return "the disk is full";
    } else if (c == SQLiteErrorCode.SQLITE_IOERR.code) {
      return "a disk read or write failed (" + message(e) + ")";
    } else if (c == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return "the file cannot be opened (permissions, or a missing directory)";
    }
    return message(e);
  }

  static String hint(SQLException e) {
    int c = primary(e);
    if (c == SQLiteErrorCode.SQLITE_BUSY.code || c == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return "run this again when the other command has finished, or wait longer with --wait";
    } else if (c == SQLiteErrorCode.SQLITE_READONLY.code) {
      return "check that you may write the store file and its directory (ls -l)";
    } else if (c == SQLiteErrorCode.SQLITE_CORRUPT.code
        || c == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return "restore the store from a backup; nothing was changed by this command";
    } else if (c == SQLiteErrorCode.SQLITE_FULL.code) {
      return "free some disk space and run the command again; nothing was written";
    }
    return null;
  }

  /**
   * The store error for a failed SQL statement, or null when the failure is not one a user can act
   * on (a bug: the caller reports it as an internal error).
   */
  public static StoreException describe(SQLException e) {
    if (!(e instanceof SQLiteException) && e.getSQLState() != null) {
      return PgErrors.describe(e); // a PostgreSQL store
    }
    int c = primary(e);
    boolean known =
        c == SQLiteErrorCode.SQLITE_BUSY.code
            || c == SQLiteErrorCode.SQLITE_LOCKED.code
            || c == SQLiteErrorCode.SQLITE_READONLY.code
            || c == SQLiteErrorCode.SQLITE_CORRUPT.code
            || c == SQLiteErrorCode.SQLITE_NOTADB.code
            || c == SQLiteErrorCode.SQLITE_FULL.code
            || c == SQLiteErrorCode.SQLITE_IOERR.code
            || c == SQLiteErrorCode.SQLITE_CANTOPEN.code;
    return known ? new StoreException("store: " + reason(e), hint(e)) : null;
  }

  private static String message(SQLException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
  }
}
