package com.shopops.store;

import java.sql.SQLException;

/**
 * What a PostgreSQL failure means for the user (by its SQLSTATE): the server cannot be reached, the
 * login or a permission was refused, the database is missing, busy or full. Store errors (exit 2)
 * with a hint; the password is never part of one.
 */
final class PgErrors {
  private PgErrors() {}

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }

  /** A failure while connecting or opening. */
  static StoreException opening(String what, PgUrl url, SQLException e) {
    String s = state(e);
    String where = url.user() + "@" + url.host() + ":" + url.port() + "/" + url.database();
    if (s.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
      s = "28P01"; // the server asked for a password and none was found: a refused login
    }
    if (s.startsWith("08")) {
      return new StoreException(
          what
              + " "
              + url.display()
              + ": cannot reach the PostgreSQL server at "
              + url.host()
              + ":"
              + url.port(),
          "check that the server is running and the host and port in --db");
    } else if (s.equals("28P01") || s.equals("28000")) {
      return new StoreException(
          what + " " + url.display() + ": the server refused the login of " + where,
          url.password() == null || url.password().isEmpty()
              ? "give the password in PGPASSWORD or ~/.pgpass (host:port:db:user:password)"
              : "check the password (from the URL, PGPASSWORD or ~/.pgpass) and pg_hba.conf");
    } else if (s.equals("3D000")) {
      return new StoreException(
          what + " " + url.display() + ": database \"" + url.database() + "\" does not exist",
          "create it first: createdb -h "
              + url.host()
              + " -p "
              + url.port()
              + " -U "
              + url.user()
              + " "
              + url.database());
    }
    StoreException known = describe(e);
    if (known != null) {
      return new StoreException(
          what + " " + url.display() + ": " + known.getMessage().replaceFirst("^store: ", ""),
          known.hint());
    }
    return new StoreException(what + " " + url.display() + ": " + message(e), (String) null);
  }

  /** The store error for a failed statement, or null when it is a bug. */
  static StoreException describe(SQLException e) {
    String s = state(e);
    if (s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03")) {
      return new StoreException(
          "store: the connection to the PostgreSQL server was lost (" + message(e) + ")",
          "run the command again; nothing of an unfinished transaction was written");
    } else if (s.equals("42501")) {
      return new StoreException(
          "store: permission denied (" + message(e) + ")",
          "ask the database's owner to grant this user access to the shopops tables");
    } else if (s.equals("25006")) {
      return new StoreException(
          "store: the database is read-only (a standby, or default_transaction_read_only)",
          "connect to the primary server to write");
    } else if (s.equals("53100")) {
      return new StoreException(
          "store: the database server's disk is full",
          "free some disk space on the server and run the command again; nothing was written");
    } else if (s.equals("53300")) {
      return new StoreException(
          "store: the PostgreSQL server has too many connections",
          "run this again in a moment, or raise max_connections");
    } else if (s.equals("40001") || s.equals("40P01") || s.equals("55P03")) {
      return new StoreException(
          "store: the store is busy: another shopops is writing the same rows",
          "run this again when the other command has finished");
    }
    return null;
  }

  private static String message(SQLException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replaceFirst("^(ERROR|FATAL): ", "");
  }
}
