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
 * time must not be before the current step's time. Setting the step a return is at again is no
 * move: without a time of its own, or at the time the step was recorded, it is the same update run
 * again (a script re-run, a double click) and leaves the return as it is; at another time it is
 * refused (the operator probably meant another return, or a step's time is being rewritten). The
 * refund amount is not touched here; the caller sets it and runs {@link ReturnValidator}.
 */
public final class ReturnLifecycle {
  private final ZoneId zone;

  /**
   * @param zone the store zone, for the times in messages
   */
  public ReturnLifecycle(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The result of a move: the new record, or why it was refused. {@code unchanged}: the return is
   * already at that step (the same update again); {@code record} is the return as it is.
   */
  public record Transition(ReturnRecord record, String error, boolean unchanged) {
    public boolean ok() {
      return error == null;
    }
  }

  /** A move to {@code to} at a time the operator stated ({@code --at}). */
  public Transition move(ReturnRecord r, ReturnStatus to, Instant at) {
    return move(r, to, at, true);
  }

  /**
   * @param timeStated whether {@code at} was given by the operator ({@code --at}) rather than the
   *     clock: only a stated time can contradict the time of the step the return is already at
   */
  public Transition move(ReturnRecord r, ReturnStatus to, Instant at, boolean timeStated) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    ReturnStatus from = r.status();
    String prefix = "cannot mark " + r.returnId() + " " + to.code();
    if (to == from) {
      Instant current = r.at(from);
      if (!timeStated || current == null || current.equals(at)) {
        return new Transition(r, null, true);
      }
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
    return new Transition(r.withStep(to, at), null, false);
  }

  /**
   * Why the same step again with a refund amount ({@code --refund}) is not the same update: the
   * return already holds another amount. Null when {@code refund} is null or the amount it holds.
   */
  public String refundAgain(ReturnRecord r, ReturnStatus to, Long refund) {
    if (refund == null || refund == r.refundAmount()) {
      return null;
    }
    return "cannot mark "
        + r.returnId()
        + " "
        + to.code()
        + " with a refund of "
        + Money.format(refund)
        + ": it is already "
        + r.status().code()
        + since(r, r.status())
        + " with a refund of "
        + Money.format(r.refundAmount());
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
    return new Transition(null, message, false);
  }
}
