package com.shopops.domain.returns;

/**
 * Flags on a recorded return that an operator should see; the return is recorded either way.
 *
 * <ul>
 *   <li>{@code outsideWindow}: a no-reason return requested at or after the window closed (办法
 *       Art.10). Only {@link ReturnReason#NO_REASON} returns are bound by the window; a request
 *       before delivery (e.g. refusing the parcel) is not outside.
 *   <li>{@code notEligible}: a no-reason return of an item the policy excludes (办法 Art.6/7).
 *       Quality and other returns of such items are not flagged (办法 Art.35 → 消保法 Art.24).
 * </ul>
 */
public record ReturnFlags(boolean outsideWindow, boolean notEligible) {

  /** Flags of {@code r} given the window of the item it returns. */
  public static ReturnFlags of(ReturnRecord r, ReturnWindow window) {
    boolean noReason = r.reason() == ReturnReason.NO_REASON;
    boolean outside = noReason && r.requestedAt() != null && window.closedBy(r.requestedAt());
    boolean notEligible = noReason && window.state() == ReturnWindow.State.NOT_ELIGIBLE;
    return new ReturnFlags(outside, notEligible);
  }

  public boolean any() {
    return outsideWindow || notEligible;
  }
}
