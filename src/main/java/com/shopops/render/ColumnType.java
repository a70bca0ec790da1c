package com.shopops.render;

/**
 * What a column holds, so that each renderer can write it the right way: money and numbers as
 * numbers (right-aligned, never prefixed against CSV injection), timestamps in the store zone.
 */
public enum ColumnType {
  /** A {@link String}; ids are always text. */
  TEXT,
  /** A {@link Long} or {@link Integer}. */
  INTEGER,
  /** A {@link Long} amount in minor units (fen/cents), written with 2 decimals: 1221.30. */
  MONEY,
  /** A {@link java.math.BigDecimal} written as it is (hours, averages). */
  DECIMAL,
  /** A {@link java.math.BigDecimal} fraction (0.0312); tables show it as a percentage. */
  RATE,
  /** An {@link java.time.Instant}, written in the store zone: 2025-06-17 19:03:29. */
  TIMESTAMP,
  /** A {@link java.time.LocalDate}: 2025-06-17. */
  DATE,
  /** A {@link Boolean}. */
  BOOLEAN
}
