package com.shopops.domain.lists;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a list is for; recorded with every contact so that history says which list reached whom. */
public enum ListKind {
  PROMOTION,
  WINBACK,
  DELAY,
  RETURNS,
  SATISFACTION,
  ANNIVERSARY,
  VIP;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  /** The name used on the command line and in the store: {@code promotion}, {@code winback}… */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ListKind fromCode(String code) {
    for (ListKind k : values()) {
      if (k.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown list kind: " + code);
  }

  /**
   * Whether the list is marketing: marketing lists need consent and respect the cool-down; the
   * others (delay, returns, satisfaction) are about the customer's own order — service the shop
   * owes under the sales contract (PIPL Art. 13 ②) — and do not.
   */
  public boolean isMarketing() {
    return this == PROMOTION || this == WINBACK || this == ANNIVERSARY || this == VIP;
  }

  /** A default list name when the operator gives none: {@code winback-20261122-0745}. */
  public String defaultListName(ZonedDateTime asOf) {
    return code() + "-" + asOf.format(STAMP);
  }
}
