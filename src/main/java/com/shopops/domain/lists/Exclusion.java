package com.shopops.domain.lists;

/**
 * Why a customer is not on a list. The rules are checked in this declaration order and a customer
 * left out by several is counted once, under the first: the criteria first (so that "no consent
 * 120" means 120 of the customers the operator asked for, not of the whole store), then the
 * permanent reason (consent), then the one that lasts until the shop acts (open return or
 * complaint), then the one that passes by itself (cool-down) — so a second run on the same day
 * shows the first run's customers under {@link #COOLING_DOWN}.
 */
public enum Exclusion {
  /**
   * Not what the operator asked for (segment, tier, region, spend… or, for a follow-up, the rule).
   */
  NOT_MATCHING("not matching", "不符合条件"),
  /** No marketing consent: false or unknown (PIPL: consent is given, never presumed). */
  NO_CONSENT("no consent", "未同意营销"),
  /** A return not yet closed or a complaint not yet resolved. */
  OPEN_RETURN_OR_COMPLAINT("open return/complaint", "退货/投诉未结"),
  /** Contacted within the cool-down. */
  COOLING_DOWN("cooling down", "冷却期内");

  private final String en;
  private final String zh;

  Exclusion(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  public Message label() {
    return new Message(zh, en);
  }
}
