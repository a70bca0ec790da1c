package com.shopops.domain.lists;

/**
 * Display masking for exported lists (去标识化 in the everyday sense, PIPL Art. 51(三)): a list that
 * leaves the shop — a spreadsheet mailed to an agency, a file on a shared drive — carries only as
 * much of a phone number or name as the reader needs to recognise the customer. This is common
 * practice, not a legal formula: 手机号 keeps the first 3 and last 4 digits, 姓名 keeps the first
 * character, email keeps the first letter and the domain.
 *
 * <p>Every method returns null for null and is idempotent: a value that already contains {@code *}
 * (JD exports deliver {@code 1******6198}) is returned as it is.
 */
public final class Masking {
  private Masking() {}

  /**
   * {@code 13812341234}, {@code +86 138-1234-1234}, {@code 0086 13812341234} → {@code 138****1234}.
   * Anything that is not an 11-digit mainland mobile (landlines, foreign numbers, short codes)
   * keeps only its last 4 digits: {@code 010-12345678} → {@code ********5678}; four digits or fewer
   * are masked entirely. Separators (spaces, dashes, dots, brackets) are dropped from a masked
   * value. A value with no digits at all is replaced by {@code ****}.
   */
  public static String phone(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.isEmpty() || (value.indexOf('*') >= 0 && digitCount(value) < 8)) {
      return value; // already masked (JD's 1******6198); a whole number beside a * is not
    }
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() == 0) {
      return "****";
    }
    String d = digits.toString();
    boolean international = value.startsWith("+") || d.startsWith("00");
    String mobile = mainlandMobile(d, international);
    if (mobile != null) {
      return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }
    if (d.length() <= 4) {
      return "*".repeat(d.length());
    }
    return "*".repeat(d.length() - 4) + d.substring(d.length() - 4);
  }

  /**
   * The 11 digits of a mainland mobile number, with a +86 / 0086 / 86 prefix removed; else null. A
   * number written with another country code ({@code +1 415 555 0100}) is not one, even when its
   * digits happen to look like one.
   */
  private static String mainlandMobile(String d, boolean international) {
    String n = d;
    if (n.startsWith("0086")) {
      n = n.substring(4);
    } else if (n.startsWith("86") && (international || n.length() == 13)) {
      n = n.substring(2);
    } else if (international) {
      return null;
    }
    return n.length() == 11 && n.charAt(0) == '1' ? n : null;
  }

  /**
   * {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}, {@code Alice} → {@code A****}: the first
   * character kept, one {@code *} for each further character. A one-character name becomes {@code
   * *}.
   */
  public static String name(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.isEmpty() || value.indexOf('*') >= 0) {
      return value;
    }
    int count = value.codePointCount(0, value.length());
    if (count == 1) {
      return "*";
    }
    int firstEnd = value.offsetByCodePoints(0, 1);
    return value.substring(0, firstEnd) + "*".repeat(count - 1);
  }

  /**
   * {@code alice@example.com} → {@code a***@example.com}: the first character of the local part,
   * always three stars (so the length is not given away), the domain. A value without {@code @}
   * keeps its first character only: {@code a***}.
   */
  public static String email(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.isEmpty() || value.indexOf('*') >= 0) {
      return value;
    }
    int at = value.lastIndexOf('@');
    String local = at >= 0 ? value.substring(0, at) : value;
    String domain = at >= 0 ? value.substring(at) : "";
    if (local.isEmpty()) {
      return "***" + domain;
    }
    return local.substring(0, local.offsetByCodePoints(0, 1)) + "***" + domain;
  }

  /**
   * Whether a phone value is a mask as this tool (or a marketplace) writes it — {@code
   * 138****0001}, {@code ********5678}, {@code 1******6198}, {@code ****}: one {@code *} or more,
   * otherwise only digits, {@code +} and separators. An import reads such a value as "not given":
   * it is not a number anyone can call and must never replace a stored one.
   */
  public static boolean isMaskedPhone(String value) {
    if (value == null || value.indexOf('*') < 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == '*' || (c >= '0' && c <= '9') || " +-.()".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an email value is masked: a {@code *} in its local part, as {@link #email} writes it
   * ({@code a***@example.com}) or as {@link #redact} leaves a mobile used as the local part ({@code
   * 139****5555@139.com}).
   */
  public static boolean isMaskedEmail(String value) {
    if (value == null) {
      return false;
    }
    int at = value.lastIndexOf('@');
    return (at >= 0 ? value.substring(0, at) : value).indexOf('*') >= 0;
  }

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        n++;
      }
    }
    return n;
  }

  /**
   * A mainland mobile inside a text: 11 digits from 13… to 19…, perhaps after +86, 0086 or 86 and
   * with spaces or dashes inside, standing alone — neither glued to a Latin letter or digit before
   * it nor followed by one. A tracking number ({@code JDVA15959549059}, {@code SF13812341234567},
   * {@code YT13812341234}) or an order number stays whole; {@code call 13800000001 after 6pm},
   * {@code tel:13800000001}, {@code 电话13800000001} and {@code 13944445555@139.com} are masked, and
   * so is a mobile inside an e-mail's local part even among letters ({@code
   * lq13900001111@example.com}).
   */
  private static final java.util.regex.Pattern MOBILE =
      java.util.regex.Pattern.compile(
          "(?<![0-9A-Za-z])(?:(?:\\+|00)?86[\\s-]?)?1[3-9][0-9](?:[\\s-]?[0-9]){8}"
              + "(?![0-9A-Za-z])"
              // inside an e-mail's local part, letters around it or not: lq13900001111@qq.com
              + "|(?<![0-9])1[3-9][0-9]{9}(?![0-9])(?=[0-9A-Za-z._%+-]*@)");

  /**
   * Every mobile number inside a text masked as {@link #phone} masks it: {@code
   * 13944445555@139.com} → {@code 139****5555@139.com}, {@code 备注：电话 13812341234} → {@code 备注：电话
   * 138****1234}. Null for null; text without a number is returned as it is.
   */
  public static String redact(String text) {
    if (text == null || text.length() < 11) {
      return text;
    }
    java.util.regex.Matcher m = MOBILE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start()).append(phone(m.group()));
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }
}
