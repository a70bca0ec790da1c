package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a refused connection says, from the driver's SQLSTATE and text (PgStoreTest meets each on a
 * real server): the server's reason and a hint each; the driver's own text may be translated, so
 * SSL and a missing password are known by the state and the URL.
 */
class PgErrorsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  private static StoreException open(String url, String state, String message) {
    return PgErrors.opening(
        "cannot open store", PgUrl.parse(url, NO_ENV), new SQLException(message, state));
  }

  @Test
  void sslThatTheServerDoesNotSupport() {
    StoreException e =
        open("postgresql://shop:pw@db:5433/shop?sslmode=verify-full", "08004", "服务器不支持 SSL。");
    assertEquals(
        "cannot open store postgresql://shop@db:5433/shop?sslmode=verify-full: the PostgreSQL"
            + " server at db:5433 does not support SSL, and the URL requires it"
            + " (sslmode=verify-full)",
        e.getMessage());
    assertEquals(
        "drop ?sslmode=verify-full from --db (on a trusted network), or have the administrator"
            + " turn SSL on in the server's postgresql.conf (ssl = on)",
        e.hint());
  }

  @Test
  void aPasswordAskedForAndNoneGiven() {
    StoreException e = open("postgresql://shop@db:5432/shop", "08004", "需要密码");
    assertEquals(
        "cannot open store postgresql://shop@db:5432/shop: the server refused the login of"
            + " shop@db:5432/shop: it asks for a password and none was given",
        e.getMessage());
    assertEquals(
        "give the password in PGPASSWORD or ~/.pgpass (host:port:db:user:password)", e.hint());
  }

  @Test
  void aPasswordAskedForWhenThePasswordFileWasLeftOutSaysWhy() throws java.io.IOException {
    java.nio.file.Path pass = java.nio.file.Files.createTempFile("pgpass", "");
    try {
      java.nio.file.Files.writeString(pass, "db:5432:shop:shop:pw\n");
      java.nio.file.Files.setPosixFilePermissions(
          pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      StoreException e =
          PgErrors.opening(
              "cannot open store",
              PgUrl.parse(
                  "postgresql://shop@db:5432/shop",
                  java.util.Map.of("PGPASSFILE", pass.toString())),
              new SQLException("需要密码", "08004"));
      assertEquals(
          "the password file "
              + pass
              + " was not read: its group or others may read it; permissions should be u=rw"
              + " (0600) or less: chmod 0600 "
              + pass,
          e.hint());
    } finally {
      java.nio.file.Files.delete(pass);
    }
  }

  @Test
  void noPgHbaEntryNamesTheClientHost() {
    StoreException e =
        open(
            "postgresql://bob@db:5432/shop",
            "28000",
            "FATAL: no pg_hba.conf entry for host \"10.0.0.7\", user \"bob\", database \"shop\","
                + " SSL off");
    assertEquals(
        "cannot open store postgresql://bob@db:5432/shop: the server refused the login of"
            + " bob@db:5432/shop: no pg_hba.conf entry for host \"10.0.0.7\", user \"bob\","
            + " database \"shop\", SSL off",
        e.getMessage());
    assertEquals(
        "ask the administrator to allow host 10.0.0.7 for bob in the server's pg_hba.conf (then"
            + " pg_ctl reload)",
        e.hint());
  }

  @Test
  void anotherRefusalPassesTheReasonOn() {
    StoreException e =
        open(
            "postgresql://bob@db:5432/shop",
            "28000",
            "FATAL: role \"bob\" is not permitted to log in");
    assertEquals(
        "cannot open store postgresql://bob@db:5432/shop: the server refused the login of"
            + " bob@db:5432/shop: role \"bob\" is not permitted to log in",
        e.getMessage());
    assertEquals("ask the administrator to let bob log in", e.hint());
  }

  @Test
  void aMissingDatabaseIsMadeByTheAdministrator() {
    StoreException e =
        open(
            "postgresql://shop:pw@db:5432/nosuch",
            "3D000",
            "FATAL: database \"nosuch\" does not exist");
    assertEquals(
        "cannot open store postgresql://shop@db:5432/nosuch: database \"nosuch\" does not exist",
        e.getMessage());
    assertEquals(
        "the administrator creates it: createdb -h db -p 5432 --owner shop nosuch (for a store the"
            + " team shares, the team's shared role instead of shop: README \"A shared store for a"
            + " team\")",
        e.hint());
  }

  /** The states that say this login may not write (PresaleUpgrade leaves the work to a writer). */
  @Test
  void permissionDeniedAndReadOnlyRefuseWrites() {
    assertTrue(PgErrors.refusesWrites(new SQLException("permission denied", "42501")));
    assertTrue(PgErrors.refusesWrites(new SQLException("read-only transaction", "25006")));
    assertFalse(PgErrors.refusesWrites(new SQLException("deadlock", "40P01")));
    assertFalse(PgErrors.refusesWrites(new SQLException("no state")));
    assertTrue(PresaleUpgrade.notAllowed(new SQLException("read-only transaction", "25006")));
    assertFalse(PresaleUpgrade.notAllowed(new SQLException("disk full", "53100")));
  }
}
