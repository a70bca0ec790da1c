package com.shopops.render;

/**
 * One output column: its machine name (csv/json header), what it holds and, when the name alone
 * would be labelled wrongly in another language, the key of its own label ({@code labelKey}: a
 * list's created_at is when it was made, not when an order was placed).
 */
public record Column(String name, ColumnType type, String labelKey) {
  public Column(String name, ColumnType type) {
    this(name, type, null);
  }

  /** This column labelled by {@code column.KEY} instead of {@code column.NAME}. */
  public Column labelled(String key) {
    return new Column(name, type, key);
  }

  public static Column text(String name) {
    return new Column(name, ColumnType.TEXT);
  }

  public static Column integer(String name) {
    return new Column(name, ColumnType.INTEGER);
  }

  public static Column money(String name) {
    return new Column(name, ColumnType.MONEY);
  }

  public static Column decimal(String name) {
    return new Column(name, ColumnType.DECIMAL);
  }

  public static Column rate(String name) {
    return new Column(name, ColumnType.RATE);
  }

  public static Column timestamp(String name) {
    return new Column(name, ColumnType.TIMESTAMP);
  }

  public static Column date(String name) {
    return new Column(name, ColumnType.DATE);
  }

  public static Column bool(String name) {
    return new Column(name, ColumnType.BOOLEAN);
  }
}
