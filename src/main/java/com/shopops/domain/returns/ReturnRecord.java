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
    return toBuilder().kind(k).build();
  }

  /** A new request, as {@code returns add} creates it. */
  public static ReturnRecord requested(
      String returnId,
      String orderId,
      String sku,
      int quantity,
      Instant requestedAt,
      ReturnReason reason) {
    return builder(returnId, orderId)
        .sku(sku)
        .quantity(quantity)
        .requestedAt(requestedAt)
        .reason(reason)
        .build();
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
    Builder b = toBuilder();
    switch (step) {
      case REQUESTED -> b.requestedAt(time);
      case APPROVED -> b.approvedAt(time);
      case REJECTED -> b.rejectedAt(time);
      case RECEIVED -> b.receivedAt(time);
      case REFUNDED -> b.refundedAt(time);
      case WITHDRAWN -> b.withdrawnAt(time);
    }
    return b.build();
  }

  /** A copy with the refund amount (fen) set. */
  public ReturnRecord withRefundAmount(long fen) {
    return toBuilder().refundAmount(fen).build();
  }

  /**
   * This return as it stood at {@code asOf}: steps stamped after {@code asOf} have not happened
   * yet. Lets every report honour {@code --now} on a store holding later data.
   */
  public ReturnRecord asOf(Instant asOf) {
    return toBuilder()
        .requestedAt(upTo(requestedAt, asOf))
        .approvedAt(upTo(approvedAt, asOf))
        .rejectedAt(upTo(rejectedAt, asOf))
        .receivedAt(upTo(receivedAt, asOf))
        .refundedAt(upTo(refundedAt, asOf))
        .withdrawnAt(upTo(withdrawnAt, asOf))
        .build();
  }

  private static Instant upTo(Instant t, Instant asOf) {
    return t != null && t.isAfter(asOf) ? null : t;
  }

  /**
   * A builder of a return of {@code orderId} whose other fields are unknown (null, 0; a return, not
   * an exchange): the caller names each field it knows, so a new field touches only this record.
   */
  public static Builder builder(String returnId, String orderId) {
    return new Builder(returnId, orderId);
  }

  /** A builder holding this return's fields, to build a copy with some changed. */
  public Builder toBuilder() {
    Builder b = new Builder(returnId, orderId);
    b.sku = sku;
    b.quantity = quantity;
    b.requestedAt = requestedAt;
    b.approvedAt = approvedAt;
    b.rejectedAt = rejectedAt;
    b.receivedAt = receivedAt;
    b.refundedAt = refundedAt;
    b.reason = reason;
    b.refundAmount = refundAmount;
    b.withdrawnAt = withdrawnAt;
    b.kind = kind;
    return b;
  }

  /** Builds a {@link ReturnRecord}; every field not set is null or 0. */
  public static final class Builder {
    private final String returnId;
    private final String orderId;
    private String sku;
    private int quantity;
    private Instant requestedAt;
    private Instant approvedAt;
    private Instant rejectedAt;
    private Instant receivedAt;
    private Instant refundedAt;
    private ReturnReason reason;
    private long refundAmount;
    private Instant withdrawnAt;
    private ReturnKind kind;

    private Builder(String returnId, String orderId) {
      this.returnId = returnId;
      this.orderId = orderId;
    }

    public Builder sku(String v) {
      sku = v;
      return this;
    }

    public Builder quantity(int v) {
      quantity = v;
      return this;
    }

    public Builder requestedAt(Instant v) {
      requestedAt = v;
      return this;
    }

    public Builder approvedAt(Instant v) {
      approvedAt = v;
      return this;
    }

    public Builder rejectedAt(Instant v) {
      rejectedAt = v;
      return this;
    }

    public Builder receivedAt(Instant v) {
      receivedAt = v;
      return this;
    }

    public Builder refundedAt(Instant v) {
      refundedAt = v;
      return this;
    }

    public Builder reason(ReturnReason v) {
      reason = v;
      return this;
    }

    public Builder refundAmount(long v) {
      refundAmount = v;
      return this;
    }

    public Builder withdrawnAt(Instant v) {
      withdrawnAt = v;
      return this;
    }

    public Builder kind(ReturnKind v) {
      kind = v;
      return this;
    }

    public ReturnRecord build() {
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
          kind);
    }
  }
}
