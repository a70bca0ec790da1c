package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.store.ReturnStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One return ({@code returns show}): as stored, with the flags it was recorded with, and its
 * history: the steps recorded from the terminal with who recorded each (V026, review13 M13), and
 * each step an import stored from the return's own time for it, with the agent {@value #IMPORTED},
 * in the order the steps happened.
 *
 * <p>One rule for which time of a step wins (tryout20 Y5, review20 X9): the return's own time (its
 * fields) is the record, and a platform's export that dates a step sets it, also over a step a 客服
 * recorded by hand. The history shows both: a step recorded by hand at another time than the
 * record's stays, {@linkplain #replaced marked replaced}, and the record's time is listed beside it
 * with the agent {@value #IMPORTED} (only an import moves a step recorded by hand).
 */
public record ReturnHistory(
    ReturnRecord record,
    boolean outsideWindow,
    boolean notEligible,
    List<ReturnStore.Event> events,
    Set<ReturnStore.Event> replaced,
    Set<ReturnStore.Event> undone,
    Map<Integer, ReturnStore.Correction> corrections) {

  /** The agent of a step an import stored: the file does not say who took it. */
  public static final String IMPORTED = "(import)";

  /** The history's step of a refund amount corrected by hand ({@code returns correct}). */
  public static final String CORRECTED = "corrected";

  /** The history's step of a hand step taken back ({@code returns undo-step}). */
  public static final String UNDONE = "undone";

  public ReturnHistory {
    events = List.copyOf(events);
    replaced = Set.copyOf(replaced);
    undone = Set.copyOf(undone);
    corrections = Map.copyOf(corrections);
  }

  /** The step recorded by hand that {@code returns undo-step} took back later (tryout21 Z8). */
  public boolean undone(ReturnStore.Event e) {
    return undone.contains(e);
  }

  /**
   * What {@code e} changed when it is a correction ({@code corrected}) or withdrawal ({@code
   * undone}) of a hand step, else null.
   */
  public ReturnStore.Correction correction(ReturnStore.Event e) {
    return e.seq() == 0 ? null : corrections.get(e.seq());
  }

  /**
   * Whether {@code e}, a step recorded by hand, was replaced: the return's time for its step is
   * another one (a platform's export dated it).
   */
  public boolean replaced(ReturnStore.Event e) {
    return replaced.contains(e);
  }

  static ReturnHistory of(
      ReturnStore.Stored stored,
      List<ReturnStore.Event> events,
      Map<Integer, ReturnStore.Correction> corrections) {
    ReturnRecord r = stored.record();
    // a step taken back by `returns undo-step` is no step of the record any more: not replaced
    List<ReturnStore.Event> undone = new ArrayList<>();
    for (ReturnStore.Event e : events) {
      ReturnStore.Correction c = corrections.get(e.seq());
      if (c != null && e.status().equals(UNDONE)) {
        events.stream()
            .filter(
                x ->
                    x.seq() < e.seq()
                        && x.status().equals(c.step())
                        && x.at().equals(c.stepAt())
                        && !undone.contains(x))
            .reduce((a, b) -> b)
            .ifPresent(undone::add);
      }
    }
    List<ReturnStore.Event> recorded = events.stream().filter(e -> !undone.contains(e)).toList();
    List<ReturnStore.Event> all = new ArrayList<>(events);
    List<ReturnStore.Event> replaced = new ArrayList<>();
    for (ReturnStatus step : ReturnStatus.values()) {
      java.time.Instant at = r.at(step);
      List<ReturnStore.Event> ofStep =
          recorded.stream().filter(e -> e.status().equals(step.code())).toList();
      if (at != null && ofStep.stream().noneMatch(e -> e.at().equals(at))) {
        all.add(new ReturnStore.Event(0, at, step.code(), IMPORTED));
      }
      for (ReturnStore.Event e : ofStep) {
        if (at != null && !e.at().equals(at)) {
          replaced.add(e);
        }
      }
    }
    // stable: steps recorded at one time keep the order they were recorded in
    all.sort(Comparator.comparing(ReturnStore.Event::at));
    return new ReturnHistory(
        r,
        stored.outsideWindow(),
        stored.notEligible(),
        List.copyOf(all),
        Set.copyOf(replaced),
        Set.copyOf(undone),
        corrections);
  }
}
