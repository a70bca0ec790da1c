package com.shopops.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Opening and creating a store on PostgreSQL: one connection, the schema migrated in one
 * transaction, the store's zone and currency in its settings as for a file. What a failure means
 * for the user is {@link PgErrors}'s.
 */
final class PgStores {
  private PgStores() {}

  static Store create(PgUrl url, ZoneId zone, String currency, Instant now) {
    Connection conn = connect(url, "cannot create store");
    try {
      if (Dialect.POSTGRESQL.hasTable(conn, "settings")
          || Dialect.POSTGRESQL.schemaVersion(conn) > 0
          || Migrations.migrate(conn, now) < Migrations.latest()) { // or another init was first
        throw new StoreException(
            "store " + url.display() + " already exists",
            "use it as it is, or pass --db to create another");
      }
      conn.setAutoCommit(false);
      Settings.put(conn, Settings.ZONE, zone.getId());
      Settings.put(conn, Settings.CREATED_AT, Long.toString(now.getEpochSecond()));
      Settings.put(conn, Settings.CURRENCY, currency);
      conn.commit();
      conn.setAutoCommit(true);
      return new Store(url, conn, zone);
    } catch (SQLException e) {
      close(conn);
      throw PgErrors.opening("cannot create store", url, e);
    } catch (RuntimeException e) {
      close(conn);
      throw e;
    }
  }

  static Store open(PgUrl url, Instant now, Store.Waiting waiting) {
    Connection conn = connect(url, "cannot open store");
    try {
      int version = Dialect.POSTGRESQL.schemaVersion(conn);
      Migrations.refuseNewer(url.display(), version);
      if (version == 0 && !Dialect.POSTGRESQL.hasTable(conn, "settings")) {
        throw new StoreException(
            "no store in " + url.display(),
            "create one with `shopops --db " + url.display() + " init`");
      }
      Migrations.refuseOtherSteps(url.display(), conn, version); // tryout23a A5
      long started = System.nanoTime();
      Migrations.Opening opening = new Migrations.Opening(url.display(), null, waiting);
      int applied = Migrations.migrate(conn, now, Migrations.latest(), opening);
      String zoneId = Settings.get(conn, Settings.ZONE).orElse(ZoneId.systemDefault().getId());
      return new Store(url, conn, ZoneId.of(zoneId)).upgraded(applied, started, opening);
    } catch (SQLException e) {
      StoreException refused = PgErrors.opening("cannot open store", url, e);
      String[] stray = "42501".equals(e.getSQLState()) ? PgOwner.strayOwner(conn) : null;
      close(conn);
      if (stray != null) {
        throw new StoreException(
            refused.getMessage() + "; the tables belong to " + stray[0] + ", not to " + stray[1],
            "in this database, "
                + stray[0]
                + " or a superuser runs `REASSIGN OWNED BY "
                + stray[0]
                + " TO "
                + stray[1]
                + "`");
      }
      throw refused;
    } catch (DateTimeException e) {
      close(conn);
      throw new StoreException("cannot open store " + url.display() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(conn);
      throw e;
    }
  }

  static Connection connect(PgUrl url, String what) {
    try {
      Connection conn = DriverManager.getConnection(url.jdbcUrl(), url.properties());
      try (var st = conn.createStatement()) {
        // times are epoch seconds and days are cut in the store zone by shopops itself: the
        // session zone only matters to the server's own log. No JIT: the reports' queries are
        // short, and a correlated subquery's cost estimate crosses jit_above_cost, so JIT spent
        // more compiling than the query ran (metrics --by day, 20k orders: 1.38 s on the server
        // with JIT, 0.77 s without; docs/benchmarks.md, PostgreSQL)
        st.execute("SET lock_timeout = 0; SET jit = off");
      }
      PgErrors.connected(url);
      return conn;
    } catch (SQLException e) {
      throw PgErrors.opening(what, url, e);
    }
  }

  private static void close(Connection conn) {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }
}
