package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnFlags;
import com.shopops.domain.returns.ReturnRecord;

/**
 * A return as written, with the flags it was recorded with.
 *
 * @param warning what the flags mean for this return, for the operator; null when none is set
 * @param unchanged the update asked for the step the return is already at: nothing was written
 */
public record RecordedReturn(
    ReturnRecord record, ReturnFlags flags, String warning, boolean unchanged) {
  /** A return as written by this command. */
  public RecordedReturn(ReturnRecord record, ReturnFlags flags, String warning) {
    this(record, flags, warning, false);
  }
}
