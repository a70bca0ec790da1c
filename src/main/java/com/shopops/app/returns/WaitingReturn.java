package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnTiming;

/**
 * A return still waiting on someone as of the clock: the record as it stood then (later steps cut),
 * where it stands, and whether it was recorded outside the no-reason window.
 */
public record WaitingReturn(ReturnRecord record, ReturnTiming timing, boolean outsideWindow) {}
