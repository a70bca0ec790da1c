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

  static boolean isReadOnly(SQLException e) {
    return e instanceof SQLiteException && primary(e) == SQLiteErrorCode.SQLITE_READONLY.code;
  }

  /**
   * The SQLite store at {@code path} may not be written: the file's or its directory's permissions
   * (SQLite writes its journal, the -wal and -shm files, beside the store), or a read-only disk. A
   * store error (exit 2, as a busy store), naming the store and what to do (review10 J8).
   */
  public static StoreException readOnly(java.nio.file.Path path) {
    java.nio.file.Path abs = path.toAbsolutePath();
    java.nio.file.Path dir = abs.getParent() == null ? abs : abs.getParent();
    return new StoreException(
        "store "
            + path
            + " is read-only: this user may not write the file, or its directory, where SQLite"
            + " keeps the journal (-wal, -shm) beside it; or the disk is mounted read-only",
        "make the file and its directory writable: chmod u+w "
            + abs
            + " "
            + dir
            + " (ls -l shows the owner), or run shopops as the user who owns them; nothing was"
            + " written");
  }

  /**
   * The store error for a failed statement on the SQLite store at {@code path}: as {@link
   * #describe(SQLException)}, a read-only store named.
   */
  public static StoreException describe(SQLException e, java.nio.file.Path path) {
    return isReadOnly(e) ? readOnly(path) : describe(e);
  }

  /** Whether a statement failed because the SQLite file is damaged (corrupt, or not a database). */
  public static boolean damaged(SQLException e) {
    if (!(e instanceof SQLiteException)) {
      return false; // a PostgreSQL store's files are the server's
    }
    int c = primary(e);
    return c == SQLiteErrorCode.SQLITE_CORRUPT.code || c == SQLiteErrorCode.SQLITE_NOTADB.code;
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
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    String text = m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    // the driver says the code's text, then SQLite's own in parentheses, often the same words:
    // "The database disk image is malformed (database disk image is malformed)" is said once
    java.util.regex.Matcher said = SAID_TWICE.matcher(text);
    if (said.matches()
        && said.group(1)
            .toLowerCase(java.util.Locale.ROOT)
            .endsWith(said.group(2).toLowerCase(java.util.Locale.ROOT))) {
      return said.group(1);
    }
    return text;
  }

  private static final java.util.regex.Pattern SAID_TWICE =
      java.util.regex.Pattern.compile("(.+) \\((.+)\\)");
}
