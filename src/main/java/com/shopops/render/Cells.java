package com.shopops.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;

/** How one cell becomes text; shared by the renderers so every format agrees. */
final class Cells {
  /** csv/tsv/table: local time in the store zone, to the second. */
  static final DateTimeFormatter LOCAL_TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** json: always an explicit "+hh:mm" offset (never "Z"), to the second. */
  static final DateTimeFormatter OFFSET_TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private Cells() {}

  /** The csv/tsv text of a cell; null stays null (an empty cell). */
  static String plain(Column c, Object v, ZoneId zone) {
    if (v == null || v == Table.NONE) {
      return null;
    }
    return switch (c.type()) {
      case TEXT -> text(c, v);
      case INTEGER -> Long.toString(integer(c, v));
      case MONEY -> money(c, v).toPlainString();
      case DECIMAL, RATE -> decimal(c, v).toPlainString();
      case TIMESTAMP -> timestamp(instant(c, v), zone);
      case DATE -> date(c, v).toString();
      case BOOLEAN -> bool(c, v).toString();
    };
  }

  /**
   * A time as the store zone's local time, to the second; with its offset when that local time
   * happens twice (the repeated hour when the clocks go back), else it would name two instants:
   * {@code 2026-11-01 01:20:00-05:00} beside {@code 2026-11-01 01:30:00-04:00}, the first 50
   * minutes after the second (review12 L3). The import reads both forms back.
   */
  static String timestamp(Instant t, ZoneId zone) {
    ZonedDateTime z = t.atZone(zone);
    String local = LOCAL_TIMESTAMP.format(z);
    ZoneOffsetTransition fold = zone.getRules().getTransition(z.toLocalDateTime());
    return fold != null && fold.isOverlap() ? local + OFFSET.format(z) : local;
  }

  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  /** The terminal-table text of a cell; null is empty. */
  static String display(Column c, Object v, ZoneId zone) {
    if (v == null) {
      return "";
    }
    if (v == Table.NONE) {
      return v.toString();
    }
    return switch (c.type()) {
      case RATE -> Numbers.percent(decimal(c, v));
      case MONEY -> Numbers.grouped(money(c, v));
      case DECIMAL -> Numbers.grouped(decimal(c, v));
      case INTEGER -> numbered(c) ? plain(c, v, zone) : Numbers.grouped(integer(c, v));
      case BOOLEAN -> bool(c, v) ? "yes" : "no";
      default -> plain(c, v, zone);
    };
  }

  /**
   * A number cell {@code shown} otherwise than its column's type says (a rate in {@code metrics
   * compare}'s value column): as a percentage, or a change in percentage points (0.52 pp, 0.52
   * 个百分点).
   */
  static String display(Column c, Object v, Shown shown, Messages m) {
    BigDecimal d = decimal(c, v);
    return shown == Shown.PERCENT
        ? Numbers.percent(d)
        : m.get("table.points", Numbers.points(d).toPlainString());
  }

  /**
   * An integer people type back or find by its number (an import's id, a file's line): written
   * whole, never grouped.
   */
  private static boolean numbered(Column c) {
    String name = c.name();
    return name.equals("id") || name.endsWith("_id") || name.equals("line") || name.endsWith("_no");
  }

  /**
   * A text cell. A key-value table whose values are partly counts (check's result) puts a {@link
   * Long} in its text column: csv writes the digits, json a number.
   */
  static String text(Column c, Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Long n) {
      return n.toString();
    }
    throw wrongType(c, v, "String or Long");
  }

  static long integer(Column c, Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    throw wrongType(c, v, "Long or Integer");
  }

  /** Minor units (fen/cents) to an exact amount with 2 decimals: 122130 → 1221.30. */
  static BigDecimal money(Column c, Object v) {
    if (v instanceof Long || v instanceof Integer) {
      return BigDecimal.valueOf(((Number) v).longValue(), 2);
    }
    throw wrongType(c, v, "Long minor units");
  }

  static BigDecimal decimal(Column c, Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw wrongType(c, v, "BigDecimal");
  }

  static Instant instant(Column c, Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    throw wrongType(c, v, "Instant");
  }

  static LocalDate date(Column c, Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    throw wrongType(c, v, "LocalDate");
  }

  static Boolean bool(Column c, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrongType(c, v, "Boolean");
  }

  // A wrong cell type is a bug in the report-to-Table mapping: fail loudly, naming the column.
  private static IllegalArgumentException wrongType(Column c, Object v, String expected) {
    return new IllegalArgumentException(
        "column \""
            + c.name()
            + "\" ("
            + c.type()
            + ") expects "
            + expected
            + ", got "
            + v.getClass().getSimpleName()
            + " "
            + v);
  }
}
