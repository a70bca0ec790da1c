package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.domain.ShownTime;
import com.shopops.domain.sla.SlaAlerts;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --fail-on-breach}, shared by the sla commands: the cron job's alarm. */
final class FailOnBreachOption {
  @Option(
      names = "--fail-on-breach",
      description =
          "Exit 3 when any order is breached (past sla.ship_max) or overdue (unshipped"
              + " past sla.ship_within); the data is still printed, a summary goes to stderr.")
  boolean failOnBreach;

  /**
   * Exit 3 when the alerts fail the run, with the one-line reason on stderr (printed even with -q:
   * it is the reason for the exit code); else 0.
   */
  int exitCode(BaseCommand cmd, SlaAlerts alerts, Instant asOf, ZoneId zone) {
    if (!alerts.failsRun(failOnBreach)) {
      return ExitCodes.OK;
    }
    String when = ShownTime.of(asOf, zone);
    cmd.ctx()
        .err()
        .println(
            cmd.messages().get("error.prefix")
                + cmd.messages()
                    .get(
                        "fail.sla",
                        cmd.messages()
                            .get(
                                "note.fail_as_of",
                                cmd.messages()
                                    .get("note.sla_alerts", alerts.overdue(), alerts.breached()),
                                when)));
    cmd.ctx().err().flush();
    return ExitCodes.CONDITION;
  }
}
