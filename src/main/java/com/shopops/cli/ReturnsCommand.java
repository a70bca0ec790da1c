package com.shopops.cli;

import com.shopops.app.returns.ReturnService;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnTiming;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "returns",
    description = {
      "Returns (退货退款): the 7-day no-reason window, the return lifecycle",
      "(requested → approved | rejected → received → refunded) and the refund deadlines."
    },
    subcommands = {
      ReturnsAddCommand.class, ReturnsUpdateCommand.class, ReturnsEligibleCommand.class,
      ReturnsOpenCommand.class, ReturnsOverdueCommand.class, ReturnsReportCommand.class
    })
final class ReturnsCommand {
  private ReturnsCommand() {}

  // ---------------------------------------------------------------------------------------------
  // Bridges for the commands that still call in here (export followup, orders show, customers
  // show) until their branches switch to ReturnService.waiting and ReturnsTable; then delete them.

  /** @deprecated {@link ReturnService#policy()} */
  @Deprecated
  static ReturnPolicy policy(Store store) throws SQLException {
    return new ReturnService(store).policy();
  }

  /** @deprecated {@link com.shopops.app.returns.WaitingReturn} */
  @Deprecated
  record Waiting(ReturnRecord record, ReturnTiming timing) {}

  /** @deprecated {@link ReturnService#waiting(ReturnPolicy, Instant)} */
  @Deprecated
  static List<Waiting> waiting(Store store, ReturnPolicy policy, Instant now)
      throws SQLException {
    return new ReturnService(store).waiting(policy, now).stream()
        .map(w -> new Waiting(w.record(), w.timing())).toList();
  }

  /** @deprecated {@link ReturnsTable#of()} */
  @Deprecated
  static Table returnTable() {
    return ReturnsTable.of();
  }

  /** @deprecated {@link ReturnsTable#add} */
  @Deprecated
  static void addReturn(Table t, ReturnRecord r, boolean outside, boolean notEligible) {
    ReturnsTable.add(t, r, outside, notEligible);
  }
}
