package com.shopops.domain.lists;

import com.shopops.domain.returns.ReturnStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A return the returns module found waiting on the shop, for the {@code returns} follow-up.
 *
 * @param waiting what the shop owes: a decision on the request, or the refund for received goods
 * @param waitingSince when the return reached its current step (requested, or goods received)
 * @param refundOverdue the refund is past {@code refund_within} (decided by the returns module)
 * @param refundAmount fen; 0 when not known yet
 */
public record PendingReturn(
    String returnId,
    String orderId,
    String customerId,
    String customerName,
    String phone,
    Waiting waiting,
    Instant waitingSince,
    boolean refundOverdue,
    long refundAmount) {

  public enum Waiting {
    /** Requested; the shop has not approved or rejected it. */
    APPROVAL,
    /** Goods received back; the refund is not issued. */
    REFUND;

    /**
     * What a return at this step waits on the shop for; null when it waits on nobody at the shop —
     * approved and not yet received waits on the customer sending the goods back, and a rejected or
     * refunded return is closed.
     */
    public static Waiting of(ReturnStatus step) {
      return of(step, false);
    }

    /**
     * The same for a return or an exchange: an exchange (换货 / 维修) received waits on no refund, so
     * it is not in the list of refunds owed (review19 V7).
     */
    public static Waiting of(ReturnStatus step, boolean exchange) {
      return switch (step) {
        case REQUESTED -> APPROVAL;
        case RECEIVED -> exchange ? null : REFUND;
        default -> null;
      };
    }

    /** The code shown in the list's {@code waiting_for} column. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public PendingReturn {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(waiting, "waiting");
    Objects.requireNonNull(waitingSince, "waitingSince");
  }
}
