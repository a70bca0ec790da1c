package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.customers.Lifecycle;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.MemberTiers;
import com.shopops.domain.customers.RfmInput;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmScorer;
import com.shopops.domain.customers.TierInput;
import com.shopops.domain.customers.TierStanding;
import com.shopops.domain.lists.Masking;
import com.shopops.domain.order.Order;
import com.shopops.config.Config;
import com.shopops.config.CustomersConfig;
import com.shopops.render.Column;
import com.shopops.render.RecordView;
import com.shopops.render.ColumnType;
import com.shopops.render.Table;
import com.shopops.store.CustomerFigures;
import com.shopops.store.CustomerFigures.Buyer;
import com.shopops.store.CustomerRecords;
import com.shopops.store.FollowUpStore;
import com.shopops.store.OrderQueries;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = {
      "Everything about one customer on one screen, as of --now: profile (phone masked), region,",
      "RFM segment, tier, lifecycle stage, lifetime value, orders with their shipping status",
      "(latest first), returns and reviews (when the store has them), the follow-up log (latest",
      "first), contacts from written lists, and the next follow-up due.",
      "ID is a customer id or a phone number. --format json gives one object; csv the profile row."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops customers show C00042",
      "  shopops customers show 13812345678",
      "  shopops customers show C00042 --format json"
    })
final class CustomersShowCommand extends BaseCommand {
  @Parameters(paramLabel = "ID", description = "Customer id, or a phone number.")
  String id;

  @Option(names = "--unmasked", description = "Show the phone number in full.")
  boolean unmasked;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      CustomerRecords records = new CustomerRecords(store);
      String customerId = resolve(records, store);
      List<FollowUpEntry> log =
          new FollowUpStore(store).list(new FollowUpStore.Filter(customerId, null, null, null));
      RecordView view = new RecordView(profile(store, records, customerId, log, asOf, zone))
          .nestFieldsAs("customer");
      view.addList("orders", orders(store, records, customerId));
      Table returns = ReturnsCommand.returnTable();
      for (ReturnStore.Stored r : new ReturnStore(store).forCustomer(customerId)) {
        ReturnsCommand.addReturn(returns, r.record(), r.outsideWindow(), r.notEligible());
      }
      if (!returns.rows().isEmpty()) {
        view.addList("returns", returns);
      }
      if (records.hasTable("reviews")) {
        addIfAny(view, "reviews", records.reviews(customerId));
      }
      view.addList("followups", followups(log));
      view.addList("contacts", contacts(records.contacts(customerId)));
      render(view, output, zone);
    }
    return ExitCodes.OK;
  }

  /** The id as given when the store knows it, else the one customer with that phone number. */
  private String resolve(CustomerRecords records, Store store) throws SQLException {
    String given = id.strip();
    if (records.customer(given).isPresent() || records.hasOrders(given)
        || !new FollowUpStore(store).list(new FollowUpStore.Filter(given, null, null, null))
            .isEmpty()) {
      return given;
    }
    if (CustomerRecords.phoneDigits(given).length() >= 7) {
      List<String> ids = records.byPhone(given);
      if (ids.size() == 1) {
        return ids.get(0);
      }
      if (ids.size() > 1) {
        throw new UserException(ExitCodes.BAD_INPUT,
            "phone " + Masking.phone(given) + " belongs to " + ids.size() + " customers: "
                + String.join(", ", ids), "show one of them by customer id");
      }
    }
    throw new UserException(ExitCodes.BAD_INPUT, "no customer " + given + " in " + store.path(),
        "`shopops customers list` shows the customers; a phone number is matched on its digits");
  }

  private Table profile(Store store, CustomerRecords records, String customerId,
      List<FollowUpEntry> log, Instant asOf, ZoneId zone) throws SQLException {
    Customer c = records.customer(customerId).orElse(
        new Customer(customerId, null, null, null, null, null, null, null, null));
    Config config = ConfigCommand.load(store);
    CustomerFigures figures = new CustomerFigures(store);
    // the segment is relative to every buyer: score them all, keep this one
    List<Buyer> buyers = figures.buyers(asOf, null);
    List<RfmInput> inputs = new ArrayList<>(buyers.size());
    Buyer mine = null;
    for (Buyer b : buyers) {
      inputs.add(new RfmInput(b.customerId(), RfmInput.recencyDays(b.lastPaidAt(), asOf, zone),
          b.orders(), b.monetary()));
      if (b.customerId().equals(customerId)) {
        mine = b;
      }
    }
    RfmScore score = null;
    if (mine != null) {
      for (RfmScore s : RfmScorer.score(inputs, CustomersConfig.rfmPolicy(config)).scores()) {
        if (s.customerId().equals(customerId)) {
          score = s;
        }
      }
    }
    int orders = mine == null ? 0 : mine.orders();
    long spend = mine == null ? 0 : mine.monetary();
    TierStanding tier = MemberTiers.assign(
        List.of(new TierInput(customerId, spend, orders,
            figures.reviewsPerCustomer(asOf).getOrDefault(customerId, 0))),
        CustomersConfig.tierPolicy(config)).get(0);
    LifecycleStanding stage = Lifecycle.classify(
        figures.purchases(asOf, true, customerId).get(0), CustomersConfig.lifecyclePolicy(config),
        asOf, zone);
    FollowUpLog.Standing next = FollowUpLog.nextFor(log);

    Table t = new Table(Column.text("customer_id"), Column.text("name"), Column.text("phone"),
        Column.text("email"), Column.text("province"), Column.text("city"),
        Column.text("region"), Column.timestamp("registered_at"),
        Column.bool("accepts_marketing"), Column.integer("orders"),
        Column.money("lifetime_value"), Column.timestamp("last_order_at"),
        Column.integer("recency_days"), Column.text("rfm"), Column.text("segment"),
        Column.integer("growth"), Column.text("tier"), Column.text("next_tier"),
        Column.integer("growth_to_next"), Column.text("lifecycle"),
        Column.decimal("median_gap_days"), Column.timestamp("next_followup_at"),
        Column.bool("followup_due"), Column.text("next_followup_note"));
    t.addRow(c.customerId(), c.name(), unmasked ? c.phone() : Masking.phone(c.phone()),
        c.email(), c.province(), c.city(), c.region() != null ? c.region()
            : mine == null ? null : mine.region(), c.registeredAt(), c.acceptsMarketing(),
        orders, spend, mine == null ? null : mine.lastPaidAt(),
        score == null ? null : score.recencyDays(),
        score == null ? null : "R" + score.r() + " F" + score.f() + " M" + score.m(),
        score == null ? null : score.segment(), tier.growth(), tier.tier(), tier.nextTier(),
        tier.nextTier() == null ? null : tier.growthToNext(), stage.stage().label(),
        stage.medianGapDays(), next == null ? null : next.entry().nextAt(),
        next == null ? null : !next.entry().nextAt().isAfter(asOf),
        next == null ? null : describe(next.entry()));
    return t;
  }

  private static String describe(FollowUpEntry e) {
    StringBuilder sb = new StringBuilder("#").append(e.id()).append(' ').append(e.agent())
        .append(" via ").append(e.channel());
    if (e.orderId() != null) {
      sb.append(", order ").append(e.orderId());
    }
    if (e.outcome() != null) {
      sb.append(": ").append(e.outcome());
    }
    return sb.toString();
  }

  private static Table orders(Store store, CustomerRecords records, String customerId)
      throws SQLException {
    Map<String, Map<String, Object>> shipments = records.shipments(customerId);
    Table t = new Table(Column.text("order_id"), Column.timestamp("created_at"),
        Column.timestamp("paid_at"), Column.money("total"), Column.text("status"),
        Column.timestamp("shipped_at"), Column.timestamp("delivered_at"),
        Column.text("carrier"), Column.text("tracking_no"));
    List<OrderQueries.Listed> list = new OrderQueries(store)
        .list(new OrderQueries.Filter(null, null, null, customerId, null));
    for (int i = list.size() - 1; i >= 0; i--) { // latest first
      Order o = list.get(i).order();
      Map<String, Object> s = shipments.getOrDefault(o.orderId(), Map.of());
      t.addRow(o.orderId(), o.createdAt(), o.paidAt(), o.total(), OrdersCommand.status(o),
          o.shippedAt() != null ? o.shippedAt() : instant(s.get("shipped_at")),
          o.deliveredAt() != null ? o.deliveredAt() : instant(s.get("delivered_at")),
          o.carrier() != null ? o.carrier() : (String) s.get("carrier"),
          o.trackingNo() != null ? o.trackingNo() : (String) s.get("tracking_no"));
    }
    return t;
  }

  private static Instant instant(Object v) {
    return v instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
  }

  static Table followups(List<FollowUpEntry> log) {
    Table t = new Table(Column.integer("id"), Column.timestamp("created_at"),
        Column.text("customer_id"), Column.text("order_id"), Column.text("channel"),
        Column.text("agent"), Column.text("outcome"), Column.text("note"),
        Column.timestamp("next_at"), Column.integer("corrects"));
    for (int i = log.size() - 1; i >= 0; i--) { // latest first
      FollowUpEntry e = log.get(i);
      t.addRow(e.id(), e.createdAt(), e.customerId(), e.orderId(), e.channel(), e.agent(),
          e.outcome(), e.note(), e.nextAt(), e.corrects());
    }
    return t;
  }

  private static Table contacts(List<CustomerRecords.Contact> contacts) {
    Table t = new Table(Column.timestamp("at"), Column.text("kind"), Column.text("list"));
    for (CustomerRecords.Contact c : contacts) {
      t.addRow(c.at(), c.kind(), c.listName());
    }
    return t;
  }

  /**
   * Rows of another capability's table as they are stored: {@code *_at} columns are times,
   * {@code *amount*} columns money, the rest text (ids, ratings, reasons).
   */
  private static void addIfAny(RecordView view, String name, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      view.addList(name, generic(rows));
    }
  }

  private static Table generic(List<Map<String, Object>> rows) {
    List<Column> cols = new ArrayList<>();
    for (Map.Entry<String, Object> e : rows.get(0).entrySet()) {
      String n = e.getKey().toLowerCase(Locale.ROOT);
      if (n.equals("import_id")) {
        continue;
      }
      cols.add(n.endsWith("_at") ? Column.timestamp(n)
          : n.contains("amount") ? Column.money(n)
          : Column.text(n));
    }
    Table t = new Table(cols);
    for (Map<String, Object> r : rows) {
      Object[] cells = new Object[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        Column c = cols.get(i);
        Object v = r.get(c.name());
        if (v == null) {
          for (Map.Entry<String, Object> e : r.entrySet()) {
            if (e.getKey().equalsIgnoreCase(c.name())) {
              v = e.getValue();
              break;
            }
          }
        }
        cells[i] = v == null ? null
            : c.type() == ColumnType.TIMESTAMP ? instant(v)
            : c.type() == ColumnType.MONEY ? (v instanceof Number n ? n.longValue() : null)
            : String.valueOf(v);
      }
      t.addRow(cells);
    }
    return t;
  }
}
