package com.shopops.app.customers;

import com.shopops.store.CustomerFigures;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The money customer figures add up (RFM monetary, tier spend, CLV, promotion spend) is never of
 * different currencies: when the purchases are in several, customers are ranked on those in the
 * currency most of them are in ({@link CustomerFigures.PaidFacts#ranked()}) and the output says
 * which, what it left out and how many paid times were inferred from an order's status.
 */
public final class PaidMoney {
  private PaidMoney() {}

  /** The notes of a customer report; {@code what} names its money ("amounts ranked"). */
  public static List<String> notes(Store store, Instant asOf, String what) throws SQLException {
    CustomerFigures.PaidFacts p = new CustomerFigures(store).paidFacts(asOf, null);
    List<String> notes = new ArrayList<>();
    if (p.ranked() == null) {
      return notes;
    }
    notes.add(what + " in " + p.ranked());
    if (p.currencies().size() > 1) {
      List<String> others = new ArrayList<>();
      long left = 0;
      for (int i = 1; i < p.currencies().size(); i++) {
        others.add(p.currencies().get(i) + " " + p.orders().get(i));
        left += p.orders().get(i);
      }
      notes.add(
          left
              + " paid "
              + (left == 1 ? "order" : "orders")
              + " in other currencies ("
              + String.join(", ", others)
              + ") left out: amounts of different currencies are never"
              + " added up");
    }
    if (p.inferredPaidTimes() > 0) {
      notes.add(com.shopops.app.metrics.MetricsService.inferredNote(p.inferredPaidTimes()));
    }
    return notes;
  }
}
