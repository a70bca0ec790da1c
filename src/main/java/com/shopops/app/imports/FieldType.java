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
  /** A whole number. */
  INTEGER,
  /** Yes/no. */
  BOOLEAN
}
