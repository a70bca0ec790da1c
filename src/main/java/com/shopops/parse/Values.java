package com.shopops.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The typed readings of a cell in one place, for the command-line options that still read raw
 * strings. New code calls {@link CellText}, {@link Amounts}, {@link Integers}, {@link Flags},
 * {@link Timestamps} and {@link Dates} directly; this facade goes when its last caller does.
 */
public final class Values {
  private Values() {}

  public static String text(String raw) {
    return CellText.text(raw);
  }

  public static Long amount(String raw) {
    return Amounts.amount(raw);
  }

  public static Long integer(String raw) {
    return Integers.integer(raw);
  }

  public static Boolean bool(String raw) {
    return Flags.bool(raw);
  }

  public static Instant timestamp(String raw, ZoneId zone) {
    return Timestamps.timestamp(raw, zone);
  }

  public static Instant timestamp(String raw, ZoneId zone, DateTimeFormatter pattern) {
    return Timestamps.timestamp(raw, zone, pattern);
  }

  public static LocalDate date(String raw) {
    return Dates.date(raw);
  }
}
