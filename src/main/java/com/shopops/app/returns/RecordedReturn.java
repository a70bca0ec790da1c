package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnFlags;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.text.Problem;
import java.util.List;

/**
 * A return as written, with the flags it was recorded with.
 *
 * @param warnings what the flags mean for this return, for the operator, by key; empty when none is
 *     set
 * @param unchanged the update asked for the step the return is already at: nothing was written
 */
public record RecordedReturn(
    ReturnRecord record, ReturnFlags flags, List<Problem> warnings, boolean unchanged) {
  public RecordedReturn {
    warnings = List.copyOf(warnings);
  }

  /** A return as written by this command. */
  public RecordedReturn(ReturnRecord record, ReturnFlags flags, List<Problem> warnings) {
    this(record, flags, warnings, false);
  }
}
