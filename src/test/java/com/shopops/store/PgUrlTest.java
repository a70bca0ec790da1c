package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a PostgreSQL store's URL, and where its password comes from (no server needed). */
class PgUrlTest {
  @TempDir Path dir;

  private static final Map<String, String> NO_ENV = Map.of("HOME", "/nonexistent");

  @Test
  void urlPartsAndParametersPassThroughToTheDriver() {
    PgUrl u = PgUrl.parse("postgresql://shop@db.example.com:5433/ops?sslmode=require", NO_ENV);
    assertEquals("shop", u.user());
    assertEquals("db.example.com", u.host());
    assertEquals(5433, u.port());
    assertEquals("ops", u.database());
    assertEquals("jdbc:postgresql://db.example.com:5433/ops?sslmode=require", u.jdbcUrl());
    assertEquals("postgresql://shop@db.example.com:5433/ops?sslmode=require", u.display());
    assertNull(u.password());
  }

  @Test
  void defaultsFromTheEnvironmentAsLibpqHasThem() {
    PgUrl u =
        PgUrl.parse(
            "postgres:///",
            Map.of("PGUSER", "ops", "PGHOST", "pg1", "PGPORT", "6000", "HOME", "/nonexistent"));
    assertEquals("postgresql://ops@pg1:6000/ops", u.display());
  }

  @Test
  void thePasswordIsNeverShownNorInTheDriverUrl() {
    PgUrl u = PgUrl.parse("postgresql://shop:p%40ss%3Aw@h:1/db?password=x", NO_ENV);
    assertEquals("x", u.password()); // the query's, as libpq: it comes later
    assertFalse(u.display().contains("x@") || u.display().contains("p@ss"));
    assertFalse(u.jdbcUrl().contains("p@ss") || u.jdbcUrl().contains("password"));
    assertFalse(u.toString().contains("p@ss"));
    assertEquals("x", u.properties().getProperty("password"));
    PgUrl v = PgUrl.parse("postgresql://shop:p%40ss%3Aw@h:1/db", NO_ENV);
    assertEquals("p@ss:w", v.password());
    assertEquals("postgresql://shop@h:1/db", v.display());
  }

  @Test
  void passwordFromPgpasswordThenThePasswordFile() throws IOException {
    Map<String, String> env = Map.of("PGPASSWORD", "fromenv", "HOME", "/nonexistent");
    assertEquals("fromenv", PgUrl.parse("postgresql://a@h:1/db", env).password());
    Path pass = dir.resolve("pgpass");
    Files.writeString(
        pass,
        "# comment\n"
            + "other:1:db:a:wrong\n"
            + "h:1:db:b:wronguser\n"
            + "h:*:db:a:pa\\:ss\n"
            + "*:*:*:*:fallback\n");
    Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> file = Map.of("PGPASSFILE", pass.toString());
    assertEquals("pa:ss", PgUrl.parse("postgresql://a@h:1/db", file).password());
    assertEquals("fallback", PgUrl.parse("postgresql://a@h:1/other", file).password());
    assertEquals("inurl", PgUrl.parse("postgresql://a:inurl@h:1/db", file).password());
  }

  @Test
  void onlyPostgresUrlsArePostgres() {
    assertTrue(PgUrl.isPg("postgresql://h/db"));
    assertTrue(PgUrl.isPg("postgres://h/db"));
    assertFalse(PgUrl.isPg("shop.db"));
    assertFalse(PgUrl.isPg("/data/postgresql/shop.db"));
  }

  @Test
  void aPercentNotEncodedInThePasswordIsRefusedWithoutShowingAnyOfIt() {
    for (String url :
        new String[] {
          "postgresql://op3:Xy%Q7secret@localhost:55432/shop",
          "postgresql://op3@localhost:55432/shop?password=Xy%Q7secret",
          "postgresql://op3:Xy%Q7secret%@localhost:55432/shop"
        }) {
      StoreException e = assertThrows(StoreException.class, () -> PgUrl.parse(url, NO_ENV));
      assertEquals(
          "--db: the password in the URL postgresql://op3@localhost:55432/shop holds a % that is"
              + " not followed by two hex digits",
          e.getMessage());
      assertTrue(e.hint().contains("%25, %40"), e.hint());
      for (String part : new String[] {"Q7", "Xy", "secret"}) {
        assertFalse(e.getMessage().contains(part) || e.hint().contains(part), part);
      }
      assertNull(e.getCause());
    }
    StoreException db =
        assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://op3@h:1/sh%op", NO_ENV));
    assertEquals(
        "--db: \"sh%op\" in the PostgreSQL URL holds a % that is not followed by two hex digits",
        db.getMessage());
    // written as the hint says, it is the password
    assertEquals(
        "Xy%Q7secret",
        PgUrl.parse("postgresql://op3:Xy%25Q7secret@localhost:55432/shop", NO_ENV).password());
  }

  @Test
  void anUnknownParameterIsRefusedNamingTheClosestAndTheKnownOnes() {
    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                PgUrl.parse("postgresql://op1:op1pw@localhost:55432/shop?sslmod=require", NO_ENV));
    assertEquals(
        "--db: unknown parameter \"sslmod\" in the PostgreSQL URL (did you mean \"sslmode\"?)",
        e.getMessage());
    assertEquals(
        "the parameters shopops knows in a PostgreSQL URL: sslmode, sslrootcert, sslcert, sslkey,"
            + " sslpassword, options, user, password, host, port, dbname",
        e.hint());
    assertFalse(e.getMessage().contains("op1pw"));
    // the known ones still pass to the driver
    PgUrl ok =
        PgUrl.parse(
            "postgresql://op1@localhost:55432/shop?sslmode=require&sslrootcert=/etc/ca.pem",
            NO_ENV);
    assertEquals(Map.of("sslmode", "require", "sslrootcert", "/etc/ca.pem"), ok.params());
  }

  @Test
  void aSlashOrQuestionMarkInThePasswordIsRefusedWithoutShowingAnyOfIt() {
    for (String url :
        new String[] {
          "postgresql://op3:Sh0p/2026@localhost:55432/shop",
          "postgresql://op3:Sh0p?2026@localhost/shop"
        }) {
      StoreException e = assertThrows(StoreException.class, () -> PgUrl.parse(url, NO_ENV));
      assertTrue(e.getMessage().startsWith("--db: the PostgreSQL URL holds an @ after"), url);
      assertFalse(e.getMessage().contains("Sh0p") || e.getMessage().contains("2026"), url);
    }
  }

  @Test
  void aPasswordFileOthersMayReadIsNotReadAndSaidAsPsqlDoes() throws IOException {
    Path pass = dir.resolve("pgpass");
    Files.writeString(pass, "localhost:55432:shop:op1:op1pw\n");
    Map<String, String> env = Map.of("PGPASSFILE", pass.toString());
    for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw-----w-"}) {
      Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString(mode));
      PgUrl u = PgUrl.parse("postgresql://op1@localhost:55432/shop", env);
      assertNull(u.password(), mode);
      assertEquals(
          "the password file "
              + pass
              + " was not read: its group or others may read it; permissions should be u=rw"
              + " (0600) or less: chmod 0600 "
              + pass,
          u.passFileWarning());
      // a password given otherwise: the file is not needed, nothing to say
      assertNull(
          PgUrl.parse("postgresql://op1:x@localhost:55432/shop", env).passFileWarning(), mode);
    }
    Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
    PgUrl ok = PgUrl.parse("postgresql://op1@localhost:55432/shop", env);
    assertEquals("op1pw", ok.password());
    assertNull(ok.passFileWarning());
  }
}
