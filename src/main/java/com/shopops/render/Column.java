package com.shopops.render;

/** One output column: its machine name (csv/json header) and what it holds. */
public record Column(String name, ColumnType type) {
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
