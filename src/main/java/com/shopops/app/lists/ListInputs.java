package com.shopops.app.lists;

import com.shopops.app.Rules;
import com.shopops.app.customers.CustomerStandings;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerPurchases;
import com.shopops.domain.customers.Purchase;
import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.Complaints;
import com.shopops.domain.lists.OtherSpend;
import com.shopops.domain.lists.PastPurchase;
import com.shopops.store.ComplaintStore;
import com.shopops.store.CustomerFigures;
import com.shopops.store.FollowUpStore;
import com.shopops.store.ListStore;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The customers the list rules choose from, as {@link Candidate}s: profile and consent from the
 * customer list; segment, tier and lifecycle from {@link CustomerStandings} (exactly what {@code
 * customers segment} shows); last contact, open return or complaint, and — only when the list needs
 * them — what was bought and the purchase history.
 */
final class ListInputs {
  private ListInputs() {}

  /**
   * What a list needs beyond profile, segment, tier and guards.
   *
   * @param lifecycle compute lifecycle stages (a pass over every paid order)
   * @param gaps fill each candidate's purchase days (winback's usual gap; needs lifecycle)
   * @param lines fill purchases with their lines, for paid times passing this test (anniversary)
   * @param bought the SKUs or categories asked for with --bought (empty: none)
   */
  record Need(boolean lifecycle, boolean gaps, Predicate<Instant> lines, Set<String> bought) {
    static Need basic() {
      return new Need(false, false, null, Set.of());
    }
  }

  /** Every known customer (customer list and buyers), in customer-id order. */
  static List<Candidate> candidates(Store store, Rules rules, Instant asOf, Need need)
      throws SQLException {
    Set<CustomerStandings.Part> parts =
        EnumSet.of(CustomerStandings.Part.RFM, CustomerStandings.Part.TIER);
    if (need.lifecycle() || need.gaps()) {
      parts.add(CustomerStandings.Part.LIFECYCLE);
    }
    if (need.gaps()) { // only winback's usual gap holds every purchase
      parts.add(CustomerStandings.Part.PURCHASES);
    }
    CustomerStandings standings = CustomerStandings.compute(store, rules, asOf, parts);
    ListStore lists = new ListStore(store);
    Map<String, List<PastPurchase>> lines =
        need.lines() == null ? Map.of() : lists.purchaseLines(asOf, need.lines());
    ListStore.Bought bought = lists.bought(need.bought(), asOf);
    Map<String, Customer> profiles = lists.profiles();
    Map<String, Instant> contacts = lists.lastContacts();
    Set<String> open = openIssues(store, asOf);
    // customer money (spend, tiers) is in the currency most purchases are in
    CustomerFigures figures = new CustomerFigures(store);
    String currency = figures.paidFacts(asOf, null).ranked();
    // and what they paid in others, said in the reason, never counted as the ranked currency's
    Map<String, List<OtherSpend>> others = new java.util.HashMap<>();
    for (CustomerFigures.OtherMoney m : figures.otherCurrencies(asOf, null)) {
      others
          .computeIfAbsent(m.customerId(), k -> new ArrayList<>())
          .add(new OtherSpend(m.currency(), m.amount(), m.orders()));
    }

    List<Candidate> out = new ArrayList<>(standings.byCustomer().size());
    for (CustomerStandings.Standing s : standings.all()) {
      String id = s.customerId();
      Customer c = profiles.get(id);
      List<PastPurchase> history =
          lines.containsKey(id)
              ? lines.get(id)
              : need.gaps() ? purchaseDays(standings.purchases().get(id)) : null;
      out.add(
          Candidate.builder(id)
              .name(c == null ? null : c.name())
              .phone(c == null ? null : c.phone())
              .email(c == null ? null : c.email())
              .region(c != null && c.region() != null ? c.region() : s.region())
              .province(c == null ? null : c.province())
              .segment(s.segment())
              .tier(s.tierName())
              .lifecycle(need.lifecycle() ? s.stage() : null)
              .acceptsMarketing(c == null ? null : c.acceptsMarketing())
              .lastContactAt(contacts.get(id))
              .hasOpenReturnOrComplaint(open.contains(id))
              .totalSpend(s.monetary())
              .boughtSkus(bought.skus().get(id))
              .boughtCategories(bought.categories().get(id))
              .lastOrderAt(s.lastPaidAt())
              .purchases(history)
              // a buyer who paid in other currencies only: their spend is said in those (V9)
              .currency(
                  s.isBuyer() && !s.paidInRanked() && others.containsKey(id) ? null : currency)
              .otherSpend(others.get(id))
              .build());
    }
    return out;
  }

  private static List<PastPurchase> purchaseDays(CustomerPurchases c) {
    if (c == null) {
      return null;
    }
    List<PastPurchase> out = new ArrayList<>(c.purchases().size());
    for (Purchase x : c.purchases()) {
      out.add(new PastPurchase(x.orderId(), x.paidAt(), null, null, null));
    }
    return out;
  }

  /**
   * Customers with a return not yet rejected or refunded as of {@code asOf} (what {@code returns
   * open} lists), or an open complaint ({@link Complaints}).
   */
  static Set<String> openIssues(Store store, Instant asOf) throws SQLException {
    Set<String> orders = new HashSet<>();
    for (ReturnStore.Stored s : new ReturnStore(store).openAsOf(asOf)) {
      orders.add(s.record().orderId());
    }
    Set<String> out = new HashSet<>();
    new ListStore(store).customersOf(orders).values().forEach(o -> out.add(o.customerId()));
    out.addAll(Complaints.openAsOf(new FollowUpStore(store).all(), asOf));
    out.addAll(Complaints.customersWithOpen(new ComplaintStore(store).openedBy(asOf), asOf));
    return out;
  }
}
