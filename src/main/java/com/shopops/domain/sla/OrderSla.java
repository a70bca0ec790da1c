package com.shopops.domain.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One order classified by {@link SlaClassifier} as of {@code asOf}.
 *
 * <p>{@code shipBy} is null for {@link ShippingStatus#NOT_PAID} and {@link
 * ShippingStatus#EXCLUDED}. {@code promisedDeliveryBy} is null when there is neither a shipped time
 * nor an estimate. {@code shipMargin} is the wall-clock time from the shipped time (or {@code asOf}
 * when unshipped) to the deadline: positive = hours left / shipped early, negative = hours late;
 * null when there is no deadline or the shipped time is unknown. {@code paidToShipped} and {@code
 * shippedToDelivered} are null unless both ends are known as of {@code asOf}.
 */
public record OrderSla(
    OrderShipment order,
    Instant asOf,
    ShippingStatus shipping,
    DeliveryStatus delivery,
    ShipByDeadline shipBy,
    Instant promisedDeliveryBy,
    Duration shipMargin,
    Duration paidToShipped,
    Duration shippedToDelivered) {

  /** The shipped time as of {@code asOf}: null while unknown or still to come then. */
  public Instant shippedAt() {
    Instant t = order.shippedAt();
    return t != null && !t.isAfter(asOf) ? t : null;
  }
}
