package com.shopops.app.imports;

import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import com.shopops.text.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headerless, line-oriented event files, read without the CSV pipeline: web server access logs in
 * the combined (or common) log format, and Taobao UserBehavior ({@code
 * user_id,item_id,category_id,behavior_type,timestamp}, Alibaba Tianchi). Each line gives an event,
 * a reason to skip it (not a page view), or an error (a malformed line).
 *
 * <h2>Access logs: what is a page view</h2>
 *
 * A line is one view when the request is a {@code GET} answered with 2xx or 304, its path is not a
 * static asset (images, CSS, JS, fonts, feeds, robots.txt, favicon…) and its user agent is not a
 * bot (bot, crawl, spider, slurp, curl, wget, feed readers, monitors, HTTP libraries…). The visitor
 * is the client IP plus the user agent (two people behind one NAT with different browsers are two
 * visitors; one person with two browsers is two visitors too). Other lines are skipped, counted by
 * reason.
 */
enum EventLogFormat {
  ACCESS_LOG("access-log"),
  TAOBAO_USERBEHAVIOR("taobao-userbehavior");

  private final String key;

  EventLogFormat(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  /** The format's name and what it is, for a message. */
  String describe() {
    return key
        + (this == ACCESS_LOG
            ? ": a web server access log in the combined log format"
            : ": Taobao UserBehavior, user_id,item_id,category_id,behavior_type,timestamp");
  }

  /** What one line gave. Exactly one of event, skip and error is set. */
  /**
   * An event, a line skipped (why), or a line refused: its problem by key, of the line's {@code
   * field} (a UserBehavior column) or of the whole line (null).
   */
  record Result(Event event, String skip, String field, Problem error) {
    static Result event(Event e) {
      return new Result(e, null, null, null);
    }

    static Result skip(String why) {
      return new Result(null, why, null, null);
    }

    static Result error(Problem problem) {
      return new Result(null, null, null, problem);
    }

    static Result error(String field, Problem problem) {
      return new Result(null, null, field, problem);
    }
  }

  static final Pattern COMBINED =
      Pattern.compile(
          "^(\\S+) (\\S+) (\\S+) \\[([^\\]]+)\\] \"([^\"]*)\" (\\d{3}) (\\S+)"
              + "(?: \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\"(?: .*)?)?\\s*$");

  private static final Pattern TAOBAO = Pattern.compile("^\\d+,\\d+,\\d+,[a-z]+,-?\\d+$");

  static final Pattern BOT =
      Pattern.compile(
          "bot|crawl|spider|slurp|curl|wget|python|java/|go-http-client|libwww|httpclient|okhttp"
              + "|scrapy|feed|rss|monitor|pingdom|uptime|headless|phantomjs|preview|facebookexternalhit"
              + "|ahrefs|semrush|archive|checker|fetcher|^-$|^$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ASSET =
      Pattern.compile(
          "(?i).*\\.(css|js|mjs|map|png|jpe?g|gif|webp|svg|ico|bmp|tiff?|woff2?|ttf|otf|eot|mp4|webm"
              + "|mp3|ogg|wav|pdf|zip|gz|tgz|bz2|xz|rar|7z|xml|rss|atom|json|txt|swf|flv)$");

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** Events before this are dirty data (Taobao UserBehavior has a row at timestamp 15). */
  static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  static EventLogFormat named(String name) {
    if (name == null) {
      return null;
    }
    for (EventLogFormat f : values()) {
      if (f.key.equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    return null;
  }

  /** The format a file's first non-blank line is in, or null for a CSV file with a header. */
  static EventLogFormat detect(String firstLine) {
    if (firstLine == null) {
      return null;
    }
    if (COMBINED.matcher(firstLine).matches()) {
      return ACCESS_LOG;
    }
    if (TAOBAO.matcher(firstLine.strip()).matches()) {
      return TAOBAO_USERBEHAVIOR;
    }
    return null;
  }

  Result parse(String line) {
    return this == ACCESS_LOG ? accessLog(line) : taobao(line);
  }

  private static Result accessLog(String line) {
    Matcher m = COMBINED.matcher(line);
    if (!m.matches()) {
      return Result.error(Problem.of("reason.not_combined_log", preview(line)));
    }
    Instant time = logTime(m.group(4));
    if (time == null) {
      return Result.error(
          Problem.of("reason.not_log_time", m.group(4), "17/May/2015:10:05:03 +0000"));
    }
    String agent = m.group(9) == null ? "" : m.group(9);
    if (BOT.matcher(agent).find()) {
      return Result.skip("bots");
    }
    String[] request = m.group(5).split(" ");
    if (request.length < 2 || !request[0].equals("GET")) {
      return Result.skip("not a GET");
    }
    int status = Integer.parseInt(m.group(6));
    if (!(status >= 200 && status < 300 || status == 304)) {
      return Result.skip("status not 2xx/304");
    }
    String path = request[1];
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (ASSET.matcher(path).matches() || path.endsWith("/favicon.ico")) {
      return Result.skip("static assets");
    }
    return Result.event(new Event(time, m.group(1) + " " + agent, EventType.VIEW, null, null));
  }

  /** {@code 17/May/2015:10:05:03 +0000} from fixed positions; null when it is not that. */
  static Instant logTime(String s) {
    if (s.length() != 26 || s.charAt(2) != '/' || s.charAt(6) != '/' || s.charAt(11) != ':') {
      return null;
    }
    try {
      int day = Integer.parseInt(s, 0, 2, 10);
      String mon = s.substring(3, 6);
      int month = 0;
      for (int i = 0; i < 12; i++) {
        if (MONTHS[i].equals(mon)) {
          month = i + 1;
        }
      }
      int year = Integer.parseInt(s, 7, 11, 10);
      int hh = Integer.parseInt(s, 12, 14, 10);
      int mm = Integer.parseInt(s, 15, 17, 10);
      int ss = Integer.parseInt(s, 18, 20, 10);
      int sign = s.charAt(21) == '-' ? -1 : s.charAt(21) == '+' ? 1 : 0;
      int oh = Integer.parseInt(s, 22, 24, 10);
      int om = Integer.parseInt(s, 24, 26, 10);
      if (month == 0 || sign == 0) {
        return null;
      }
      ZoneOffset off = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
      return java.time.LocalDateTime.of(year, month, day, hh, mm, ss).toInstant(off);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Result taobao(String line) {
    String s = line.strip();
    if (!TAOBAO.matcher(s).matches()) {
      return Result.error(Problem.of("reason.not_user_behavior", preview(line)));
    }
    String[] f = s.split(",");
    EventType type =
        switch (f[3].toLowerCase(Locale.ROOT)) {
          case "pv" -> EventType.VIEW;
          case "cart" -> EventType.CART;
          case "fav" -> EventType.FAV;
          case "buy" -> EventType.PAY;
          default -> null;
        };
    if (type == null) {
      return Result.error(
          "behavior_type", Problem.of("reason.unknown_expected", f[3], "pv, cart, fav, buy"));
    }
    Instant time = Instant.ofEpochSecond(Long.parseLong(f[4]));
    if (time.isBefore(EARLIEST)) {
      return Result.error("timestamp", Problem.of("reason.implausible_event_time", f[4], time));
    }
    return Result.event(new Event(time, f[0], type, f[1], null));
  }

  private static String preview(String line) {
    String p = line.length() > 80 ? line.substring(0, 80) + "…" : line;
    return "\"" + p + "\"";
  }
}
