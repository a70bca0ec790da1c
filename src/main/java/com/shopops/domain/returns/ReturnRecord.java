package com.shopops.domain.returns;

import java.time.Instant;

/**
 * One return (退货单) of {@code quantity} units of one SKU of one order, as in the generic import
 * layout: {@code return_id, order_id, sku, quantity, requested_at, approved_at, rejected_at,
 * received_at, refunded_at, reason, refund_amount}.
 *
 * <p>The step is derived from which timestamps are set (see {@link #status()}); there is no
 * separate status field to disagree with them. Missing intermediate timestamps are allowed
 * (platform exports often carry only 申请时间 and the refund time): a refunded return without {@code
 * approved_at} was approved implicitly. The record accepts any values so that {@link
 * ReturnValidator} can report every problem at once.
 *
 * @param sku null when the export names only the order (the whole order is returned)
 * @param reason null when the source gives none
 * @param refundAmount in fen (minor units); 0 when not known yet
 * @param withdrawnAt when the request was closed without a refund by the buyer or the platform
 *     (Taobao 退款关闭, JD 取消): not a shop's refusal, and nothing was returned
 * @param kind a return, or an exchange (换货 / 维修) that owes no refund; null is a return
 */
public record ReturnRecord(
    String returnId,
    String orderId,
    String sku,
    int quantity,
    Instant requestedAt,
    Instant approvedAt,
    Instant rejectedAt,
    Instant receivedAt,
    Instant refundedAt,
    ReturnReason reason,
    long refundAmount,
    Instant withdrawnAt,
    ReturnKind kind) {

  public ReturnRecord {
    kind = kind == null ? ReturnKind.RETURN : kind;
  }

  /** A return (not an exchange), with its withdrawn time. */
  public ReturnRecord(
      String returnId,
      String orderId,
      String sku,
      int quantity,
      Instant requestedAt,
      Instant approvedAt,
      Instant rejectedAt,
      Instant receivedAt,
      Instant refundedAt,
      ReturnReason reason,
      long refundAmount,
      Instant withdrawnAt) {
    this(
        returnId,
        orderId,
        sku,
        quantity,
        requestedAt,
        approvedAt,
        rejectedAt,
        receivedAt,
        refundedAt,
        reason,
        refundAmount,
        withdrawnAt,
        ReturnKind.RETURN);
  }

  /** A return that was not withdrawn (the layout of the generic import, eleven columns). */
  public ReturnRecord(
      String returnId,
      String orderId,
      String sku,
      int quantity,
      Instant requestedAt,
      Instant approvedAt,
      Instant rejectedAt,
      Instant receivedAt,
      Instant refundedAt,
      ReturnReason reason,
      long refundAmount) {
    this(
        returnId,
        orderId,
        sku,
        quantity,
        requestedAt,
        approvedAt,
        rejectedAt,
        receivedAt,
        refundedAt,
        reason,
        refundAmount,
        null);
  }

  /**
   * Whether this return's units and money count as returned: not refused by the shop and not
   * withdrawn.
   */
  public boolean counts() {
    return rejectedAt == null && withdrawnAt == null;
  }

  /**
   * Whether the buyer asked for a replacement or repair (换货 / 维修): no refund is owed, and its units
   * are no returned units (review19 V7).
   */
  public boolean exchange() {
    return kind == ReturnKind.EXCHANGE;
  }

  /** A copy of the given kind. */
  public ReturnRecord withKind(ReturnKind k) {
    return new ReturnRecord(
        returnId,
        orderId,
        sku,
        quantity,
        requestedAt,
        approvedAt,
        rejectedAt,
        receivedAt,
        refundedAt,
        reason,
        refundAmount,
        withdrawnAt,
        k);
  }

  /** A new request, as {@code returns add} creates it. */
  public static ReturnRecord requested(
      String returnId,
      String orderId,
      String sku,
      int quantity,
      Instant requestedAt,
      ReturnReason reason) {
    return new ReturnRecord(
        returnId, orderId, sku, quantity, requestedAt, null, null, null, null, reason, 0L);
  }

  /** The furthest step reached, from the timestamps that are set. */
  public ReturnStatus status() {
    if (refundedAt != null) {
      return ReturnStatus.REFUNDED;
    }
    if (rejectedAt != null) {
      return ReturnStatus.REJECTED;
    }
    if (withdrawnAt != null) {
      return ReturnStatus.WITHDRAWN;
    }
    if (receivedAt != null) {
      return ReturnStatus.RECEIVED;
    }
    if (approvedAt != null) {
      return ReturnStatus.APPROVED;
    }
    return ReturnStatus.REQUESTED;
  }

  /** When this return reached {@code step}, or null when it has not (or the time is unknown). */
  public Instant at(ReturnStatus step) {
    return switch (step) {
      case REQUESTED -> requestedAt;
      case APPROVED -> approvedAt;
      case REJECTED -> rejectedAt;
      case RECEIVED -> receivedAt;
      case REFUNDED -> refundedAt;
      case WITHDRAWN -> withdrawnAt;
    };
  }

  /** A copy with the timestamp of {@code step} set to {@code time}. */
  public ReturnRecord withStep(ReturnStatus step, Instant time) {
    return new ReturnRecord(
        returnId,
        orderId,
        sku,
        quantity,
        step == ReturnStatus.REQUESTED ? time : requestedAt,
        step == ReturnStatus.APPROVED ? time : approvedAt,
        step == ReturnStatus.REJECTED ? time : rejectedAt,
        step == ReturnStatus.RECEIVED ? time : receivedAt,
        step == ReturnStatus.REFUNDED ? time : refundedAt,
        reason,
        refundAmount,
        step == ReturnStatus.WITHDRAWN ? time : withdrawnAt,
        kind);
  }

  /** A copy with the refund amount (fen) set. */
  public ReturnRecord withRefundAmount(long fen) {
    return new ReturnRecord(
        returnId,
        orderId,
        sku,
        quantity,
        requestedAt,
        approvedAt,
        rejectedAt,
        receivedAt,
        refundedAt,
        reason,
        fen,
        withdrawnAt,
        kind);
  }

  /**
   * This return as it stood at {@code asOf}: steps stamped after {@code asOf} have not happened
   * yet. Lets every report honour {@code --now} on a store holding later data.
   */
  public ReturnRecord asOf(Instant asOf) {
    return new ReturnRecord(
        returnId,
        orderId,
        sku,
        quantity,
        upTo(requestedAt, asOf),
        upTo(approvedAt, asOf),
        upTo(rejectedAt, asOf),
        upTo(receivedAt, asOf),
        upTo(refundedAt, asOf),
        reason,
        refundAmount,
        upTo(withdrawnAt, asOf),
        kind);
  }

  private static Instant upTo(Instant t, Instant asOf) {
    return t != null && t.isAfter(asOf) ? null : t;
  }
}
