package com.shopops.app.imports;

/** How a mapped cell is read. */
public enum FieldType {
  /**
   * Trimmed text; a leading {@code '} and Excel's {@code ="…"} wrapping are removed. Ids are text.
   */
  TEXT,
  /** A point in time; values without an offset are read in the store zone. */
  TIMESTAMP,
  /** A calendar date. */
  DATE,
  /** Money, kept as integer minor units. */
  MONEY,
  /**
   * Money per unit: as {@link #MONEY}, and a price with more than 2 decimal places (a wholesale
   * price in tenths of a penny) is kept as its exact decimal text, for the line amount to be
   * computed exactly ({@link com.shopops.parse.Amounts#price}).
   */
  PRICE,
  /** A whole number. */
  INTEGER,
  /** Yes/no. */
  BOOLEAN
}
