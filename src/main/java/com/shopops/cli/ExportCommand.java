package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;
import com.shopops.app.sla.SlaOrder;
import com.shopops.app.sla.SlaService;

import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.ContactRecord;
import com.shopops.domain.lists.DelayedOrder;
import com.shopops.domain.lists.DeliveredOrder;
import com.shopops.domain.lists.FollowUpPolicy;
import com.shopops.domain.lists.FollowUpRows;
import com.shopops.domain.lists.FollowUps;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.Masking;
import com.shopops.domain.lists.OfferTable;
import com.shopops.domain.lists.PendingReturn;
import com.shopops.domain.lists.PromotionCriteria;
import com.shopops.domain.lists.PromotionRow;
import com.shopops.domain.lists.PromotionSelector;
import com.shopops.domain.lists.Selection;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.config.Config;
import com.shopops.config.ListsConfig;
import com.shopops.parse.ValueException;
import com.shopops.parse.Values;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ListStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    description = {
      "Contact lists for people to act on: today's promotion, and follow-ups (win-back, delayed",
      "orders, returns, satisfaction, anniversaries, VIP care). Writing a list records one contact",
      "per customer, so the cool-down keeps the next list from reaching them again; --dry-run",
      "records nothing. `shopops lists` shows what was written, `lists undo ID` takes it back.",
      "Files are safe to open in Excel/WPS: text cells starting with = + - @ tab CR LF or NUL get",
      "a leading ' (--raw turns that off for machine pipelines); --excel adds a UTF-8 BOM."
    },
    subcommands = {ExportCommand.Promotion.class, ExportCommand.FollowUp.class})
final class ExportCommand {
  private ExportCommand() {}

  /** The options every list shares. */
  static final class ListOptions {
    @Option(names = "--name", paramLabel = "NAME",
        description = "The list's name in `shopops lists` and in each customer's contacts"
            + " (default: KIND-yyyyMMdd-HHmm of --now).")
    String name;

    @Option(names = "--dry-run",
        description = "Print the list, record no contacts (the cool-down does not see it).")
    boolean dryRun;

    @Option(names = "--unmasked",
        description = "Full phone numbers (default masked as 138****1234).")
    boolean unmasked;

    @Option(names = "--lang", paramLabel = "zh|en",
        description = "Language of reasons, offers and messages (default: from $LC_ALL/$LANG,"
            + " else en).")
    String lang;
  }

  /** The list's language: --lang, else the locale of the environment, else English. */
  static String lang(BaseCommand cmd, ListOptions o) {
    if (o.lang != null) {
      String l = o.lang.strip().toLowerCase(Locale.ROOT);
      if (!l.equals("zh") && !l.equals("en")) {
        throw new UserException(ExitCodes.USAGE, "--lang: \"" + o.lang + "\" is not zh or en",
            null);
      }
      return l;
    }
    for (String var : List.of("LC_ALL", "LANG")) {
      String v = cmd.ctx().env().get(var);
      if (v != null && !v.isBlank()) {
        return v.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
      }
    }
    return "en";
  }

  /**
   * Renders the list (stdout or --out), prints the summary, and unless --dry-run records one
   * contact per customer on it with a {@code lists} row — after the file is written, so a refused
   * --out records nothing.
   */
  static void write(BaseCommand cmd, Store store, Table table, OutputOptions output,
      ListOptions o, ListKind kind, List<? extends ListRow> rows, String summary)
      throws SQLException {
    ZoneId zone = store.zone();
    cmd.render(table, output, zone);
    cmd.info(summary);
    if (o.dryRun) {
      cmd.info("dry run: no contacts recorded");
      return;
    }
    if (rows.isEmpty()) {
      cmd.info("empty list: no contacts recorded");
      return;
    }
    Instant at = cmd.recordTime(zone);
    String name = o.name != null && !o.name.isBlank() ? o.name.strip()
        : kind.defaultListName(at.atZone(zone));
    List<ContactRecord> contacts = ContactRecord.forRows(rows, kind, name, at);
    long id = new ListStore(store).record(kind, name,
        output.out == null ? null : output.out.toString(), rows.size(), at, contacts);
    cmd.info("recorded list " + id + " \"" + name + "\": " + contacts.size() + " contact"
        + (contacts.size() == 1 ? "" : "s") + " (undo: shopops lists undo " + id + ")");
  }

  /** An existing --out without --force is refused before any work (render checks it again). */
  static void checkOut(OutputOptions output) {
    if (output.out != null && !output.force && java.nio.file.Files.exists(output.out)) {
      throw new UserException(ExitCodes.USAGE, output.out + " already exists",
          "pass --force to replace it");
    }
  }

  /** --limit cuts a follow-up list here, so that only the rows written are recorded. */
  static <R> List<R> limited(List<R> rows, OutputOptions output) {
    if (output.limit == null) {
      return rows;
    }
    if (output.limit < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
    }
    return rows.subList(0, Math.min(rows.size(), output.limit));
  }

  static String phone(ListOptions o, String raw) {
    return o.unmasked ? raw : Masking.phone(raw);
  }

  static Config config(Store store) throws SQLException {
    Config c = ConfigCommand.load(store);
    try {
      ListsConfig.offerTable(c);
      ListsConfig.followUpPolicy(c);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "lists config: " + e.getMessage(),
          "check the rules with `shopops config show` and fix them with `shopops config set`");
    }
    return c;
  }

  // ------------------------------------------------------------------ promotion

  @Command(
      name = "promotion",
      description = {
        "Who gets today's promotion, most valuable (highest spend) first, with why and which offer.",
        "No filter: every customer who may be contacted. Filters combine (AND); a filter given",
        "twice or with commas takes alternatives (OR). Always left out: no marketing consent",
        "(unknown counts as no), an open return or complaint, contacted within the cool-down.",
        "Columns: customer_id, name, phone (masked unless --unmasked), email, region, segment,",
        "tier, reason, offer, offer_code. The summary on stderr counts who was left out and why."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops export promotion --segment Champions --segment 'Loyal Customers' --limit 500",
        "  shopops export promotion --tier 金牌,白金 --region 华东 --out promo.csv --excel",
        "  shopops export promotion --bought TEA-LJ-250 --since 2026-01-01 --dry-run",
        "  shopops export promotion --min-spend 1000 --cooldown 30d --unmasked --raw | send-sms"
      })
  static final class Promotion extends BaseCommand {
    @Option(names = "--segment", paramLabel = "NAME", split = ",",
        description = "RFM segment (Champions, At Risk…; case and punctuation ignored).")
    List<String> segments = new ArrayList<>();

    @Option(names = "--tier", paramLabel = "NAME", split = ",",
        description = "Member tier (普通, 银牌, 金牌, 白金, 钻石 or the configured names).")
    List<String> tiers = new ArrayList<>();

    @Option(names = "--lifecycle", paramLabel = "STAGE", split = ",",
        description = "Lifecycle stage: prospect, first purchase, repeat, loyal, lapsing, churned.")
    List<String> lifecycles = new ArrayList<>();

    @Option(names = "--region", paramLabel = "NAME", split = ",",
        description = "Region (华东…) or province (浙江…).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--bought", paramLabel = "SKU|CATEGORY", split = ",",
        description = "Bought this SKU, or this category (when products are imported).")
    List<String> bought = new ArrayList<>();

    @Option(names = "--min-spend", paramLabel = "AMOUNT",
        description = "Spent at least this much in all (net of refunds), e.g. 1000 or ¥1,000.")
    String minSpend;

    @Option(names = "--since", paramLabel = "DATE",
        description = "Last order on or after this day.")
    String since;

    @Option(names = "--cooldown", paramLabel = "DAYS",
        description = "Leave out customers contacted within this many calendar days, e.g. 14d;"
            + " 0 turns it off (default: config lists.cooldown, 14d).")
    String cooldown;

    @Mixin ListOptions list;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      checkOut(output);
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        ZonedDateTime asOf = asOf(zone).atZone(zone);
        String lang = lang(this, list);
        Config config = config(store);
        PromotionCriteria criteria = criteria(config);
        boolean needLifecycle = !criteria.lifecycles().isEmpty();
        List<Candidate> candidates = ListInputs.candidates(store, config, asOf.toInstant(), zone,
            new ListInputs.Need(needLifecycle, false, null, criteria.boughtSkuOrCategory()));
        OfferTable offers = ListsConfig.offerTable(config);
        Selection<PromotionRow> sel = PromotionSelector.select(candidates, criteria, offers, asOf);
        Table t = new Table(Column.text("customer_id"), Column.text("name"), Column.text("phone"),
            Column.text("email"), Column.text("region"), Column.text("segment"),
            Column.text("tier"), Column.text("reason"), Column.text("offer"),
            Column.text("offer_code"));
        for (PromotionRow r : sel.rows()) {
          Candidate c = r.customer();
          t.addRow(c.customerId(), c.name(), phone(list, c.phone()), c.email(), c.region(),
              c.segment(), c.tier(), r.reason().in(lang), r.offer().text().in(lang),
              r.offer().code());
        }
        write(this, store, t, output, list, ListKind.PROMOTION, sel.rows(),
            sel.summary(lang) + (lang.equals("zh") ? "；冷却期 " : "; cool-down ")
                + criteria.cooldownDays() + (lang.equals("zh") ? " 天" : " days"));
      }
      return ExitCodes.OK;
    }

    private PromotionCriteria criteria(Config config) {
      Long spend = null;
      if (minSpend != null) {
        try {
          spend = Values.amount(minSpend);
        } catch (ValueException e) {
          throw new UserException(ExitCodes.USAGE, "--min-spend: " + e.getMessage(),
              "use an amount in yuan, e.g. 1000 or 1,000.00");
        }
      }
      int days;
      try {
        days = cooldown == null ? ListsConfig.cooldownDays(config)
            : ListsConfig.days(cooldown);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.USAGE, "--cooldown: " + e.getMessage(),
            "use whole days, e.g. --cooldown 14d or --cooldown 0");
      }
      if (output.limit != null && output.limit < 0) {
        throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
      }
      return new PromotionCriteria(set(segments), set(tiers), set(lifecycles), set(regions),
          set(bought), spend, date("--since", since), days, output.limit);
    }

    private static Set<String> set(List<String> values) {
      return new LinkedHashSet<>(values);
    }
  }

  // ------------------------------------------------------------------ follow-ups

  @Command(
      name = "followup",
      description = {
        "A follow-up list of one kind (--kind):",
        "  winback       valuable customers (top tier or valuable segment) lapsing or churned, with",
        "                their last order and usual gap; consent and cool-down apply",
        "  delay         orders overdue or at risk of their ship-by deadline, newest risk first,",
        "                with the message to send (sla rules)",
        "  returns       returns waiting on the shop (approval or refund), overdue refunds first",
        "  satisfaction  orders delivered --days N days ago (default 3) without a review yet",
        "  anniversary   customers who bought in next month in at least 2 earlier years, listed",
        "                from --ahead days (default 7) before that month; consent and cool-down",
        "  vip           top-tier customers not contacted in 30 days; consent applies",
        "Service lists (delay, returns, satisfaction) need no marketing consent."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops export followup --kind delay --unmasked --out call-today.csv --excel",
        "  shopops export followup --kind winback --limit 200 --lang zh",
        "  shopops export followup --kind satisfaction --days 5 --dry-run",
        "  shopops export followup --kind anniversary --ahead 10"
      })
  static final class FollowUp extends BaseCommand {
    @Option(names = "--kind", paramLabel = "KIND", required = true,
        description = "winback, delay, returns, satisfaction, anniversary or vip.")
    String kind;

    @Option(names = "--days", paramLabel = "N",
        description = "satisfaction: delivered N calendar days ago (default: config"
            + " lists.satisfaction_days, 3).")
    Integer days;

    @Option(names = "--ahead", paramLabel = "N",
        description = "anniversary: list a month's customers from N days before its 1st"
            + " (default: config lists.anniversary_ahead, 7).")
    Integer ahead;

    @Mixin ListOptions list;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      ListKind k;
      try {
        k = ListKind.fromCode(kind);
      } catch (IllegalArgumentException e) {
        k = null;
      }
      if (k == null || k == ListKind.PROMOTION) {
        throw new UserException(ExitCodes.USAGE, "--kind: \"" + kind + "\" is not a follow-up kind",
            "use winback, delay, returns, satisfaction, anniversary or vip");
      }
      if ((days != null && days < 0) || (ahead != null && ahead < 0)) {
        throw new UserException(ExitCodes.USAGE, "--days and --ahead must be 0 or more", null);
      }
      checkOut(output);
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        ZonedDateTime asOf = asOf(zone).atZone(zone);
        String lang = lang(this, list);
        Config config = config(store);
        FollowUpPolicy policy = ListsConfig.followUpPolicy(config);
        if (days != null) {
          policy = policy.withSatisfactionDays(days);
        }
        if (ahead != null) {
          policy = policy.withAnniversaryAheadDays(ahead);
        }
        switch (k) {
          case WINBACK -> winback(store, config, policy, asOf, lang);
          case DELAY -> delay(store, asOf, lang);
          case RETURNS -> returns(store, asOf, lang);
          case SATISFACTION -> satisfaction(store, policy, asOf, lang);
          case ANNIVERSARY -> anniversary(store, config, policy, asOf, lang);
          default -> vip(store, config, policy, asOf, lang);
        }
      }
      return ExitCodes.OK;
    }

    private void winback(Store store, Config config, FollowUpPolicy policy, ZonedDateTime asOf,
        String lang) throws SQLException {
      List<Candidate> candidates = ListInputs.candidates(store, config, asOf.toInstant(),
          asOf.getZone(), new ListInputs.Need(true, true, null, Set.of()));
      Selection<FollowUpRows.Winback> sel =
          FollowUps.winback(candidates, policy, ListsConfig.offerTable(config), asOf);
      List<FollowUpRows.Winback> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("customer_id"), Column.text("name"), Column.text("phone"),
          Column.text("email"), Column.text("segment"), Column.text("tier"),
          Column.text("lifecycle"), Column.date("last_order"),
          Column.integer("days_since_last_order"), Column.integer("usual_gap_days"),
          Column.text("reason"), Column.text("offer"), Column.text("offer_code"));
      for (FollowUpRows.Winback r : rows) {
        Candidate c = r.customer();
        t.addRow(c.customerId(), c.name(), phone(list, c.phone()), c.email(), c.segment(),
            c.tier(), c.lifecycle(), r.lastOrder(), r.daysSinceLastOrder(), r.usualGapDays(),
            r.reason().in(lang), r.offer().text().in(lang), r.offer().code());
      }
      write(this, store, t, output, list, ListKind.WINBACK, rows, summary(sel, rows, lang));
    }

    private void delay(Store store, ZonedDateTime asOf, String lang) throws SQLException {
      List<SlaOrder> kept = new SlaService(store).unshipped(asOf.toInstant(),
          s -> s == ShippingStatus.AT_RISK || s == ShippingStatus.OVERDUE
              || s == ShippingStatus.BREACHED).rows();
      Set<String> ids = new HashSet<>();
      kept.forEach(l -> ids.add(l.orderId()));
      Map<String, ListStore.OrderCustomer> who = new ListStore(store).customersOf(ids);
      List<DelayedOrder> orders = new ArrayList<>();
      for (SlaOrder l : kept) {
        ListStore.OrderCustomer c = who.get(l.orderId());
        if (c == null) {
          continue; // an order without a customer id: nobody to tell
        }
        orders.add(new DelayedOrder(c.orderId(), c.customerId(), c.name(), c.phone(),
            l.sla().shipping() == ShippingStatus.AT_RISK ? DelayedOrder.Status.AT_RISK
                : DelayedOrder.Status.OVERDUE,
            l.sla().shipBy().deadline()));
      }
      Selection<FollowUpRows.Delay> sel = FollowUps.delay(orders, asOf);
      List<FollowUpRows.Delay> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("order_id"), Column.text("customer_id"),
          Column.text("name"), Column.text("phone"), Column.text("status"),
          Column.timestamp("ship_by"), Column.integer("hours_late"),
          Column.integer("hours_left"), Column.text("message"));
      for (FollowUpRows.Delay r : rows) {
        DelayedOrder o = r.order();
        boolean late = o.status() == DelayedOrder.Status.OVERDUE;
        t.addRow(o.orderId(), o.customerId(), o.customerName(), phone(list, o.phone()),
            late ? "overdue" : "at_risk", o.shipBy(), late ? r.hours() : null,
            late ? null : r.hours(), r.message().in(lang));
      }
      write(this, store, t, output, list, ListKind.DELAY, rows, summary(sel, rows, lang));
    }

    private void returns(Store store, ZonedDateTime asOf, String lang) throws SQLException {
      List<ReturnsCommand.Waiting> waiting =
          ReturnsCommand.waiting(store, ReturnsCommand.policy(store), asOf.toInstant());
      Set<String> ids = new HashSet<>();
      waiting.forEach(w -> ids.add(w.record().orderId()));
      Map<String, ListStore.OrderCustomer> who = new ListStore(store).customersOf(ids);
      List<PendingReturn> pending = new ArrayList<>();
      for (ReturnsCommand.Waiting w : waiting) {
        ReturnStatus step = w.timing().step();
        ListStore.OrderCustomer c = who.get(w.record().orderId());
        // approved and not yet received waits on the customer sending the goods back
        if (c == null || (step != ReturnStatus.REQUESTED && step != ReturnStatus.RECEIVED)) {
          continue;
        }
        pending.add(new PendingReturn(w.record().returnId(), w.record().orderId(),
            c.customerId(), c.name(), c.phone(),
            step == ReturnStatus.REQUESTED ? PendingReturn.Waiting.APPROVAL
                : PendingReturn.Waiting.REFUND,
            w.timing().since(), w.timing().refundOverdue(), w.record().refundAmount()));
      }
      Selection<FollowUpRows.Return> sel = FollowUps.returns(pending, asOf);
      List<FollowUpRows.Return> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("return_id"), Column.text("order_id"),
          Column.text("customer_id"), Column.text("name"), Column.text("phone"),
          Column.text("waiting_for"), Column.timestamp("waiting_since"),
          Column.integer("hours_waiting"), Column.bool("refund_overdue"),
          Column.money("refund_amount"), Column.text("message"));
      for (FollowUpRows.Return r : rows) {
        PendingReturn p = r.ret();
        t.addRow(p.returnId(), p.orderId(), p.customerId(), p.customerName(),
            phone(list, p.phone()), p.waiting().name().toLowerCase(Locale.ROOT),
            p.waitingSince(), r.hoursWaiting(), p.refundOverdue(),
            p.refundAmount() > 0 ? p.refundAmount() : null, r.message().in(lang));
      }
      write(this, store, t, output, list, ListKind.RETURNS, rows, summary(sel, rows, lang));
    }

    private void satisfaction(Store store, FollowUpPolicy policy, ZonedDateTime asOf,
        String lang) throws SQLException {
      ZoneId zone = asOf.getZone();
      LocalDate day = asOf.toLocalDate().minusDays(policy.satisfactionDays());
      ListStore lists = new ListStore(store);
      Set<String> open = ListInputs.openIssues(store, asOf.toInstant());
      List<DeliveredOrder> orders = new ArrayList<>();
      for (ListStore.Delivery d : lists.deliveredBetween(day.atStartOfDay(zone).toInstant(),
          day.plusDays(1).atStartOfDay(zone).toInstant())) {
        orders.add(new DeliveredOrder(d.orderId(), d.customerId(), d.name(), d.phone(),
            d.deliveredAt(), d.reviewed(), open.contains(d.customerId())));
      }
      Selection<FollowUpRows.Satisfaction> sel = FollowUps.satisfaction(orders, policy, asOf);
      List<FollowUpRows.Satisfaction> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("order_id"), Column.text("customer_id"),
          Column.text("name"), Column.text("phone"), Column.timestamp("delivered_at"),
          Column.text("message"));
      for (FollowUpRows.Satisfaction r : rows) {
        DeliveredOrder o = r.order();
        t.addRow(o.orderId(), o.customerId(), o.customerName(), phone(list, o.phone()),
            o.deliveredAt(), r.message().in(lang));
      }
      if (!lists.hasReviews()) {
        t.addNote("this store has no reviews table (import reviews): every delivered order"
            + " counts as not reviewed yet");
      }
      write(this, store, t, output, list, ListKind.SATISFACTION, rows, summary(sel, rows, lang));
    }

    private void anniversary(Store store, Config config, FollowUpPolicy policy,
        ZonedDateTime asOf, String lang) throws SQLException {
      ZoneId zone = asOf.getZone();
      // only purchases in the coming month's calendar month matter (FollowUps.anniversary)
      java.time.Month next = asOf.toLocalDate().withDayOfMonth(1).plusMonths(1).getMonth();
      List<Candidate> candidates = ListInputs.candidates(store, config, asOf.toInstant(), zone,
          new ListInputs.Need(false, false, at -> at.atZone(zone).getMonth() == next, Set.of()));
      Selection<FollowUpRows.Anniversary> sel =
          FollowUps.anniversary(candidates, policy, ListsConfig.offerTable(config), asOf);
      List<FollowUpRows.Anniversary> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("customer_id"), Column.text("name"), Column.text("phone"),
          Column.text("email"), Column.text("month"), Column.text("years"),
          Column.text("bought"), Column.text("reason"), Column.text("offer"),
          Column.text("offer_code"));
      for (FollowUpRows.Anniversary r : rows) {
        Candidate c = r.customer();
        t.addRow(c.customerId(), c.name(), phone(list, c.phone()), c.email(),
            r.month().toString(),
            String.join(" ", r.years().stream().map(String::valueOf).toList()),
            String.join("; ", r.bought()), r.reason().in(lang), r.offer().text().in(lang),
            r.offer().code());
      }
      write(this, store, t, output, list, ListKind.ANNIVERSARY, rows, summary(sel, rows, lang));
    }

    private void vip(Store store, Config config, FollowUpPolicy policy, ZonedDateTime asOf,
        String lang) throws SQLException {
      List<Candidate> candidates = ListInputs.candidates(store, config, asOf.toInstant(),
          asOf.getZone(), ListInputs.Need.basic());
      Selection<FollowUpRows.Vip> sel = FollowUps.vip(candidates, policy, asOf);
      List<FollowUpRows.Vip> rows = limited(sel.rows(), output);
      Table t = new Table(Column.text("customer_id"), Column.text("name"), Column.text("phone"),
          Column.text("email"), Column.text("tier"), Column.text("segment"),
          Column.date("last_contact"), Column.integer("days_since_contact"),
          Column.text("reason"));
      for (FollowUpRows.Vip r : rows) {
        Candidate c = r.customer();
        t.addRow(c.customerId(), c.name(), phone(list, c.phone()), c.email(), c.tier(),
            c.segment(), r.lastContact(), r.daysSinceContact(), r.reason().in(lang));
      }
      write(this, store, t, output, list, ListKind.VIP, rows, summary(sel, rows, lang));
    }

    /** The selection's summary, with the rows --limit cut. */
    private static String summary(Selection<?> sel, List<?> written, String lang) {
      return new Selection<>(written, sel.excluded(), sel.eligible()).summary(lang);
    }
  }
}
