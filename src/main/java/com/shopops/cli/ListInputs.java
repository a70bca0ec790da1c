package com.shopops.cli;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerPurchases;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.customers.Lifecycle;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.MemberTiers;
import com.shopops.domain.customers.Purchase;
import com.shopops.domain.customers.RfmInput;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmScorer;
import com.shopops.domain.customers.TierInput;
import com.shopops.domain.customers.TierStanding;
import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.PastPurchase;
import com.shopops.config.Config;
import com.shopops.config.CustomersConfig;
import com.shopops.store.CustomerFigures;
import com.shopops.store.CustomerFigures.Buyer;
import com.shopops.store.FollowUpStore;
import com.shopops.store.ListStore;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The customers the list rules choose from, as {@link Candidate}s: profile and consent from the
 * customer list; segment, tier and lifecycle exactly as {@code customers segment} computes them
 * (RFM scored over every buyer, tiers over every known customer); last contact, open return or
 * complaint, and — only when the list needs them — what was bought and the purchase history.
 */
final class ListInputs {
  private ListInputs() {}

  /**
   * What a list needs beyond profile, segment, tier and guards.
   *
   * @param lifecycle compute lifecycle stages (a pass over every paid order)
   * @param gaps fill each candidate's purchase days (winback's usual gap)
   * @param lines fill purchases with their lines, for paid times passing this test (anniversary)
   * @param bought the SKUs or categories asked for with --bought (empty: none)
   */
  record Need(boolean lifecycle, boolean gaps, Predicate<Instant> lines, Set<String> bought) {
    static Need basic() {
      return new Need(false, false, null, Set.of());
    }
  }

  /** Every known customer (customer list and buyers), by customer id. */
  static List<Candidate> candidates(Store store, Config config, Instant asOf, ZoneId zone,
      Need need) throws SQLException {
    CustomerFigures figures = new CustomerFigures(store);
    ListStore lists = new ListStore(store);
    Map<String, Buyer> buyers = new HashMap<>();
    List<RfmInput> rfm = new ArrayList<>();
    for (Buyer b : figures.buyers(asOf, null)) {
      buyers.put(b.customerId(), b);
      rfm.add(new RfmInput(b.customerId(), RfmInput.recencyDays(b.lastPaidAt(), asOf, zone),
          b.orders(), b.monetary()));
    }
    Map<String, String> segments = new HashMap<>();
    for (RfmScore s : RfmScorer.score(rfm, CustomersConfig.rfmPolicy(config)).scores()) {
      segments.put(s.customerId(), s.segment());
    }
    List<String> ids = figures.customerIds(buyers.keySet());
    Map<String, Integer> reviews = figures.reviewsPerCustomer(asOf);
    List<TierInput> tierInputs = new ArrayList<>(ids.size());
    for (String id : ids) {
      Buyer b = buyers.get(id);
      tierInputs.add(new TierInput(id, b == null ? 0 : b.monetary(), b == null ? 0 : b.orders(),
          reviews.getOrDefault(id, 0)));
    }
    Map<String, String> tiers = new HashMap<>();
    for (TierStanding t : MemberTiers.assign(tierInputs, CustomersConfig.tierPolicy(config))) {
      tiers.put(t.customerId(), t.tier());
    }
    Map<String, String> stages = new HashMap<>();
    Map<String, List<PastPurchase>> days = new HashMap<>();
    if (need.lifecycle() || need.gaps()) {
      List<CustomerPurchases> all = figures.purchases(asOf, true);
      if (need.lifecycle()) {
        for (LifecycleStanding s : Lifecycle.classifyAll(all,
            CustomersConfig.lifecyclePolicy(config), asOf, zone)) {
          stages.put(s.customerId(), s.stage().label());
        }
      }
      if (need.gaps()) {
        for (CustomerPurchases c : all) {
          List<PastPurchase> p = new ArrayList<>(c.purchases().size());
          for (Purchase x : c.purchases()) {
            p.add(new PastPurchase(x.orderId(), x.paidAt(), null, null, null));
          }
          days.put(c.customerId(), p);
        }
      }
    }
    Map<String, List<PastPurchase>> lines =
        need.lines() == null ? Map.of() : lists.purchaseLines(asOf, need.lines());
    ListStore.Bought bought = lists.bought(need.bought(), asOf);
    Map<String, Customer> profiles = lists.profiles();
    Map<String, Instant> contacts = lists.lastContacts();
    Set<String> open = openIssues(store, asOf);

    List<Candidate> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Customer c = profiles.get(id);
      Buyer b = buyers.get(id);
      List<PastPurchase> history = lines.containsKey(id) ? lines.get(id) : days.get(id);
      out.add(Candidate.builder(id)
          .name(c == null ? null : c.name())
          .phone(c == null ? null : c.phone())
          .email(c == null ? null : c.email())
          .region(c != null && c.region() != null ? c.region() : b == null ? null : b.region())
          .province(c == null ? null : c.province())
          .segment(segments.get(id))
          .tier(tiers.get(id))
          .lifecycle(stages.get(id))
          .acceptsMarketing(c == null ? null : c.acceptsMarketing())
          .lastContactAt(contacts.get(id))
          .hasOpenReturnOrComplaint(open.contains(id))
          .totalSpend(b == null ? 0 : b.monetary())
          .boughtSkus(bought.skus().get(id))
          .boughtCategories(bought.categories().get(id))
          .lastOrderAt(b == null ? null : b.lastPaidAt())
          .purchases(history)
          .build());
    }
    return out;
  }

  /**
   * Customers with a return not yet rejected or refunded as of {@code asOf} (what {@code returns
   * open} lists), or an open complaint: a follow-up thread whose latest entry mentions a complaint
   * (投诉) in its outcome or note and still plans a next contact.
   */
  static Set<String> openIssues(Store store, Instant asOf) throws SQLException {
    Set<String> out = new HashSet<>();
    Set<String> orders = new HashSet<>();
    for (ReturnStore.Stored s : new ReturnStore(store).openAsOf(asOf)) {
      orders.add(s.record().orderId());
    }
    new ListStore(store).customersOf(orders).values().forEach(o -> out.add(o.customerId()));
    List<FollowUpEntry> log = new ArrayList<>();
    for (FollowUpEntry e : new FollowUpStore(store).all()) {
      if (!e.createdAt().isAfter(asOf)) {
        log.add(e);
      }
    }
    for (FollowUpLog.Standing s : FollowUpLog.latestPerThread(log)) {
      FollowUpEntry e = s.entry();
      if (e.nextAt() != null && (complaint(e.outcome()) || complaint(e.note()))) {
        out.add(e.customerId());
      }
    }
    return out;
  }

  private static boolean complaint(String text) {
    return text != null
        && (text.contains("投诉") || text.toLowerCase(Locale.ROOT).contains("complain"));
  }
}
