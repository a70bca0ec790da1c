package com.shopops.store;

import com.shopops.text.Spelling;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A store on PostgreSQL, named as libpq names it: {@code postgresql://user:password@host:port/db
 * ?sslmode=require}. The password comes from the URL, else {@code PGPASSWORD}, else the password
 * file ({@code PGPASSFILE}, else {@code ~/.pgpass}); it is passed to the driver as a property and
 * is never part of {@link #display()}, so it is never printed, logged or stored.
 */
public record PgUrl(
    String user,
    String host,
    int port,
    String database,
    Map<String, String> params,
    String password,
    String ignoredPassFile) {

  static final int DEFAULT_PORT = 5432;

  /**
   * The libpq URL parameters passed on to the driver, which takes them under the same name. Any
   * other is refused, as psql refuses it: a mistyped {@code sslmod=require} would go without TLS.
   */
  private static final List<String> PARAMETERS =
      List.of("sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword", "options");

  /** Every parameter a URL may have: those above, and those that name a part of the URL. */
  private static final List<String> KNOWN =
      List.of(
          "sslmode",
          "sslrootcert",
          "sslcert",
          "sslkey",
          "sslpassword",
          "options",
          "user",
          "password",
          "host",
          "port",
          "dbname");

  private static final String PASSWORD_HINT =
      "in a URL, write %, @, #, /, : in the password as %25, %40, %23, %2F, %3A; or give the"
          + " password in PGPASSWORD or ~/.pgpass (host:port:db:user:password)";

  /** Whether {@code db} names a PostgreSQL store rather than an SQLite file. */
  public static boolean isPg(String db) {
    return db != null && (db.startsWith("postgresql://") || db.startsWith("postgres://"));
  }

  /**
   * Reads the URL; what it leaves out comes from {@code PGUSER}, {@code PGHOST}, {@code PGPORT},
   * {@code PGDATABASE}, then the password as the class comment says.
   */
  public static PgUrl parse(String url, Map<String, String> env) {
    String rest = url.substring(url.indexOf("://") + 3);
    int authorityEnd = rest.length();
    for (char c : new char[] {'/', '?'}) {
      int i = rest.indexOf(c);
      authorityEnd = i >= 0 ? Math.min(authorityEnd, i) : authorityEnd;
    }
    if (!rest.substring(0, authorityEnd).contains("@") && rest.indexOf('@', authorityEnd) >= 0) {
      // a / or ? in the password cut the URL before its @: no part of it may be shown
      throw new StoreException(
          "--db: the PostgreSQL URL holds an @ after a / or ?: a password or user name that holds"
              + " /, ?, @, # or : must be percent-encoded",
          PASSWORD_HINT);
    }
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String path = "";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      path = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    String user = null;
    String password = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String info = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = info.indexOf(':');
      user = decode(colon >= 0 ? info.substring(0, colon) : info);
      password = colon >= 0 ? info.substring(colon + 1) : null; // decoded below, never shown
    }
    String host = rest;
    String port = null;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && !rest.endsWith("]")) {
      host = rest.substring(0, colon);
      port = rest.substring(colon + 1);
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String kv : query.split("&")) {
      if (kv.isEmpty()) {
        continue;
      }
      int eq = kv.indexOf('=');
      String k = decode(eq >= 0 ? kv.substring(0, eq) : kv);
      String raw = eq >= 0 ? kv.substring(eq + 1) : "";
      if (k.equals("password")) {
        password = raw; // decoded below, never shown
        continue;
      }
      String v = decode(raw);
      switch (k) {
        case "user" -> user = v;
        case "host" -> host = v;
        case "port" -> port = v;
        case "dbname" -> path = v;
        default -> {
          if (!PARAMETERS.contains(k)) {
            throw new StoreException(
                "--db: unknown parameter \""
                    + k
                    + "\" in the PostgreSQL URL"
                    + Spelling.didYouMean(k, KNOWN),
                "the parameters shopops knows in a PostgreSQL URL: " + String.join(", ", KNOWN));
          }
          params.put(k, v);
        }
      }
    }
    if (user == null || user.isEmpty()) {
      user = or(env.get("PGUSER"), System.getProperty("user.name"));
    }
    if (host.isEmpty()) {
      host = or(env.get("PGHOST"), "localhost");
    }
    if (port == null || port.isEmpty()) {
      port = or(env.get("PGPORT"), Integer.toString(DEFAULT_PORT));
    }
    int portNo;
    try {
      portNo = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new StoreException(
          "--db: the port of a PostgreSQL store is a number, not \"" + port + "\"",
          "e.g. postgresql://shop@db.example.com:5432/shop");
    }
    String db = decode(path);
    if (db.isEmpty()) {
      db = or(env.get("PGDATABASE"), user);
    }
    PgUrl u = new PgUrl(user, host, portNo, db, Map.copyOf(params), null, null);
    password = decodePassword(password, u);
    u = new PgUrl(user, host, portNo, db, u.params, password, null);
    if (password == null || password.isEmpty()) {
      String pw = env.get("PGPASSWORD");
      String ignored = null;
      if (pw == null || pw.isEmpty()) {
        Path file = passFile(env);
        if (openToOthers(file)) {
          ignored = file.toString(); // as libpq: not read, and said (passFileWarning)
        } else {
          pw = fromPassFile(u, env);
        }
      }
      u = new PgUrl(user, host, portNo, db, u.params, pw, ignored);
    }
    return u;
  }

  private static String or(String a, String b) {
    return a == null || a.isEmpty() ? b : a;
  }

  /** A part of the URL other than the password, whose text may be shown when it is miswritten. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "--db: \""
              + s
              + "\" in the PostgreSQL URL holds a % that is not followed by two hex digits",
          "write a % in a URL as %25");
    }
  }

  /**
   * The password, percent-decoded; a miswritten one is refused without a character of it (the
   * decoder's own message quotes the characters after the %).
   */
  private static String decodePassword(String s, PgUrl withoutPassword) {
    if (s == null) {
      return null;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "--db: the password in the URL "
              + withoutPassword.display()
              + " holds a % that is not followed by two hex digits",
          PASSWORD_HINT);
    }
  }

  /** How the store is shown: the URL without its password. */
  public String display() {
    StringBuilder b = new StringBuilder("postgresql://");
    b.append(user).append('@').append(host).append(':').append(port).append('/').append(database);
    String sep = "?";
    for (Map.Entry<String, String> p : new java.util.TreeMap<>(params).entrySet()) {
      b.append(sep).append(p.getKey()).append('=').append(p.getValue());
      sep = "&";
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return display(); // never the password
  }

  /** The driver's URL (never with the password: that goes in {@link #properties()}). */
  String jdbcUrl() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    StringBuilder b = new StringBuilder("jdbc:postgresql://");
    b.append(h).append(':').append(port).append('/').append(encode(database));
    String sep = "?";
    for (Map.Entry<String, String> p : params.entrySet()) {
      b.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      sep = "&";
    }
    return b.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "shopops");
    return p;
  }

  /**
   * The password of the first line of the password file that matches (libpq's format:
   * host:port:database:user:password, {@code *} matches anything, {@code \} escapes).
   */
  static String fromPassFile(PgUrl u, Map<String, String> env) {
    Path p = passFile(env);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null; // an unreadable password file is as if there were none, as for libpq
    }
    String[] want = {u.host, Integer.toString(u.port), u.database, u.user};
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = fields(line);
      if (f.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        String v = f.get(i);
        match =
            v.equals("*")
                || v.equals(want[i])
                || (i == 0 && v.equals("localhost") && want[0].equals("127.0.0.1"));
      }
      if (match) {
        return f.get(4);
      }
    }
    return null;
  }

  private static Path passFile(Map<String, String> env) {
    String file = env.get("PGPASSFILE");
    if (file != null && !file.isEmpty()) {
      return Path.of(file);
    }
    return Path.of(or(env.get("HOME"), System.getProperty("user.home")), ".pgpass");
  }

  /**
   * Whether the password file is there and its group or others may use it: libpq (psql) then does
   * not read it and warns; so does shopops. Where the file system has no POSIX permissions it is
   * read, as libpq does on Windows.
   */
  private static boolean openToOthers(Path p) {
    if (!Files.isRegularFile(p)) {
      return false;
    }
    try {
      return Files.getPosixFilePermissions(p).stream()
          .anyMatch(x -> x.name().startsWith("GROUP_") || x.name().startsWith("OTHERS_"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * What to say when the password file was left out because others may read it (null when it was
   * not), as psql says it.
   */
  public String passFileWarning() {
    return ignoredPassFile == null
        ? null
        : "the password file "
            + ignoredPassFile
            + " was not read: its group or others may read it; permissions should be u=rw (0600)"
            + " or less: chmod 0600 "
            + ignoredPassFile;
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cur.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
