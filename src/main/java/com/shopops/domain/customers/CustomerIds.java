package com.shopops.domain.customers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Customer ids made from a phone number. An id must not be the number itself — ids are shown
 * everywhere — so a phone number used as an id becomes {@code tel-} and 12 hex digits of the
 * HMAC-SHA256 of the number's digits under a random secret of the store ({@code pseudonym_key}):
 * the same number gives the same id in every file of one store, so orders and customers agree, and
 * without the store's secret nobody can go from the masked digits back to the number (a bare hash
 * of 11 digits is reversed in milliseconds).
 */
public final class CustomerIds {
  private CustomerIds() {}

  /** The pseudonym of a phone number under the store's secret key. */
  public static String forPhone(String phone, byte[] key) {
    String digits = phone.replaceAll("\\D", "");
    if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    byte[] h = hmac(key, digits.getBytes(StandardCharsets.US_ASCII));
    return "tel-" + HexFormat.of().formatHex(h, 0, 6);
  }

  /**
   * The pseudonym of a receiver's whole name with a masked phone ({@code 张三}, {@code 138****1234}),
   * the buyer of an order whose buyer id is masked and whose phone is too ({@link MaskedBuyer}):
   * {@code rcv-} and 12 hex digits of the HMAC-SHA256 of both under the store's secret key, so that
   * the id shows neither the name nor the digits.
   */
  public static String forReceiver(String name, String maskedPhone, byte[] key) {
    String text = name.strip() + "\u0000" + maskedPhone.strip().replace('＊', '*');
    return "rcv-"
        + HexFormat.of().formatHex(hmac(key, text.getBytes(StandardCharsets.UTF_8)), 0, 6);
  }

  private static byte[] hmac(byte[] key, byte[] text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /**
   * Whether an id taken from an export is a phone number: a mainland mobile whatever the other
   * columns say ({@code 13812341234}, {@code +86 138-1234-1234}), or any phone-like run of 7 to 20
   * digits that is also the row's phone.
   */
  public static boolean isPhoneId(String id, String phone) {
    if (id == null) {
      return false;
    }
    return mainlandMobile(id) || (id.equals(phone) && looksLikePhone(id));
  }

  /** An 11-digit mainland mobile, perhaps with +86 / 0086 / 86 and separators. */
  static boolean mainlandMobile(String id) {
    if (!mayBeMobile(id) || !MOBILE_LIKE.matcher(id.strip()).matches()) {
      return false;
    }
    String d = NOT_DIGIT.matcher(id).replaceAll("");
    if (d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.startsWith("86") && d.length() == 13) {
      d = d.substring(2);
    }
    return MOBILE.matcher(d).matches();
  }

  /**
   * False for an id {@link #MOBILE_LIKE} cannot match, without a matcher: shorter than 11 chars, or
   * holding a char that is neither one of the pattern's nor whitespace (which strip may remove).
   * Every row of an orders import asks, and ids are rarely numbers ({@code C97557}): the matcher
   * and the stripped copy were 8% of the import's parsing (JFR, 400k orders).
   */
  private static boolean mayBeMobile(String id) {
    int n = id.length();
    if (n < 11) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if ((c < '0' || c > '9')
          && c != '+'
          && c != '('
          && c != ')'
          && c != '.'
          && c != '-'
          && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  // compiled once: every row of an orders or customers import asks isPhoneId
  private static final Pattern MOBILE_LIKE = Pattern.compile("\\+?[\\d\\s().-]{11,22}");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s-]{7,20}");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

  /** Whether an id taken from an export looks like a phone number (7 to 20 digits). */
  public static boolean looksLikePhone(String id) {
    return id != null
        && PHONE_LIKE.matcher(id).matches()
        && NOT_DIGIT.matcher(id).replaceAll("").length() >= 7;
  }
}
