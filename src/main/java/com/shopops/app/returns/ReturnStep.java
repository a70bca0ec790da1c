package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnStatus;
import java.time.Instant;

/**
 * One step of a stored return ({@code returns update}).
 *
 * @param refund the refund amount in fen; null: keep it, or when refunding, what was paid for the
 *     returned units ({@link com.shopops.domain.returns.RefundDefault})
 * @param agent who moves it (--agent, else the store's user: the database user on PostgreSQL, the
 *     login name for a file)
 * @param timeStated whether {@code at} is the operator's (--at) rather than the clock's: the same
 *     step again is the same update only at the step's own time, or without a stated time
 */
public record ReturnStep(
    String returnId, ReturnStatus to, Instant at, Long refund, String agent, boolean timeStated) {
  /** At a stated time. */
  public ReturnStep(String returnId, ReturnStatus to, Instant at, Long refund, String agent) {
    this(returnId, to, at, refund, agent, true);
  }

  /** Moved by the store's user, at a stated time. */
  public ReturnStep(String returnId, ReturnStatus to, Instant at, Long refund) {
    this(returnId, to, at, refund, null, true);
  }
}
