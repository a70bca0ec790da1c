package com.shopops.app.imports;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an order export was made, where it is known (task exportage): the operator's {@code import
 * orders --exported-at}, else the time Taobao/Tmall write into the names of their downloads, {@code
 * ExportOrderList202611201000.csv} (订单报表) and {@code ExportOrderDetailList202611201000.csv} (宝贝报表),
 * {@code yyyyMMddHHmm} in the export's own zone (docs/DOMAIN 4.4). A prefix or suffix a browser or
 * the clerk added ({@code old_…}, {@code … (1)}) leaves the stamp as it was. No other name is read:
 * JD's download names are not documented anywhere we could check, so a JD file's export time is
 * only the option's. Never the file's mtime (a copy or an unzip changes it) nor the newest time
 * inside the file: a later export of only older orders (a filtered 订单报表, Shopify "Export selected")
 * would look older than it is (tryout17 U1).
 */
final class ExportTime {
  private ExportTime() {}

  private static final Pattern STAMP =
      Pattern.compile("ExportOrder(?:Detail)?List(\\d{12})(?!\\d)", Pattern.CASE_INSENSITIVE);

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);

  /**
   * The time in a Taobao/Tmall download's name ({@code file}: as typed, a path or not) read in
   * {@code zone}, null when the name has none (or not a real time: 202613…).
   */
  static Instant fromName(String file, ZoneId zone) {
    if (file == null) {
      return null;
    }
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    Matcher m = STAMP.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDateTime.parse(m.group(1), FORMAT).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** To the minute, as the operator types {@code --exported-at} and a download name states it. */
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * Refuses {@code --exported-at} ({@code option}) that contradicts the time in the download's name
   * ({@code named}, to the minute: {@code 202611191000} is any time of 10:00 that day): a command
   * line reused for another day's download would make an old export win (tryout18 W14). Both
   * null-safe.
   */
  static void checkName(Instant option, Instant named, String file, ZoneId zone) {
    if (option == null || named == null) {
      return;
    }
    if (option.isBefore(named) || !option.isBefore(named.plusSeconds(60))) {
      String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      throw new UserException(
          ExitCodes.USAGE,
          "--exported-at "
              + MINUTE.format(option.atZone(zone))
              + " differs from the export time in the name of "
              + name
              + " ("
              + MINUTE.format(named.atZone(zone))
              + ")",
          "leave --exported-at out (the name's time is used) or import the file the time belongs to");
    }
  }

  /**
   * Refuses {@code --exported-at} ({@code option}) earlier than a time of an order inside the file
   * ({@code field} of order {@code id} at {@code file:line}): an export cannot be older than the
   * orders it holds, and a typo there would make every older export win (tryout18 W1). Compared to
   * the minute, the option's precision.
   */
  static void checkOrderTime(
      Instant option, Instant t, String field, String id, String file, long line, ZoneId zone) {
    if (option == null || t == null) {
      return;
    }
    if (t.getEpochSecond() / 60 > option.getEpochSecond() / 60) {
      throw new UserException(
          ExitCodes.USAGE,
          "--exported-at "
              + MINUTE.format(option.atZone(zone))
              + " is before order "
              + id
              + "'s "
              + field
              + " "
              + MINUTE.format(t.atZone(zone))
              + " ("
              + file
              + ":"
              + line
              + "): an export cannot be older than the orders it holds",
          "give the time the export was made (not before "
              + MINUTE.format(t.atZone(zone))
              + "), or leave --exported-at out");
    }
  }
}
