package com.shopops.app.followups;

import com.shopops.app.ExitCodes;
import com.shopops.app.TimeSpan;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerLookup;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerIds;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.lists.Masking;
import com.shopops.domain.order.Order;
import com.shopops.store.CustomerRecords;
import com.shopops.store.FollowUpStore;
import com.shopops.store.OrderQueries;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The follow-up log (客服跟进记录): recording contacts, reading the log, what is due. */
public final class FollowUpService {
  private final Store store;
  private final FollowUpStore log;

  public FollowUpService(Store store) {
    this.store = store;
    this.log = new FollowUpStore(store);
  }

  /**
   * What {@link #add} wrote.
   *
   * @param unknownCustomer the customer is not among the store's customers or orders yet
   */
  public record Recorded(FollowUpEntry entry, boolean unknownCustomer) {}

  /** Appends a contact to the log, checked against the entry it corrects and its order. */
  public Recorded add(NewFollowUp f) throws SQLException {
    String customerId = f.customerId() == null ? null : f.customerId().strip();
    String orderId = f.orderId() == null ? null : f.orderId().strip();
    if (f.corrects() != null) {
      FollowUpEntry old =
          log.find(f.corrects())
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.BAD_INPUT,
                          "--corrects: no follow-up entry " + f.corrects(),
                          "`shopops followup list` shows the entries and their ids"));
      customerId = customerId == null ? old.customerId() : customerId;
      orderId = orderId == null && f.customerId() == null ? old.orderId() : orderId;
    }
    if (customerId == null || customerId.isEmpty()) {
      throw new UserException(
          ExitCodes.USAGE, "--customer is required", "name the customer: --customer ID");
    }
    CustomerLookup lookup = new CustomerLookup(store);
    customerId = lookup.orAsGiven(customerId); // a phone: the buyer with that phone or tel- id
    boolean unknown = !lookup.known(customerId);
    if (unknown && CustomerIds.looksLikePhone(customerId)) { // never a phone number as an id
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "no customer with phone " + Masking.phone(customerId) + " in " + store.location(),
          "give the customer id (`shopops customers list`); a phone number is not kept as a"
              + " customer id");
    }
    checkOrder(customerId, orderId);
    FollowUpEntry e =
        new FollowUpEntry(
            0,
            customerId,
            orderId,
            f.channel().code(),
            f.agent().strip(),
            f.outcome(),
            f.note(),
            f.nextAt(),
            f.at(),
            f.corrects());
    long id = log.add(e);
    return new Recorded(
        new FollowUpEntry(
            id,
            e.customerId(),
            e.orderId(),
            e.channel(),
            e.agent(),
            e.outcome(),
            e.note(),
            e.nextAt(),
            e.createdAt(),
            e.corrects()),
        unknown);
  }

  /** Entries of one customer and/or agent with a contact time in {@code span}, oldest first. */
  public List<FollowUpEntry> list(String customerId, String agent, TimeSpan span)
      throws SQLException {
    String id = customerId == null ? null : new CustomerLookup(store).orAsGiven(customerId.strip());
    return log.list(new FollowUpStore.Filter(id, agent, span.from(), span.to()));
  }

  /** Threads whose next contact has come as of {@code asOf}, earliest first. */
  public List<DueFollowUp> due(Instant asOf) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate today = asOf.atZone(zone).toLocalDate();
    CustomerRecords records = new CustomerRecords(store);
    Map<String, Optional<Customer>> people = new HashMap<>();
    List<DueFollowUp> out = new ArrayList<>();
    for (FollowUpLog.Standing s : FollowUpLog.due(log.all(), asOf)) {
      FollowUpEntry e = s.entry();
      Optional<Customer> c = people.get(e.customerId());
      if (c == null) {
        c = records.customer(e.customerId());
        people.put(e.customerId(), c);
      }
      out.add(
          new DueFollowUp(
              s,
              c.orElse(null),
              ChronoUnit.DAYS.between(e.nextAt().atZone(zone).toLocalDate(), today)));
    }
    return out;
  }

  private void checkOrder(String customerId, String orderId) throws SQLException {
    if (orderId == null) {
      return;
    }
    Optional<Order> o = new OrderQueries(store).find(orderId);
    if (o.isEmpty()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--order: no order " + orderId + " in " + store.location(),
          "leave --order out for a contact about the customer in general");
    }
    if (o.get().customerId() != null && !o.get().customerId().equals(customerId)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--order: order "
              + orderId
              + " belongs to "
              + o.get().customerId()
              + ", not "
              + customerId,
          null);
    }
  }
}
