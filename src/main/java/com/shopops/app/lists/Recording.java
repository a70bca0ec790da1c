package com.shopops.app.lists;

/**
 * What writing a list left behind.
 *
 * @param listId the {@code lists} row; 0 when nothing was recorded
 * @param contacts one per customer on the list
 */
public record Recording(Outcome outcome, long listId, String name, int contacts) {
  public enum Outcome {
    /** {@code --dry-run}: nothing recorded. */
    DRY_RUN,
    /** Nobody on the list: nothing recorded. */
    EMPTY,
    /** A {@code lists} row and its contacts. */
    RECORDED
  }

  static Recording nothing(Outcome why) {
    return new Recording(why, 0, null, 0);
  }
}
