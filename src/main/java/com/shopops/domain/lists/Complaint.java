package com.shopops.domain.lists;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint or dispute (投诉/纠纷) as imported with {@code import complaints}.
 *
 * @param customerId the complaining customer: the file's, else the buyer of {@code orderId}; may be
 *     null when neither is known
 * @param closedAt null while the complaint is open
 */
public record Complaint(
    String complaintId,
    String orderId,
    String customerId,
    Instant openedAt,
    Instant closedAt,
    String type,
    String outcome) {

  public Complaint {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /** Open as of {@code asOf}: opened by then and not closed by then. */
  public boolean openAsOf(Instant asOf) {
    return !openedAt.isAfter(asOf) && (closedAt == null || closedAt.isAfter(asOf));
  }
}
