package com.shopops.store;

import java.sql.SQLException;

/**
 * What a PostgreSQL failure means for the user (by its SQLSTATE): the server cannot be reached, the
 * login or a permission was refused, the database is missing, busy or full. Store errors (exit 2)
 * with a hint; the password is never part of one.
 */
final class PgErrors {
  private PgErrors() {}

  /**
   * The server this thread last connected to, to name its login and the database's owner when a
   * permission is refused (review20 X7): looked up only then, so that opening a store costs nothing
   * more.
   */
  private static final ThreadLocal<PgUrl> LOGIN = new ThreadLocal<>();

  /** Remembers the server and login of a connection made on this thread. */
  static void connected(PgUrl url) {
    LOGIN.set(url);
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }

  /** insufficient_privilege: the login may not read or write the object. */
  private static final String PERMISSION_DENIED = "42501";

  /** read_only_sql_transaction: a standby, or default_transaction_read_only. */
  private static final String READ_ONLY = "25006";

  /**
   * Whether a PostgreSQL failure says this login may not write the store: permission denied (42501)
   * or a read-only database (25006).
   */
  static boolean refusesWrites(SQLException e) {
    String s = state(e);
    return s.equals(PERMISSION_DENIED) || s.equals(READ_ONLY);
  }

  /**
   * A failure while connecting or opening: the server's own reason (SSL not supported, no such
   * role, no pg_hba.conf entry, a wrong or missing password, no such database, not reachable) with
   * a hint for each. The driver's text never holds the password; the URL is shown without it.
   */
  static StoreException opening(String what, PgUrl url, SQLException e) {
    String s = state(e);
    String m = message(e);
    String head = what + " " + url.display() + ": ";
    String server = url.host() + ":" + url.port();
    String where = url.user() + "@" + server + "/" + url.database();
    boolean noPassword = url.password() == null || url.password().isEmpty();
    // the driver's own texts may come in the JVM's language: known by the state and the URL
    if (s.startsWith("08") && m.contains("SSL") && sslRequired(url)) {
      String mode = url.params().getOrDefault("sslmode", "require");
      return new StoreException(
          head
              + "the PostgreSQL server at "
              + server
              + " does not support SSL, and the URL requires it (sslmode="
              + mode
              + ")",
          "drop ?sslmode="
              + mode
              + " from --db (on a trusted network), or have the administrator turn SSL on in the"
              + " server's postgresql.conf (ssl = on)");
    } else if (s.equals("08004") && noPassword) {
      return new StoreException(
          head
              + "the server refused the login of "
              + where
              + ": it asks for a password and none was given",
          url.passFileWarning() != null
              ? url.passFileWarning()
              : "give the password in PGPASSWORD or ~/.pgpass (host:port:db:user:password)");
    } else if (s.equals("28000") && m.matches("role \".*\" does not exist")) {
      return new StoreException(
          head + "the server refused the login of " + where + ": " + m,
          "the login does not exist yet: the administrator creates it, e.g. createuser"
              + " --pwprompt --role OWNER "
              + url.user()
              + " (OWNER: the role that owns the store)");
    } else if (s.equals("28000") && m.contains("pg_hba.conf")) {
      String client = quoted(m, "host", url.host());
      return new StoreException(
          head + "the server refused the login of " + where + ": " + m,
          "ask the administrator to allow host "
              + client
              + " for "
              + url.user()
              + " in the server's pg_hba.conf (then pg_ctl reload)");
    } else if (s.equals("28P01")) {
      return new StoreException(
          head + "the server refused the login of " + where + ": " + m,
          "check the password (from the URL, PGPASSWORD or ~/.pgpass)");
    } else if (s.startsWith("28")) {
      return new StoreException(
          head + "the server refused the login of " + where + ": " + m,
          "ask the administrator to let " + url.user() + " log in");
    } else if (s.equals("3D000")) {
      return new StoreException(
          head + "database \"" + url.database() + "\" does not exist",
          "the administrator creates it: createdb -h "
              + url.host()
              + " -p "
              + url.port()
              + " --owner "
              + url.user()
              + " "
              + url.database()
              + " (for a store the team shares, the team's shared role instead of "
              + url.user()
              + ": README \"A shared store for a team\")");
    } else if (s.startsWith("08")) {
      return new StoreException(
          head + "cannot reach the PostgreSQL server at " + server,
          "check that the server is running and the host and port in --db");
    }
    StoreException known = describe(e);
    if (known != null) {
      return new StoreException(
          head + known.getMessage().replaceFirst("^store: ", ""), known.hint());
    }
    return new StoreException(head + m, (String) null);
  }

  private static boolean sslRequired(PgUrl url) {
    String mode = url.params().getOrDefault("sslmode", "");
    return mode.equals("require") || mode.startsWith("verify");
  }

  /** The value of {@code name "value"} in a server message (pg_hba's host), else {@code dflt}. */
  private static String quoted(String message, String name, String dflt) {
    java.util.regex.Matcher x =
        java.util.regex.Pattern.compile(name + " \"([^\"]*)\"").matcher(message);
    return x.find() ? x.group(1) : dflt;
  }

  /** The store error for a failed statement, or null when it is a bug. */
  static StoreException describe(SQLException e) {
    String s = state(e);
    if (s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03")) {
      return new StoreException(
          "store: the connection to the PostgreSQL server was lost (" + message(e) + ")",
          "run the command again; nothing of an unfinished transaction was written");
    } else if (s.equals(PERMISSION_DENIED)) {
      return new StoreException(
          "store: permission denied (" + message(e) + ")", PgOwner.refusedHint(LOGIN.get()));
    } else if (s.equals(READ_ONLY)) {
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

  /**
   * The server's own reason, its first line only: the driver adds the statement's context ("Where:
   * SQL statement …", a trigger's function) below it, which says nothing to the user.
   */
  private static String message(SQLException e) {
    String m = e.getMessage();
    return m == null
        ? e.getClass().getSimpleName()
        : m.replaceFirst("^(ERROR|FATAL): ", "").lines().findFirst().orElse("").strip();
  }
}
