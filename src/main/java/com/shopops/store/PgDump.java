package com.shopops.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backup of a store on PostgreSQL is the server's own: {@code pg_dump} in its custom format (one
 * consistent snapshot, taken while others keep reading and writing; {@code pg_restore} reads it).
 * The command line names the store by its URL without the password; the password, when shopops has
 * one, goes to pg_dump in its environment ({@code PGPASSWORD}), never on a command line.
 */
public final class PgDump {
  private PgDump() {}

  /**
   * The pg_dump command line that writes a backup of {@code store} to {@code file}; it never asks
   * for a password on a terminal (a missing one fails, as for shopops itself).
   */
  public static List<String> command(Store store, String pgDump, Path file) {
    return List.of(
        pgDump,
        "--format=custom",
        "--no-password",
        "--file=" + file,
        "--dbname=" + url(store).display());
  }

  /** The command line as a user types it: the store's URL quoted for a shell. */
  public static String shown(Store store, Path file) {
    return "pg_dump --format=custom --file="
        + quote(file.toString())
        + " "
        + quote(url(store).display());
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:@=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** {@code pg_dump} on {@code PATH} (of {@code env}), if any. */
  public static Optional<Path> find(Map<String, String> env) {
    for (String d : env.getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "pg_dump"))) {
        return Optional.of(Path.of(d, "pg_dump"));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code pgDump} to write the backup into {@code file} (a new file). Returns nothing when it
   * succeeded, else what pg_dump said (its last lines).
   */
  public static Optional<String> run(Store store, Path pgDump, Path file) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command(store, pgDump.toString(), file)).redirectErrorStream(true);
    String password = url(store).password();
    if (password != null && !password.isEmpty()) {
      pb.environment().put("PGPASSWORD", password);
    }
    pb.environment().put("PGAPPNAME", "shopops backup");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] said = p.getInputStream().readAllBytes();
    int exit;
    try {
      exit = p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_dump ran", e);
    }
    if (exit == 0) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(new String(said, StandardCharsets.UTF_8).lines().toList());
    String why = lines.isEmpty() ? "pg_dump exited with " + exit : lines.get(lines.size() - 1);
    return Optional.of(why.replaceFirst("^pg_dump: (error: )?", ""));
  }

  private static PgUrl url(Store store) {
    PgUrl u = store.pgUrl();
    if (u == null) {
      throw new IllegalStateException("pg_dump backs up a store on PostgreSQL only");
    }
    return u;
  }
}
