package com.shopops.cli;

/**
 * {@link ErrorText}'s patterns for a store on PostgreSQL that cannot be opened ({@code
 * store.PgErrors}): each a regular expression and the key of its message. The server's own reason
 * (the last part of "the server refused the login of …: REASON") is shown as the server sent it.
 */
final class PgErrorText {
  private PgErrorText() {}

  static final String[][] KNOWN = {
    {"cannot open store (postgres\\S*://\\S+): (.+)", "error.pg_cannot_open"},
    {"cannot create store (postgres\\S*://\\S+): (.+)", "error.pg_cannot_create"},
    {"cannot read store (postgres\\S*://\\S+): (.+)", "error.pg_cannot_read"},
    {
      "the PostgreSQL server at (\\S+) does not support SSL, and the URL requires it"
          + " \\(sslmode=(\\S+)\\)",
      "error.pg_no_ssl"
    },
    {
      "drop \\?sslmode=(\\S+) from --db \\(on a trusted network\\), or have the"
          + " administrator turn SSL on in the server's postgresql.conf \\(ssl = on\\)",
      "hint.pg_no_ssl"
    },
    {"the server refused the login of (\\S+): (.+)", "error.pg_login_refused"},
    {"it asks for a password and none was given", "error.pg_no_password"},
    {
      "give the password in PGPASSWORD or ~/.pgpass \\(host:port:db:user:password\\)",
      "hint.pg_give_password"
    },
    {
      "the login does not exist yet: the administrator creates it, e.g. createuser"
          + " --pwprompt --role OWNER (\\S+) \\(OWNER: the role that owns the store\\)",
      "hint.pg_no_role"
    },
    {
      "ask the administrator to allow host (\\S+) for (\\S+) in the server's pg_hba.conf"
          + " \\(then pg_ctl reload\\)",
      "hint.pg_hba"
    },
    {"check the password \\(from the URL, PGPASSWORD or ~/.pgpass\\)", "hint.pg_check_password"},
    {"ask the administrator to let (\\S+) log in", "hint.pg_ask_admin"},
    {"database \"(.+)\" does not exist", "error.pg_no_database"},
    {"the administrator creates it: createdb (.+)", "hint.pg_createdb"},
    {"cannot reach the PostgreSQL server at (\\S+)", "error.pg_unreachable"},
    {"check that the server is running and the host and port in --db", "hint.pg_unreachable"}
  };
}
