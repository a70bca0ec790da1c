package com.shopops.store;

/**
 * Who ran an import or removed or restored a parcel without --agent, as those records keep it in
 * one text ({@link Store#operator}): the login name, on PostgreSQL with the database user beside it
 * where the two differ, {@code "alice (database user shop)"}. The one place that writes and reads
 * that text: lists give the two apart (tryout28a A5: the csv {@code user} column held the prose on
 * PostgreSQL only, and zh showed it in English).
 *
 * @param login the login name, or the --agent given (as recorded)
 * @param databaseUser the database user recorded beside it, or null (SQLite, the same name,
 *     --agent)
 */
public record Who(String login, String databaseUser) {
  private static final String BESIDE = " (database user ";

  /** The text the record keeps. */
  public String recorded() {
    return databaseUser == null ? login : login + BESIDE + databaseUser + ")";
  }

  /** What {@code recorded} ({@link #recorded}) says; null for null (not known before V015). */
  public static Who of(String recorded) {
    if (recorded == null) {
      return null;
    }
    int at = recorded.lastIndexOf(BESIDE);
    if (at <= 0 || !recorded.endsWith(")")) {
      return new Who(recorded, null);
    }
    return new Who(
        recorded.substring(0, at), recorded.substring(at + BESIDE.length(), recorded.length() - 1));
  }
}
