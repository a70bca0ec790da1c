package com.shopops.domain.returns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Moves a return one step, as {@code returns update RETURN_ID --status received --at TIME} does.
 *
 * <p>Allowed moves are {@link ReturnStatus#next()}: {@code REQUESTED → APPROVED | REJECTED}, {@code
 * APPROVED → RECEIVED | REFUNDED} (refund-only, 退款不退货), {@code RECEIVED → REFUNDED}. The new step's
 * time must not be before the current step's time. Setting a step twice is refused too (the
 * operator probably meant another return). The refund amount is not touched here; the caller sets
 * it and runs {@link ReturnValidator}.
 */
public final class ReturnLifecycle {
  private final ZoneId zone;

  /**
   * @param zone the store zone, for the times in messages
   */
  public ReturnLifecycle(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The result of a move: the new record, or why it was refused. */
  public record Transition(ReturnRecord record, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public Transition move(ReturnRecord r, ReturnStatus to, Instant at) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    ReturnStatus from = r.status();
    String prefix = "cannot mark " + r.returnId() + " " + to.code();
    if (to == from) {
      return refused(prefix + ": it is already " + from.code() + since(r, from));
    }
    if (!from.next().contains(to)) {
      return refused(prefix + ": " + why(r, from, to));
    }
    Instant current = r.at(from);
    if (current != null && at.isBefore(current)) {
      return refused(
          prefix
              + " at "
              + time(at)
              + ": that is before it was "
              + from.code()
              + " at "
              + time(current));
    }
    return new Transition(r.withStep(to, at), null);
  }

  private String why(ReturnRecord r, ReturnStatus from, ReturnStatus to) {
    if (from.next().isEmpty()) { // rejected, refunded, withdrawn: final
      return "it was " + from.code() + since(r, from);
    }
    if (to == ReturnStatus.REQUESTED) {
      return "it was requested" + since(r, ReturnStatus.REQUESTED) + "; a return is requested once";
    }
    String allowed =
        from.next().stream().map(ReturnStatus::code).collect(Collectors.joining(" or "));
    return "it is " + from.code() + since(r, from) + "; next it can only be " + allowed;
  }

  private String since(ReturnRecord r, ReturnStatus step) {
    Instant t = r.at(step);
    return t == null ? "" : " at " + time(t);
  }

  private String time(Instant t) {
    return ReturnTimes.format(t, zone);
  }

  private static Transition refused(String message) {
    return new Transition(null, message);
  }
}
