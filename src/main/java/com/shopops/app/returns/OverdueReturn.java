package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnTiming;
import java.time.Duration;
import java.time.Instant;

/** A return past its approval or refund deadline as of the clock, and by how much. */
public record OverdueReturn(ReturnRecord record, ReturnTiming timing, Duration overdueBy) {

  /** The deadline it missed. */
  public Instant dueAt() {
    return timing.dueAt();
  }

  /** The rule it broke: {@code approve_within} or {@code refund_within} (config keys). */
  public String rule() {
    return timing.approvalOverdue() ? "approve_within" : "refund_within";
  }
}
