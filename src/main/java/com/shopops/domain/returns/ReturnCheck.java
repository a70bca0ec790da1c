package com.shopops.domain.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything checked before a return is written, whether it comes from {@code import returns},
 * {@code returns add} or {@code returns update}: the return on its own and against what was
 * bought ({@link ReturnValidator#validate}), all returns of the same line together ({@link
 * ReturnValidator#validateLine}: partial returns must not add up to more units or money than were
 * bought), and the flags it is recorded with ({@link ReturnFlags}).
 */
public final class ReturnCheck {
  private final ReturnValidator validator;

  public ReturnCheck(ReturnValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** The problems (none when it may be written) and the flags of a return. */
  public record Result(List<ReturnProblem> problems, ReturnFlags flags) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * @param r the return as it would be written
   * @param bought what was bought on its line (null when the store cannot say)
   * @param others the other returns of the same line already recorded (a stored version of {@code
   *     r} itself is skipped by id)
   * @param window the no-reason window of the returned item
   */
  public Result check(
      ReturnRecord r, LinePurchase bought, List<ReturnRecord> others, ReturnWindow window) {
    List<ReturnProblem> problems = new ArrayList<>(validator.validate(r, bought));
    if (problems.isEmpty() && bought != null) {
      List<ReturnRecord> line = new ArrayList<>();
      for (ReturnRecord o : others) {
        if (!o.returnId().equals(r.returnId())) {
          line.add(o);
        }
      }
      if (!line.isEmpty()) {
        line.add(r);
        problems.addAll(validator.validateLine(bought, line));
      }
    }
    return new Result(List.copyOf(problems), ReturnFlags.of(r, window));
  }
}
