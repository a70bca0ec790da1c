package com.shopops.cli;

import com.shopops.app.returns.RecordedReturn;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.time.ZoneId;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code returns correct} and {@code returns undo-step} both take — the return recorded by
 * hand, why (--reason, required) and who (--agent), the output options — and the return both print
 * after the change: defined once (duplicates D6). Their zh help keeps each command's own keys.
 */
final class HandReturnChangeOptions {
  @Parameters(paramLabel = "RETURN_ID", description = "The return, recorded by hand.")
  String returnId;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      required = true,
      converter = Converters.NonBlank.class,
      description = "Why; kept in the history (`returns show`).")
  String reason;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description = "Who does it (default: the database user on PostgreSQL, your login name).")
  String agent;

  @Mixin OutputOptions output;

  /** --agent, else the store's user. */
  String agent(BaseCommand cmd, Store store) {
    return AgentOption.or(agent, cmd, store);
  }

  /** --reason as recorded. */
  String reason() {
    return reason.strip();
  }

  /** The return after the change, as `returns show` lists it. */
  void render(BaseCommand cmd, RecordedReturn changed, ZoneId zone) {
    Table t = ReturnsTable.of();
    ReturnsTable.add(
        t, changed.record(), changed.flags().outsideWindow(), changed.flags().notEligible());
    cmd.render(t, output, zone);
  }
}
