package com.shopops.app.lists;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.customers.ShortHistory;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.WaitingReturn;
import com.shopops.app.sla.SlaOrder;
import com.shopops.app.sla.SlaService;
import com.shopops.domain.ShownTime;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.ContactRecord;
import com.shopops.domain.lists.DelayedOrder;
import com.shopops.domain.lists.DeliveredOrder;
import com.shopops.domain.lists.FollowUpPolicy;
import com.shopops.domain.lists.FollowUpRows;
import com.shopops.domain.lists.FollowUps;
import com.shopops.domain.lists.Keys;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.PendingReturn;
import com.shopops.domain.lists.PromotionCriteria;
import com.shopops.domain.lists.PromotionRow;
import com.shopops.domain.lists.PromotionSelector;
import com.shopops.domain.lists.Selection;
import com.shopops.domain.lists.ServiceCooldown;
import com.shopops.store.FollowUpStore;
import com.shopops.store.ListStore;
import com.shopops.store.ListStore.OrderCustomer;
import com.shopops.store.ListStore.WrittenList;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Promotion and follow-up lists of one store: choose who is on a list (the rules in {@code
 * domain.lists}, fed from the store and the customers, SLA and returns services), record a written
 * list's contacts so the cool-down sees them, show the lists written and take one back.
 *
 * <p>Follow-up selections come back with {@code --limit} applied, so the rows returned are the rows
 * to write and to record; their summary still counts the rows the limit cut.
 */
public final class ListService {
  private final Store store;
  private final ListStore lists;
  private Rules rules;

  public ListService(Store store) {
    this.store = store;
    this.lists = new ListStore(store);
  }

  /**
   * The store's rules, read once. Every list checks the {@code lists} section first, so a broken
   * offer table is reported whatever the list.
   */
  private Rules rules() throws SQLException {
    if (rules == null) {
      rules = Rules.of(store);
      rules.offers();
      rules.followUps();
    }
    return rules;
  }

  // ------------------------------------------------------------------ choosing

  /** {@code export promotion}. */
  public PromotionList promotion(PromotionQuery q) throws SQLException {
    Rules r = rules();
    Set<String> segments = known("segment", q.segments(), r.rfm().segments().names());
    Set<String> tiers =
        known("tier", q.tiers(), r.tiers().tiers().stream().map(Tier::name).toList());
    Set<String> stages = new LinkedHashSet<>();
    q.lifecycles().forEach(s -> stages.add(s.label()));
    int cooldown = q.cooldownDays() != null ? q.cooldownDays() : r.cooldownDays();
    PromotionCriteria criteria =
        new PromotionCriteria(
            segments,
            tiers,
            stages,
            q.regions(),
            q.bought(),
            q.minSpend(),
            q.since(),
            cooldown,
            q.limit());
    List<Candidate> candidates =
        ListInputs.candidates(
            store,
            r,
            q.asOf().toInstant(),
            new ListInputs.Need(
                !stages.isEmpty() || r.offers().hasWinback(),
                false,
                null,
                criteria.boughtSkuOrCategory()));
    knownRegions(q.regions(), candidates);
    Selection<PromotionRow> sel =
        PromotionSelector.select(candidates, criteria, r.offers(), q.asOf());
    List<String> notes = new ArrayList<>();
    if (Candidate.noConsentKnown(candidates)) {
      notes.add(PromotionList.NO_CONSENT_KNOWN);
    }
    if (!sel.rows().isEmpty()) { // the segments it names
      notes.addAll(ShortHistory.notes(store, r.lifecycle(), q.asOf().toInstant()));
    }
    return new PromotionList(sel, cooldown, notes);
  }

  /** {@code followup --kind winback}: valuable customers gone silent. */
  public Selection<FollowUpRows.Winback> winback(FollowUpQuery q) throws SQLException {
    List<Candidate> candidates =
        ListInputs.candidates(
            store, rules(), q.asOf().toInstant(), new ListInputs.Need(true, true, null, Set.of()));
    return limited(FollowUps.winback(candidates, policy(q), rules().offers(), q.asOf()), q);
  }

  /**
   * {@code followup --kind delay}: unshipped orders at risk of, or past, their ship-by deadline.
   */
  public Selection<FollowUpRows.Delay> delay(FollowUpQuery q) throws SQLException {
    rules();
    List<SlaOrder> late =
        new SlaService(store)
            .unshipped(q.asOf().toInstant(), s -> DelayedOrder.Status.of(s) != null)
            .rows();
    Map<String, OrderCustomer> who =
        lists.customersOf(late.stream().map(SlaOrder::orderId).toList());
    List<DelayedOrder> orders = new ArrayList<>();
    for (SlaOrder o : late) {
      OrderCustomer c = who.get(o.orderId());
      if (c != null) { // an order without a customer id: nobody to tell
        orders.add(
            new DelayedOrder(
                c.orderId(),
                c.customerId(),
                c.name(),
                c.phone(),
                DelayedOrder.Status.of(o.status()),
                o.sla().shipBy().deadline()));
      }
    }
    return limited(FollowUps.delay(orders, done(ListKind.DELAY, q), q.asOf()), q);
  }

  /** {@code followup --kind returns}: returns waiting on the shop. */
  public Selection<FollowUpRows.Return> returns(FollowUpQuery q) throws SQLException {
    rules();
    List<WaitingReturn> waiting = new ReturnService(store).waiting(q.asOf().toInstant());
    Map<String, OrderCustomer> who =
        lists.customersOf(waiting.stream().map(w -> w.record().orderId()).toList());
    List<PendingReturn> pending = new ArrayList<>();
    for (WaitingReturn w : waiting) {
      PendingReturn.Waiting on = PendingReturn.Waiting.of(w.timing().step(), w.record().exchange());
      OrderCustomer c = who.get(w.record().orderId());
      if (c != null && on != null) {
        pending.add(
            new PendingReturn(
                w.record().returnId(),
                w.record().orderId(),
                c.customerId(),
                c.name(),
                c.phone(),
                on,
                w.timing().since(),
                w.timing().refundOverdue(),
                w.record().refundAmount()));
      }
    }
    return limited(FollowUps.returns(pending, done(ListKind.RETURNS, q), q.asOf()), q);
  }

  /** {@code followup --kind satisfaction}: delivered N days ago, no review yet. */
  public Selection<FollowUpRows.Satisfaction> satisfaction(FollowUpQuery q) throws SQLException {
    FollowUpPolicy policy = policy(q);
    ZoneId zone = q.asOf().getZone();
    LocalDate day = FollowUps.satisfactionDay(policy, q.asOf());
    Set<String> open = ListInputs.openIssues(store, q.asOf().toInstant());
    List<DeliveredOrder> orders = new ArrayList<>();
    for (ListStore.Delivery d :
        lists.deliveredBetween(
            day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())) {
      orders.add(
          new DeliveredOrder(
              d.orderId(),
              d.customerId(),
              d.name(),
              d.phone(),
              d.deliveredAt(),
              d.reviewed(),
              open.contains(d.customerId())));
    }
    return limited(
        FollowUps.satisfaction(orders, policy, done(ListKind.SATISFACTION, q), q.asOf()), q);
  }

  /** {@code followup --kind anniversary}: bought in the coming month in earlier years. */
  public Selection<FollowUpRows.Anniversary> anniversary(FollowUpQuery q) throws SQLException {
    ZoneId zone = q.asOf().getZone();
    Month month = FollowUps.anniversaryMonth(q.asOf());
    List<Candidate> candidates =
        ListInputs.candidates(
            store,
            rules(),
            q.asOf().toInstant(),
            new ListInputs.Need(
                rules().offers().hasWinback(),
                false,
                at -> at.atZone(zone).getMonth() == month,
                Set.of()));
    return limited(FollowUps.anniversary(candidates, policy(q), rules().offers(), q.asOf()), q);
  }

  /** {@code followup --kind vip}: top-tier customers not contacted for a while. */
  public Selection<FollowUpRows.Vip> vip(FollowUpQuery q) throws SQLException {
    List<Candidate> candidates =
        ListInputs.candidates(store, rules(), q.asOf().toInstant(), ListInputs.Need.basic());
    return limited(FollowUps.vip(candidates, policy(q), q.asOf()), q);
  }

  /**
   * Whom a service list leaves out ({@link ServiceCooldown}): reached today (from 00:00 of {@code
   * --now}'s day in the store zone) by a list of the same kind, or waiting for a follow-up still
   * ahead. Read inside the list's turn when it is to be recorded, so the second of two exports
   * started together sees the first one's contacts.
   */
  private ServiceCooldown done(ListKind kind, FollowUpQuery q) throws SQLException {
    Instant asOf = q.asOf().toInstant();
    Instant dayStart = q.asOf().toLocalDate().atStartOfDay(q.asOf().getZone()).toInstant();
    Set<String> customers = new HashSet<>();
    Set<String> orders = new HashSet<>();
    for (FollowUpLog.Standing s : FollowUpLog.waiting(new FollowUpStore(store).all(), asOf)) {
      if (s.entry().orderId() == null) {
        customers.add(s.entry().customerId());
      } else {
        orders.add(s.entry().orderId());
      }
    }
    return new ServiceCooldown(lists.contactedSince(kind, dayStart), customers, orders);
  }

  private FollowUpPolicy policy(FollowUpQuery q) throws SQLException {
    FollowUpPolicy p = rules().followUps();
    if (q.satisfactionDays() != null) {
      p = p.withSatisfactionDays(q.satisfactionDays());
    }
    if (q.anniversaryAheadDays() != null) {
      p = p.withAnniversaryAheadDays(q.anniversaryAheadDays());
    }
    return p;
  }

  /** The rows --limit keeps, with the summary of the whole selection (the cut counted). */
  private static <R> Selection<R> limited(Selection<R> sel, FollowUpQuery q) {
    if (q.limit() == null || q.limit() >= sel.rows().size()) {
      return sel;
    }
    return new Selection<>(sel.rows().subList(0, q.limit()), sel.excluded(), sel.eligible());
  }

  /**
   * The given names as the store spells them; a name that is none of {@code names} is a usage error
   * (it would silently choose nobody).
   */
  private static Set<String> known(String what, Set<String> given, Collection<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String g : given) {
      out.add(
          Keys.find(names, g)
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.USAGE,
                          "--" + what + ": no " + what + " \"" + g + "\"",
                          "use one of " + String.join(", ", names))));
    }
    return out;
  }

  /**
   * Refuses a {@code --region} that is neither a region (华东…), a Chinese province, nor a region or
   * province of any customer in the store: it would select nobody, in silence (review11 K19).
   */
  private static void knownRegions(Set<String> given, List<Candidate> candidates) {
    Set<String> seen = new TreeSet<>();
    for (Candidate c : candidates) {
      if (c.region() != null) {
        seen.add(c.region());
      }
      if (c.province() != null) {
        seen.add(c.province());
      }
    }
    for (String g : given) {
      if (Keys.find(Regions.NAMES, g).isEmpty()
          && Regions.region(g).isEmpty()
          && Keys.find(seen, g).isEmpty()) {
        throw new UserException(
            ExitCodes.USAGE,
            "--region: unknown region \"" + g + "\"",
            "use one of " + String.join(", ", Regions.NAMES));
      }
    }
  }

  // ------------------------------------------------------------------ recording

  /**
   * Takes the store's turn for lists in the caller's write transaction: call it first, before a
   * list to be recorded is chosen, so that two exports at once never both contact one customer
   * within the cool-down ({@link ListStore#takeTurn}).
   */
  public void takeTurn() throws SQLException {
    lists.takeTurn();
  }

  /**
   * Records a written list — its {@code lists} row and one contact per customer on it, in one
   * transaction — unless it is a dry run or empty. Inside a transaction of the caller's (the one
   * the list was chosen in), it records in that transaction.
   */
  public Recording record(ListKind kind, List<? extends ListRow> rows, ListWrite w)
      throws SQLException {
    if (w.dryRun()) {
      return Recording.nothing(Recording.Outcome.DRY_RUN);
    }
    if (rows.isEmpty()) {
      return Recording.nothing(Recording.Outcome.EMPTY);
    }
    String name =
        w.name() != null && !w.name().isBlank()
            ? w.name().strip()
            : unique(kind.defaultListName(w.at().atZone(store.zone())));
    List<ContactRecord> contacts = ContactRecord.forRows(rows, kind, name, w.at());
    String file = // as the import log keeps a file: absolute, however typed (review20 X12)
        w.file() == null
            ? null
            : com.shopops.store.ImportLog.where(java.nio.file.Path.of(w.file()), w.file());
    long id = lists.record(kind, name, file, w.agent(), rows.size(), w.at(), contacts);
    return new Recording(Recording.Outcome.RECORDED, id, name, contacts.size());
  }

  /** {@code name}, or name-2, name-3… when lists made at the same minute took it already. */
  private String unique(String name) throws SQLException {
    String candidate = name;
    for (int n = 2; lists.nameTaken(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  /** Takes back a list whose file could not be written: no file, no contacts. */
  public void forget(long listId) throws SQLException {
    lists.forget(listId);
  }

  // ------------------------------------------------------------------ history

  /** Every list written, oldest first, with the contacts it still holds. */
  public List<WrittenList> written() throws SQLException {
    return lists.lists();
  }

  /**
   * Takes back list {@code listId}: removes its contacts (the cool-down and {@code customers show}
   * no longer see them) and marks it undone at {@code at} by {@code by} (who undid it, as {@link
   * ListWrite#agent}; null: not known). An unknown list, or one already undone, is bad input.
   */
  public Undone undo(long listId, Instant at, String by) throws SQLException {
    WrittenList l =
        lists
            .list(listId)
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.BAD_INPUT,
                        "no list " + listId + " in " + store.location(),
                        "`shopops lists` shows the lists and their ids"));
    if (l.undoneAt() != null) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "list " + listId + " \"" + l.name() + "\" was already undone at " + time(l.undoneAt()),
          null);
    }
    return new Undone(l, lists.undo(listId, at, by));
  }

  /** A time as the list messages show it: {@code 2026-11-20 10:00:00} in the store zone. */
  public String time(Instant t) {
    return ShownTime.of(t, store.zone());
  }
}
