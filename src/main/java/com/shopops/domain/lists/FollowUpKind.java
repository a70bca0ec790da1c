package com.shopops.domain.lists;

import java.util.Locale;

/**
 * The kinds of {@code export followup --kind}: every {@link ListKind} but the promotion. Shown and
 * parsed by their lower-case code ({@code winback}, {@code delay}…).
 */
public enum FollowUpKind {
  WINBACK(ListKind.WINBACK),
  DELAY(ListKind.DELAY),
  RETURNS(ListKind.RETURNS),
  SATISFACTION(ListKind.SATISFACTION),
  ANNIVERSARY(ListKind.ANNIVERSARY),
  VIP(ListKind.VIP);

  private final ListKind listKind;

  FollowUpKind(ListKind listKind) {
    this.listKind = listKind;
  }

  /** The kind a written list of this follow-up is recorded under. */
  public ListKind listKind() {
    return listKind;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The code: what the command line shows, completes and accepts. */
  @Override
  public String toString() {
    return code();
  }
}
