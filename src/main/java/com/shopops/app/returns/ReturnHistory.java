package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnRecord;
import com.shopops.store.ReturnStore;
import java.util.List;

/**
 * One return ({@code returns show}): as stored, with the flags it was recorded with, and the steps
 * recorded from the terminal with who recorded each (V026, review13 M13); a step an import stored
 * has no event.
 */
public record ReturnHistory(
    ReturnRecord record,
    boolean outsideWindow,
    boolean notEligible,
    List<ReturnStore.Event> events) {}
