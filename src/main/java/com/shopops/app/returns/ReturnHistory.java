package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.store.ReturnStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One return ({@code returns show}): as stored, with the flags it was recorded with, and its
 * history: the steps recorded from the terminal with who recorded each (V026, review13 M13), and
 * each step an import stored (it has no event) from the return's own time for it, with the agent
 * {@value #IMPORTED}, in the order the steps happened.
 */
public record ReturnHistory(
    ReturnRecord record,
    boolean outsideWindow,
    boolean notEligible,
    List<ReturnStore.Event> events) {

  /** The agent of a step an import stored: the file does not say who took it. */
  public static final String IMPORTED = "(import)";

  static ReturnHistory of(ReturnStore.Stored stored, List<ReturnStore.Event> recorded) {
    ReturnRecord r = stored.record();
    List<ReturnStore.Event> all = new ArrayList<>(recorded);
    for (ReturnStatus step : ReturnStatus.values()) {
      if (r.at(step) != null && recorded.stream().noneMatch(e -> e.status().equals(step.code()))) {
        all.add(new ReturnStore.Event(0, r.at(step), step.code(), IMPORTED));
      }
    }
    // stable: steps recorded at one time keep the order they were recorded in
    all.sort(Comparator.comparing(ReturnStore.Event::at));
    return new ReturnHistory(r, stored.outsideWindow(), stored.notEligible(), List.copyOf(all));
  }
}
