package com.shopops.cli;

import com.shopops.app.TimeSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --from DATE} and {@code --to DATE}: one period option pair for every command that takes
 * one (each command's description says which time of a record places it in the period).
 */
public final class PeriodOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day of the period (YYYY-MM-DD, store zone), included.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last day of the period (YYYY-MM-DD, store zone), included.")
  LocalDate to;

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  /** The period's instants in the store zone; a --to before --from is a usage error. */
  public TimeSpan span(ZoneId zone) {
    check();
    return TimeSpan.ofDays(from, to, zone);
  }

  /** Refuses a --to before --from (exit 2), naming both. */
  public void check() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
  }
}
