package com.shopops.domain.customers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Customer ids made from a phone number when an export has nothing better (a Shopify buyer without
 * an email). The id must not be the number itself — it is shown unmasked everywhere an id is — so
 * it is {@code tel-} and 12 hex digits of the SHA-256 of the number's digits: the same number gives
 * the same id in the orders and the customers export, and nobody reads the number from it.
 */
public final class CustomerIds {
  private CustomerIds() {}

  public static String forPhone(String phone) {
    String digits = phone.replaceAll("\\D", "");
    if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII));
      return "tel-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether an id taken from an export is really a phone number. */
  public static boolean looksLikePhone(String id) {
    return id != null && id.matches("\\+?[\\d\\s-]{7,20}") && id.replaceAll("\\D", "").length() >= 7;
  }
}
