package com.shopops.app.returns;

import com.shopops.app.Rules;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnTiming;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Returns (退货退款) of one store: record and move them, list the ones waiting on someone, the
 * overdue ones, the orders still inside the no-reason window, and the return report. The policy
 * is the store's ({@link Rules#returns()}).
 */
public final class ReturnService {
  private final Store store;
  private final ReturnStore returns;
  private ReturnPolicy policy;

  public ReturnService(Store store) {
    this.store = store;
    this.returns = new ReturnStore(store);
  }

  /** The store's return policy, read once. */
  public ReturnPolicy policy() throws SQLException {
    if (policy == null) {
      policy = Rules.of(store).returns();
    }
    return policy;
  }

  /**
   * Every return requested by {@code asOf} and not rejected or refunded by then, with its timing:
   * longest waiting first (then by return id).
   */
  public List<WaitingReturn> waiting(Instant asOf) throws SQLException {
    return waiting(policy(), asOf);
  }

  /** {@link #waiting(Instant)} under a policy the caller already holds. */
  public List<WaitingReturn> waiting(ReturnPolicy policy, Instant asOf) throws SQLException {
    List<WaitingReturn> out = new ArrayList<>();
    for (ReturnStore.Stored s : returns.openAsOf(asOf)) {
      ReturnRecord r = s.record().asOf(asOf);
      ReturnTiming.of(r, policy, asOf)
          .filter(ReturnTiming::open)
          .ifPresent(t -> out.add(new WaitingReturn(r, t, s.outsideWindow())));
    }
    out.sort(Comparator.comparing((WaitingReturn w) -> w.timing().since())
        .thenComparing(w -> w.record().returnId()));
    return out;
  }
}
