package com.shopops.app.customers;

import com.shopops.store.CustomerFigures;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<String> notes = new ArrayList<>(timeless(store)); // said even when nothing is scored
    if (p.ranked() == null) {
      return notes;
    }
    notes.add(what + " in " + p.ranked());
    if (p.currencies().size() > 1) {
      List<String> others = new ArrayList<>();
      long left = 0;
      for (int i = 1; i < p.currencies().size(); i++) {
        others.add(p.currencies().get(i) + ": " + p.orders().get(i)); // "USD: 1", review19 V14
        left += p.orders().get(i);
      }
      notes.add(otherCurrenciesNote(left, others));
    }
    if (p.inferredPaidTimes() > 0) {
      notes.add(com.shopops.app.metrics.MetricsService.inferredNote(p.inferredPaidTimes()));
    }
    return notes;
  }

  /**
   * The notes of the tier table: growth value counts the spend in the store's own currency ({@code
   * init --currency}) only, whatever currency most purchases are in (tryout18 W6: a member's tier
   * never depends on the currencies other buyers pay in), what it leaves out in other currencies,
   * and how many paid times were inferred.
   */
  public static List<String> tierNotes(Store store, Instant asOf) throws SQLException {
    CustomerFigures.PaidFacts p = new CustomerFigures(store).paidFacts(asOf, null);
    String own = store.defaultCurrency();
    List<String> notes = new ArrayList<>(timeless(store));
    List<String> others = new ArrayList<>();
    long left = 0;
    for (int i = 0; i < p.currencies().size(); i++) {
      if (!p.currencies().get(i).equals(own)) {
        others.add(p.currencies().get(i) + ": " + p.orders().get(i)); // "USD: 1", review19 V14
        left += p.orders().get(i);
      }
    }
    if (left > 0) {
      notes.add(
          "spend and growth count the paid orders in "
              + own
              + " only, the store's currency, whatever currency other buyers pay in; orders count"
              + " every paid order, whatever its currency");
      notes.add(otherCurrenciesNote(left, others));
    }
    if (p.inferredPaidTimes() > 0) {
      notes.add(com.shopops.app.metrics.MetricsService.inferredNote(p.inferredPaidTimes()));
    }
    return notes;
  }

  /**
   * The note of the RFM table when buyers paid in other currencies than the ranked one only
   * (review19 V9): they are not ranked on money they did not spend in it, and their segment
   * elsewhere ({@code customers show}, the lists) is {@link
   * com.shopops.domain.customers.SegmentTable#OTHER_CURRENCY_ONLY}; empty when none. Read only when
   * the purchases are in several currencies.
   */
  public static List<String> otherCurrencyOnlyNotes(Store store, Instant asOf) throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    CustomerFigures.PaidFacts p = figures.paidFacts(asOf, null);
    if (p.currencies().size() < 2) {
      return List.of();
    }
    long n = figures.buyers(asOf, null, true).stream().filter(b -> !b.ranked()).count();
    if (n == 0) {
      return List.of();
    }
    return List.of(
        n
            + (n == 1 ? " buyer" : " buyers")
            + " paid in other currencies than "
            + p.ranked()
            + " only: not ranked here; their segment is "
            + com.shopops.domain.customers.SegmentTable.OTHER_CURRENCY_ONLY
            + " (customers show, the lists)");
  }

  /** The orders with no order time, which no buyer's figures count (generic25). */
  private static List<String> timeless(Store store) throws SQLException {
    return com.shopops.app.orders.TimelessOrderNotes.of(
        store, com.shopops.app.orders.TimelessOrderNotes.Report.CUSTOMERS);
  }

  private static String otherCurrenciesNote(long left, List<String> others) {
    return left
        + " paid "
        + (left == 1 ? "order" : "orders")
        + " in other currencies ("
        + String.join(", ", others)
        + ") left out: amounts of different currencies are never"
        + " added up";
  }

  /**
   * The note of {@code customers list} and {@code customers show} when the purchases are in several
   * currencies: {@code money} (the money column) counts those in the ranked currency only, the rest
   * is in other_currencies; orders and the last order are of every purchase, whatever its currency.
   */
  static String rankedOnlyNote(String money, String ranked) {
    return money
        + " counts the paid orders in "
        + ranked
        + " only, the currency most paid orders are in; other_currencies holds the rest by"
        + " currency: amounts of different currencies are never added up; orders and"
        + " last_order_at count every paid order, whatever its currency";
  }

  /**
   * Each buyer's purchases in other currencies as a cell says them: {@code EUR 80.00 (1)} (the
   * amount, net of refunds, and the number of orders), "; " between currencies.
   */
  public static Map<String, String> others(List<CustomerFigures.OtherMoney> others) {
    Map<String, String> out = new LinkedHashMap<>();
    for (CustomerFigures.OtherMoney m : others) {
      String cell =
          m.currency()
              + " "
              + BigDecimal.valueOf(m.amount(), 2).toPlainString()
              + " ("
              + m.orders()
              + ")";
      out.merge(m.customerId(), cell, (a, b) -> a + "; " + b);
    }
    return out;
  }
}
