package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnStatus;
import java.time.Instant;

/**
 * One step of a stored return ({@code returns update}).
 *
 * @param refund the refund amount in fen; null: keep it, or when refunding, what was paid for the
 *     returned units ({@link com.shopops.domain.returns.RefundDefault})
 */
public record ReturnStep(String returnId, ReturnStatus to, Instant at, Long refund) {}
