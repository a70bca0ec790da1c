package com.shopops.app.imports;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerIds;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.OrderType;
import com.shopops.domain.order.PaidTime;
import com.shopops.domain.order.PaidTotal;
import com.shopops.domain.order.StagedPayment;
import com.shopops.store.ImportSession;
import com.shopops.store.OrderWriter;
import com.shopops.store.SeenIds;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Orders: rows that follow each other with the same order id are one order (Shopify and JD write
 * one row per line item). Order fields are taken from the first row that has them (Shopify fills
 * them on the first row only; JD repeats its totals on every row — taken once); row amounts are
 * summed into the order's goods amount. A bad row rejects its whole order, so no order is ever
 * half-imported.
 */
final class OrdersHandler implements KindHandler {
  private byte[] pseudonymKey;
  static final KindSpec SPEC =
      KindSpec.of("orders", "order_id")
          .field("order_id", FieldType.TEXT)
          .field("customer_id", FieldType.TEXT)
          .field("customer_name", FieldType.TEXT)
          .field("phone", FieldType.TEXT)
          .field("email", FieldType.TEXT)
          .field("created_at", FieldType.TIMESTAMP)
          .field("paid_at", FieldType.TIMESTAMP)
          .field("shipped_at", FieldType.TIMESTAMP)
          .field("delivered_at", FieldType.TIMESTAMP)
          .field("completed_at", FieldType.TIMESTAMP)
          .field("cancelled_at", FieldType.TIMESTAMP)
          .field("carrier", FieldType.TEXT)
          .field("tracking_no", FieldType.TEXT)
          .field("status", FieldType.TEXT)
          .field("financial_status", FieldType.TEXT)
          .field("fulfillment_status", FieldType.TEXT)
          .field("sku", FieldType.TEXT)
          .field("item_id", FieldType.TEXT)
          .field("title", FieldType.TEXT)
          .field("quantity", FieldType.INTEGER)
          .field("unit_price", FieldType.PRICE)
          .field("amount", FieldType.MONEY)
          .field("line_discount", FieldType.MONEY)
          .field("order_total", FieldType.MONEY)
          .field("order_value", FieldType.MONEY)
          .field("balance_paid", FieldType.MONEY)
          .field("shipping_fee", FieldType.MONEY)
          .field("currency", FieldType.TEXT)
          .field("refunded", FieldType.MONEY)
          .field("payment_method", FieldType.TEXT)
          .field("order_type", FieldType.TEXT)
          .field("accepts_marketing", FieldType.BOOLEAN)
          .field("province", FieldType.TEXT)
          .field("city", FieldType.TEXT)
          .field("address", FieldType.TEXT)
          .field("country", FieldType.TEXT)
          .field("subtotal", FieldType.MONEY)
          .field("order_discount", FieldType.MONEY)
          .field("discount_code", FieldType.TEXT)
          .field("outstanding", FieldType.MONEY)
          // what an order-level export states of its goods (a 订单报表's 宝贝标题, 宝贝总数量), kept
          // on the order for the pick lists until it has lines (tryout20 Y10)
          .field("items_title", FieldType.TEXT)
          .field("items_quantity", FieldType.INTEGER)
          .build();

  private static final int ORDER_ID = SPEC.index("order_id");
  private static final int CUSTOMER_ID = SPEC.index("customer_id");
  private static final int CUSTOMER_NAME = SPEC.index("customer_name");
  private static final int PHONE = SPEC.index("phone");
  private static final int EMAIL = SPEC.index("email");
  private static final int CREATED = SPEC.index("created_at");
  private static final int PAID = SPEC.index("paid_at");
  private static final int SHIPPED = SPEC.index("shipped_at");
  private static final int DELIVERED = SPEC.index("delivered_at");
  private static final int COMPLETED = SPEC.index("completed_at");
  private static final int CANCELLED = SPEC.index("cancelled_at");
  private static final int CARRIER = SPEC.index("carrier");
  private static final int TRACKING = SPEC.index("tracking_no");
  private static final int STATUS = SPEC.index("status");
  private static final int FINANCIAL = SPEC.index("financial_status");
  private static final int FULFILLMENT = SPEC.index("fulfillment_status");
  private static final int SKU = SPEC.index("sku");
  private static final int ITEM_ID = SPEC.index("item_id");
  private static final int TITLE = SPEC.index("title");
  private static final int QUANTITY = SPEC.index("quantity");
  private static final int UNIT_PRICE = SPEC.index("unit_price");
  private static final int AMOUNT = SPEC.index("amount");
  private static final int DISCOUNT = SPEC.index("line_discount");
  private static final int ORDER_TOTAL = SPEC.index("order_total");
  private static final int SHIPPING_FEE = SPEC.index("shipping_fee");
  private static final int CURRENCY = SPEC.index("currency");
  private static final int REFUNDED = SPEC.index("refunded");
  private static final int PAYMENT_METHOD = SPEC.index("payment_method");
  private static final int ORDER_TYPE = SPEC.index("order_type");
  private static final int MARKETING = SPEC.index("accepts_marketing");
  private static final int PROVINCE = SPEC.index("province");
  private static final int CITY = SPEC.index("city");
  private static final int ADDRESS = SPEC.index("address");
  private static final int COUNTRY = SPEC.index("country");
  private static final int SUBTOTAL = SPEC.index("subtotal");
  private static final int ORDER_DISCOUNT = SPEC.index("order_discount");
  private static final int DISCOUNT_CODE = SPEC.index("discount_code");
  private static final int ITEMS_TITLE = SPEC.index("items_title");
  private static final int ITEMS_QUANTITY = SPEC.index("items_quantity");

  /** The times of an order that an export holding it cannot be older than (tryout18 W1). */
  private static final int[] ORDER_TIMES = {
    CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED
  };

  private final String file;
  private final SeenIds seen = new SeenIds();

  /**
   * A lines-only file's rows by their cells' hash (their line), for {@link #withoutEarlierCopies}.
   */
  private final SeenIds lineRows = new SeenIds();

  /** The same, with the status column left out: a line met at another stage (review18 T13). */
  private final SeenIds lineStages = new SeenIds();

  private final List<ParsedRow> group = new ArrayList<>();
  private String groupId;
  private OrderWriter writer;
  private Preset preset;
  private Rejects rejects;
  private HeaderMatch match;
  private ZoneId zone;
  private Map<String, String> statusMap;
  private long orders;
  private long lineOnlyUpdated;
  private long lineOnlyUnchanged;

  /**
   * Orders whose line items in this file were kept out as exported before the stored ones (an
   * {@code older-lines} anomaly each), and the latest of those stored lines' export times: one note
   * says it (tryout28a A6), as an older order export's does.
   */
  private long olderLinesOrders;

  private long olderLinesStored = Long.MIN_VALUE;
  private long inferredPaid;

  /** Orders of this file with no order time at all: in no period, on no clock (generic25). */
  /** The file's orders with no order time in it (the note counts those the store ends with). */
  private final java.util.Set<String> timeless = new java.util.LinkedHashSet<>();

  /** How many of {@link #timeless} the store holds with no order time once the file is in. */
  private long timelessStored;

  private boolean dryRun; // the timeless note says "would be stored" (tryout25b B8)

  /** Presales of this file paid in stages: only the deposit paid; paid in full (tryout21 Z2). */
  private long depositOnly;

  private long paidInFull;

  /** Of those paid in full, the ones paid at their own shipped/received/closed time (A1). */
  private long paidInFullCapped;

  private long dateOnlyPaid;

  /** What a staged presale of the file counts as: its paid time (null: deposit only). */
  private record Staged(Instant paid, boolean capped) {}

  /** This file's staged presales by order id, the last row of each (tryout22a A4). */
  private final java.util.Map<String, Staged> stagedRows = new java.util.LinkedHashMap<>();

  /**
   * Counts the file's staged presales whose stored state the notes describe: a row older than the
   * stored order changed nothing of it (its deposit-only stage no longer true), and a paid time the
   * store did not take (an earlier import's kept, a shipment's outbound earlier) is not this file's
   * (tryout22a A4).
   */
  private void countStaged() throws SQLException {
    if (stagedRows.isEmpty()) {
      return;
    }
    java.util.Set<String> older = writer.older();
    java.util.Map<String, Instant> stored = writer.storedPaidAt(stagedRows.keySet());
    for (var e : stagedRows.entrySet()) {
      Staged st = e.getValue();
      Instant now = stored.get(e.getKey());
      if (older.contains(e.getKey())
          || !stored.containsKey(e.getKey()) // unchanged by this import (tryout23a A4)
          || !java.util.Objects.equals(now, st.paid())) {
        continue;
      }
      if (st.paid() == null) {
        depositOnly++;
      } else if (st.capped()) {
        paidInFullCapped++;
      } else {
        paidInFull++;
      }
    }
  }

  /** The orders whose buyer id is masked, and whom they were given to (review20 X10). */
  private MaskedBuyers maskedBuyers;

  /** JD 已拆分 parent orders kept aside (review19 V15). */
  private long splitParents;

  /**
   * The status word of a parent order split into child orders, by platform: the parent's goods are
   * sold in its children, which the export lists as orders of their own (DOMAIN.md §4.5: JD split
   * orders have child order ids), so the parent is no sale; importing it too would count them
   * twice.
   */
  private static final java.util.Map<String, String> SPLIT_PARENT =
      java.util.Map.of("jd-orders", "已拆分");

  /** Orders whose shipped time is a bare date ({@link DateOnlyTime#latestShipped}). */
  private long dateOnlyShipped;

  /** The parcels removed by hand and not restored, by order and tracking number (tryout22b B4). */
  private java.util.Map<String, java.util.Map<String, com.shopops.store.ParcelStore.Removal>>
      removed;

  /** The removed parcels this file names, in file order, once each. */
  private final java.util.Map<String, com.shopops.store.ParcelStore.Removal> removedNamed =
      new java.util.LinkedHashMap<>();

  /**
   * An order whose export names a parcel removed by hand (tryout22b B4): its shipped and delivered
   * times, carrier and tracking number are not taken ({@code OrderSql.REMOVED_PARCEL}), and the
   * import says so, as a shipments file's does.
   */
  private void removedParcel(Order order) throws SQLException {
    if (order.trackingNo() == null) {
      return;
    }
    if (removed == null) {
      removed = session.removedParcels();
    }
    var gone = removed.getOrDefault(order.orderId(), java.util.Map.of()).get(order.trackingNo());
    if (gone != null) {
      removedNamed.putIfAbsent(order.orderId() + "\u0000" + order.trackingNo(), gone);
    }
  }

  /** Whether the order's parcel {@code trackingNo} was removed by hand and not restored. */
  private boolean isRemoved(String orderId, String trackingNo) throws SQLException {
    if (trackingNo == null) {
      return false;
    }
    if (removed == null) {
      removed = session.removedParcels();
    }
    return removed.getOrDefault(orderId, java.util.Map.of()).containsKey(trackingNo);
  }

  /** Orders met on more than one row of a one-row-per-order export: snapshots (review18 T13). */
  private long snapshotOrders;

  /**
   * The file's orders at the stored status and times with a smaller refund (tryout27b B9): the
   * store kept its larger one ({@code older-refund}, {@link #sameSnapshot}); said per file beside
   * the older-snapshot note, which counts lower statuses and earlier times only.
   */
  private final List<OrderWriter.Kept> refundKept = new ArrayList<>();

  private String defaultCurrency;

  /** The currency of the export's amounts when no column names one (its layout's), else null. */
  private String exportCurrency;

  /** The orders of the file in a currency that is not the store's, per currency (review12 L1). */
  private final Map<String, Long> foreignCurrencies = new java.util.TreeMap<>();

  /** Online Retail: its cancellation invoices and stock adjustments, counted (else null). */
  private CancellationInvoices cancellations;

  /** The created time of the newest order of each buyer whose consent this file gave. */
  private final Map<String, Instant> consentAt = new java.util.HashMap<>();

  OrdersHandler(String file) {
    this.file = file;
  }

  /** The command's {@code --exported-at} (null: not given). */
  private Instant exportedAtOption;

  /** When the file's export was made (the option, else its download name), null: not known. */
  private Instant exportedAt;

  /**
   * The earlier import of the very same file (its SHA-256) whose name stated the export time this
   * file's does not, and this one took ({@link #sameFileTime}); 0: none.
   */
  private long sameFileImport;

  /**
   * A file whose export time neither --exported-at nor its name states takes the time a recorded
   * import of the same bytes stated by its name (the latest, where several did): the same export,
   * renamed (tryout29a A2: 宝贝报表-旧.csv, a copy of ExportOrderDetailList202611121000.csv, replaced
   * the lines of 11-14 the named copy had just been kept out of). Said in a note.
   */
  private void sameFileTime(ZoneId timesZone) {
    for (ImportSession.SameFile f : session.sameFile()) {
      Instant t = ExportTime.fromName(f.file(), timesZone);
      if (t != null && (exportedAt == null || !t.isBefore(exportedAt))) {
        exportedAt = t;
        sameFileImport = f.importId();
      }
    }
  }

  /** What the order lists before this file in the command found ({@link SameCommand}). */
  private SameCommand command = new SameCommand(false);

  /** Orders of an items-only file whose line items were kept out (older), by id. */
  private final java.util.Set<String> linesKeptOut = new java.util.HashSet<>();

  @Override
  public void configure(ImportOptions options) {
    this.exportedAtOption = options.exportedAt();
    this.dryRun = options.dryRun();
  }

  @Override
  public void sameCommand(SameCommand command) {
    this.command = command;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects)
      throws SQLException {
    this.preset = preset;
    this.rejects = rejects;
    this.match = match;
    this.zone = zone;
    this.session = session;
    if (preset.linesOnly()) {
      mode = Mode.SORTED; // line items of stored orders: put per order as they come
      probe = null;
    } else if (regroup) {
      scattered(); // read again after a Regroup: every row is put aside from the first
    }
    this.writer = session.orders(preset.name());
    Instant named = ExportTime.fromName(file, preset.timesZone(zone));
    ExportTime.checkName(exportedAtOption, named, file, zone);
    this.exportedAt = exportedAtOption != null ? exportedAtOption : named;
    if (exportedAt == null) {
      sameFileTime(preset.timesZone(zone));
    }
    writer.exportedAt(exportedAt);
    this.pseudonymKey = session.pseudonymKey();
    this.maskedBuyers = new MaskedBuyers(pseudonymKey);
    this.defaultCurrency = session.defaultCurrency();
    this.exportCurrency = preset.amountsCurrency();
    this.cancellations = CancellationInvoices.of(preset);
    this.statusMap = new java.util.HashMap<>();
    preset.status().forEach((k, v) -> statusMap.put(k.strip().toLowerCase(Locale.ROOT), v));
  }

  @Override
  public void regroup() {
    this.regroup = true;
  }

  /**
   * How the file's rows are grouped into orders. Undecided while the first {@value #LOOKAHEAD_ROWS}
   * rows are held: if an order id comes back after another order's rows, the file is scattered and
   * every row is put aside as parsed ({@link RowSort}, an external sort: parsed once, memory flat)
   * and read back grouped by order at the end, so an order's rows anywhere in the file give what
   * they give together, at the cost of a sort instead of a statement per row. Otherwise the file is
   * taken as sorted and its rows are written as they come; an order id that comes back later still
   * (after other orders were written) ends the read with {@link KindHandler.Regroup}: the runner
   * throws away what the file wrote and reads it again with every row put aside ({@link #regroup}).
   * There is no other path: an order is always made from all its rows at once, wherever they are in
   * the file.
   */
  private enum Mode {
    UNDECIDED,
    SORTED,
    SCATTERED
  }

  /**
   * 10,000 rows, not 50,000 as before (load29, issue 15): the held rows are parsed rows, a few
   * hundred bytes each, held while nothing is written, so 50,000 of them made the heap grow by full
   * collections (13 → 62 MB live) before the writer started; the first load of 100,000 orders
   * peaked at 222 MB, now ~150 MB. A shuffled file shows a repeated order id long before: with N
   * orders the first repeat comes after about √N rows (1,000 rows for 1,000,000 orders), so at
   * 10,000 rows a shuffled file of up to several million orders is found scattered before anything
   * is written. A file found scattered later is read again, grouped ({@link KindHandler.Regroup}):
   * the same store, at the cost of a second read.
   */
  static final int LOOKAHEAD_ROWS = 10_000;

  private Mode mode = Mode.UNDECIDED;
  private final List<ParsedRow> held = new ArrayList<>();
  private SeenIds probe = new SeenIds();
  private String probeLast;
  private RowSort spill;
  private ImportSession session;

  /** Olist: orders of this file whose customer_id is not a customer (one id per order). */
  private long unknownCustomers;

  /** The file is read again after a {@link KindHandler.Regroup}: it is scattered from the start. */
  private boolean regroup;

  @Override
  public void accept(ParsedRow row) throws SQLException {
    if (mode == Mode.SORTED) {
      group(row);
      return;
    }
    String id = row.text(ORDER_ID);
    if (mode == Mode.SCATTERED) {
      spill.add(id == null ? "" : id, row);
      return;
    }
    if (id != null && !id.equals(probeLast)) {
      probeLast = id;
      if (probe.addAndCheck(id)) {
        scattered();
        spill.add(id, row);
        return;
      }
    }
    held.add(row);
    if (held.size() >= LOOKAHEAD_ROWS) {
      sorted();
    }
  }

  /** The file is sorted: the held rows are written, and every row from now on as it comes. */
  private void sorted() throws SQLException {
    mode = Mode.SORTED;
    probe = null;
    for (ParsedRow r : held) {
      group(r);
    }
    held.clear();
  }

  /** The file is scattered: the held rows and every row from now on are put aside. */
  private void scattered() throws SQLException {
    mode = Mode.SCATTERED;
    probe = null;
    spill = new RowSort(SPEC.size());
    for (ParsedRow r : held) {
      String id = r.text(ORDER_ID);
      spill.add(id == null ? "" : id, r);
    }
    held.clear();
  }

  /**
   * Reads the rows put aside back, grouped by order, and writes them (the writer's thread writes
   * while the rows are read: the sort does not use the store's connection).
   */
  private void readBack() throws SQLException {
    for (ParsedRow r = spill.next(); r != null; r = spill.next()) {
      group(r);
    }
    flushGroup();
    close();
  }

  /** Deletes the rows put aside, if any (after a failure too). */
  @Override
  public void close() {
    if (spill != null) {
      spill.close();
      spill = null;
    }
  }

  /** A row in a file whose order's rows are together (sorted, or read back grouped). */
  private void group(ParsedRow row) throws SQLException {
    String id = row.text(ORDER_ID);
    if (id == null) {
      flushGroup();
      RowError reason =
          row.hasErrors()
              ? row.errors().get(0)
              : match.error(
                  file, row.line(), "order_id", Problem.of("reason.missing_row", "an order id"));
      rejects.reject(List.of(row), reason);
      return;
    }
    if (!id.equals(groupId)) {
      flushGroup();
      if (mode == Mode.SORTED && !preset.linesOnly() && seen.addAndCheck(id)) {
        // an order written already comes back: the file was not sorted after all
        throw new KindHandler.Regroup(file, row.line(), id);
      }
      groupId = id;
    }
    group.add(row);
  }

  private void flushGroup() throws SQLException {
    if (group.isEmpty()) {
      return;
    }
    List<ParsedRow> rows = new ArrayList<>(group);
    String id = groupId;
    group.clear();
    groupId = null;
    for (ParsedRow r : rows) {
      if (r.hasErrors()) {
        rejects.reject(rows, r.errors().get(0));
        return;
      }
    }
    if (exportedAtOption != null) {
      for (ParsedRow r : rows) {
        for (int f : ORDER_TIMES) {
          Instant t = r.get(f) instanceof Instant i ? i : null;
          ExportTime.checkOrderTime(
              exportedAtOption, t, SPEC.fieldNames().get(f), id, file, r.line(), zone);
        }
      }
    }
    String splitWord = SPLIT_PARENT.get(preset.name());
    if (splitWord != null && rows.stream().allMatch(r -> splitWord.equals(r.text(STATUS)))) {
      for (ParsedRow r : rows) {
        rejects.keepAside(
            r,
            id,
            "a parent order split into child orders (JD "
                + splitWord
                + "): its goods are in its child orders, imported as orders of their own");
      }
      splitParents++;
      return;
    }
    RowError unknownStatus = unknownStatus(rows);
    if (unknownStatus != null) {
      rejects.reject(rows, unknownStatus);
      return;
    }
    List<Object[]> copies = new ArrayList<>(0);
    List<ParsedRow> distinct = withoutDuplicates(rows, id, copies);
    if (preset.linesOnly() && !copies.isEmpty()) {
      distinct = withRepeatsBought(rows, distinct, copies, id);
    }
    for (Object[] copy : copies) {
      rejects.anomaly(
          (ParsedRow) copy[0], id, "duplicate-row", Problem.of("reason.exact_copy", copy[1]));
    }
    rows = distinct;
    if (preset.linesOnly()) {
      rows = withoutEarlierCopies(rows, id);
      if (rows.isEmpty()) {
        return;
      }
    }
    if (cancellations != null && keptAside(rows, id)) {
      return;
    }
    java.util.Map<List<Object>, List<Object>> lineKeys = new java.util.HashMap<>();
    List<OrderLine> lines = new ArrayList<>();
    long goods = 0;
    boolean anyAmount = false;
    // the goods amount is the rows' `amount` summed, every such row a line of the order (a generic
    // orders export, WooCommerce's line totals): its lines' money (PaidTotal#FROM_LINES, amount29)
    boolean summedLines = true;
    boolean amountPerLine = preset.perLine("amount");
    // a line's own refund taken off what its buyer paid (a Tmall 子订单 export): added back, so the
    // line is what was sold, as the order total is (review13 M8)
    boolean linesNetOfRefund =
        preset.paidNetOfRefund() && amountPerLine && preset.perLine("refunded");
    // order fields: from the most advanced row that has them (a later snapshot wins, a blank
    // never erases); in file order among rows that are as advanced
    List<ParsedRow> snap = byAdvance(rows);
    // an export of one row per order (a Tmall 订单报表) with an order on several rows: two exports
    // appended in one file (review18 T13); each row is a snapshot of the order, the most advanced
    // wins (its goods, status, money), a blank never erases, nothing is summed
    boolean snapshots = preset.oneRowPerOrder() && rows.size() > 1;
    if (snapshots) {
      snapshotOrders++;
    }
    List<ParsedRow> items = snapshots ? List.of(snap.get(0)) : rows;
    List<List<Object>> stages = stages(items);
    List<RowError> moneyProblems = new ArrayList<>(1);
    PaidTotal.StatedMoney stated =
        new PaidTotal.StatedMoney(
            orderMoney(snap, "amount", moneyProblems),
            orderMoney(snap, "shipping_fee", moneyProblems),
            orderMoney(snap, "order_total", moneyProblems),
            orderMoney(snap, "refunded", moneyProblems),
            orderMoney(snap, "order_value", moneyProblems),
            orderMoney(snap, "balance_paid", moneyProblems),
            orderMoney(snap, "outstanding", moneyProblems));
    if (!moneyProblems.isEmpty()) {
      rejects.reject(rows, moneyProblems.get(0));
      return;
    }
    for (int ri = 0; ri < items.size(); ri++) {
      ParsedRow r = items.get(ri);
      List<Object> stage = stages.get(ri);
      List<Object> seenAt = lineKeys.putIfAbsent(lineKey(r), stage);
      if (seenAt != null && !seenAt.equals(stage)) {
        continue; // a later snapshot of a line already counted: its order fields merge below
      }
      // the same item at the same stage of the order, on a row that differs in a column not read
      // (Olist's order_item_id: one row per unit), is one more unit
      Long qty = r.number(QUANTITY);
      if (qty == null && preset.oneRowPerUnit()) {
        qty = 1L; // tryout30a A7: an Olist item row is one unit, not an unknown number
      }
      if (qty != null && qty <= 0) {
        rejects.reject(
            rows,
            match.error(
                file,
                r.line(),
                "quantity",
                cancellations != null
                    ? CancellationInvoices.negativeOnSale(qty)
                    : Problem.of("reason.quantity_positive", qty)));
        return;
      }
      if (r.get(UNIT_PRICE) instanceof String fine
          && !(amountPerLine && r.number(AMOUNT) != null)
          && com.shopops.parse.Amounts.lineAmount(fine, qty == null ? 1 : qty) == null) {
        // a price in tenths of a penny is read when the line comes to whole pence (review12
        // L19); 1 × 0.001 does not, and is never rounded
        rejects.reject(
            rows,
            match.error(
                file,
                r.line(),
                "unit_price",
                Problem.of(
                    "reason.line_decimals",
                    fine,
                    qty == null ? 1 : qty,
                    fine,
                    new java.math.BigDecimal(fine)
                        .multiply(java.math.BigDecimal.valueOf(qty == null ? 1 : qty))
                        .toPlainString())));
        return;
      }
      Long rowAmount = rowAmount(r, qty, amountPerLine);
      if (linesNetOfRefund) {
        rowAmount =
            PaidTotal.lineSold(
                rowAmount,
                r.number(REFUNDED),
                r.get(UNIT_PRICE) == null
                    ? null
                    : com.shopops.parse.Amounts.lineAmount(
                        r.get(UNIT_PRICE), qty == null ? 1 : qty));
      }
      if (rowAmount != null && rowAmount < 0) {
        rejects.anomaly(
            r,
            id,
            "negative-amount",
            Problem.of(
                "reason.line_negative",
                java.math.BigDecimal.valueOf(rowAmount, 2).toPlainString()));
      }
      boolean isLine =
          r.text(SKU) != null || r.text(TITLE) != null || (preset.linesOnly() && qty != null);
      if (rowAmount != null && amountPerLine) {
        goods = Math.addExact(goods, rowAmount);
        anyAmount = true;
        summedLines &= isLine && r.number(AMOUNT) != null;
      }
      if (isLine) {
        lines.add(
            new OrderLine(
                lines.size() + 1,
                r.text(SKU),
                r.text(TITLE),
                qty,
                // a price finer than the minor unit is not kept: the line's amount is (review12
                // L19); `orders show` gives it back as amount / quantity
                r.get(UNIT_PRICE) instanceof Long unit ? unit : null,
                rowAmount,
                r.text(ITEM_ID)));
      }
    }
    if (preset.linesOnly()) {
      boolean firstSight = !seen.addAndCheck(id);
      OrderWriter.StoredOrder stored = writer.stored(id);
      if (stored == null) {
        rejects.reject(
            rows,
            match.error(
                file,
                rows.get(0).line(),
                "order_id",
                Problem.of("reason.lines_without_order", id)));
        return;
      }
      if (linesKeptOut.contains(id)) {
        writer.linesKeptOut(lines.size());
        return; // a further block of an order whose lines were kept out: kept out too
      }
      if (firstSight && stored.hasLines() && olderLines(rows.get(0), id, stored, lines)) {
        writer.linesKeptOut(lines.size());
        linesKeptOut.add(id);
        lineOnlyUnchanged++;
        orders++;
        return;
      }
      boolean changed =
          writer.putLines(id, lines, firstSight, rows.get(0).line(), command.listedWith(id));
      if (firstSight) {
        if (changed) {
          lineOnlyUpdated++;
        } else {
          lineOnlyUnchanged++;
        }
        orders++;
      }
      return;
    }
    conflict(rows, snap.get(0), id, ORDER_TOTAL, "order_total");
    Long statedTotal = first(snap, ORDER_TOTAL);
    if (statedTotal != null && statedTotal < 0) {
      rejects.anomaly(
          snap.get(0),
          id,
          "negative-amount",
          Problem.of(
              "reason.total_negative",
              java.math.BigDecimal.valueOf(statedTotal, 2).toPlainString()));
    }
    Instant shipped = first(snap, SHIPPED);
    Instant delivered = first(snap, DELIVERED);
    if (shipped != null) {
      shipped = dateOnlyShipped(snap, id, shipped, delivered);
    }
    Instant paidAt = first(snap, PAID);
    ImplausibleTimes.check(rows.get(0), id, paidAt, shipped, delivered, zone, rejects);
    Long shippingFee = stated.shippingFee();
    if (!amountPerLine) {
      // the order's amount, taken once; else its lines' unit prices summed
      goods = stated.amount() != null ? stated.amount() : goods;
      anyAmount = stated.amount() != null || anyAmount;
    }
    if (anyAmount && Math.abs(goods) > com.shopops.parse.Amounts.MAX_MINOR) {
      rejects.reject(
          rows,
          match.error(
              file, rows.get(0).line(), "amount", Problem.of("reason.order_too_large", goods)));
      return;
    }
    Long subtotal = first(snap, SUBTOTAL);
    if (subtotal == null
        && amountPerLine
        && !preset.paidNetOfRefund()
        && stated.orderValue() != null) {
      // the order's value before its discounts, shipping included (JD 订单金额): its lines and
      // shipping come to it, else a line or a quantity was not read (review19 V3: 购买数量 unread,
      // goods 59.80 of a 79.70 order, no anomaly)
      subtotal = stated.orderValue() - orZero(shippingFee);
    }
    subtotalDiffers(
        snap.get(0), id, anyAmount ? goods : null, subtotal, first(snap, ORDER_DISCOUNT));
    String province = Regions.province(firstText(snap, PROVINCE), firstText(snap, COUNTRY));
    String city = Regions.city(firstText(snap, CITY));
    if (province == null || city == null) {
      String[] pc = Regions.provinceAndCity(firstText(snap, ADDRESS));
      province = province != null ? province : pc[0];
      city = city != null ? city : pc[1];
    }
    String region = Regions.region(province).orElse(null);
    Instant cancelled = first(snap, CANCELLED);
    Instant exportedPaid = first(snap, PAID);
    Instant completed = first(snap, COMPLETED);
    String rawStatus = firstText(snap, STATUS);
    String financial = firstText(snap, FINANCIAL);
    String fulfillment = firstText(snap, FULFILLMENT);
    OrderStatus status =
        status(
            rawStatus,
            financial,
            fulfillment,
            cancelled,
            completed,
            delivered,
            shipped,
            exportedPaid);
    Instant created = first(snap, CREATED);
    if (rawStatus == null
        && financial == null
        && fulfillment == null
        && created == null
        && Stream.of(cancelled, completed, delivered, shipped, exportedPaid)
            .allMatch(java.util.Objects::isNull)
        && writer.storedBefore(id)) {
      // rows that say nothing of where a stored order stands (a file of its items or payments): no
      // status, so that they neither move its status nor keep their money out
      status = null;
    }
    PaidTime.Result paidTime =
        PaidTime.of(
            exportedPaid,
            status,
            financial,
            PaidTime.cashOnDelivery(firstText(snap, PAYMENT_METHOD)),
            created,
            delivered,
            completed);
    OrderType orderType = OrderType.of(firstText(snap, ORDER_TYPE));
    String stageText = firstText(snap, ORDER_TYPE);
    StagedPayment stage = StagedPayment.of(stageText);
    // the outbound of a parcel removed by hand caps nothing: the store leaves it out of the order
    // (OrderSql.REMOVED_PARCEL), and a removal gave the paid time back from it (tryout25a A2)
    boolean ownRemoved =
        (stage != null || orderType == OrderType.PRESALE)
            && isRemoved(id, tracking(firstText(snap, TRACKING)));
    // a presale paid in stages is paid when paid in full, its deposit time kept (tryout21 Z2)
    StagedPayment.Times staged =
        paidTime.inferred()
            ? new StagedPayment.Times(paidTime.paidAt(), null)
            : StagedPayment.times(
                stage,
                orderType == OrderType.PRESALE,
                status,
                paidTime.paidAt(),
                exportedAt,
                session.startedAt(),
                Stream.of(
                        ownRemoved ? null : shipped,
                        ownRemoved ? null : delivered,
                        completed,
                        cancelled)
                    .filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo)
                    .orElse(null));
    Instant paid = staged.paidAt();
    if (staged.depositPaidAt() != null) {
      // counted once the file is written, of the orders stored so (tryout22a A4)
      stagedRows.put(id, new Staged(paid, staged.capped()));
      writer.seenPaid(id, staged.seenAt(), paid); // kept for a parcel's removal (paid25)
      // when this file saw it paid, uncapped: an older shopops's cap made again (tryout25a A2)
      writer.balanceSeen(id, staged.capped() ? staged.seenAt() : paid);
    }
    // boxed on purpose: `anyAmount ? goods : …` would unbox the null of a file without amounts
    PaidTotal.StatedMoney money = stated.withAmount(anyAmount ? Long.valueOf(goods) : null);
    Long deposit =
        paid == null && staged.depositPaidAt() != null ? StagedPayment.deposit(stageText) : null;
    if (deposit != null) {
      // only its deposit paid, open or closed: the deposit is all it has sold (tryout22a A8), so
      // that total = amount − discount + shipping (an open one was goods 299.00 beside total
      // 50.00); a later export with the balance paid stores its whole money
      money = money.onlyDeposit(deposit);
    }
    PaidTotal.Money orderMoney =
        PaidTotal.of(
            money,
            !preset.paidNetOfRefund()
                ? PaidTotal.NetOfRefund.NONE
                // goods read per order (买家应付货款) or from the lines' prices are what was sold
                : linesNetOfRefund || !amountPerLine
                    ? PaidTotal.NetOfRefund.PAID_TOTAL
                    : PaidTotal.NetOfRefund.PAID_TOTAL_AND_GOODS,
            paidTime.paidAt() != null); // a deposit paid is money paid
    // the order's total as the store reads it (OrderMoney.TOTAL): stated, else goods plus shipping;
    // less a discount on the whole order the file states beside the goods before it (tryout21 Z12:
    // total = amount − discount + shipping), stored so
    Long statedDiscount = first(snap, ORDER_DISCOUNT);
    Long paidForOrder =
        orderMoney.total() != null
            ? orderMoney.total()
            : orderMoney.amount() == null
                ? null
                : orderMoney.amount() - orZero(statedDiscount) + orZero(shippingFee);
    Long orderTotal =
        orderMoney.total() == null && statedDiscount != null ? paidForOrder : orderMoney.total();
    RowError refundAbove = refundAbovePaid(snap, id, stated.refunded(), paidForOrder);
    if (refundAbove != null) {
      rejects.reject(rows, refundAbove);
      return;
    }
    if (paidTime.inferred()) {
      inferredPaid++;
    }
    if (Stream.of(created, paid, shipped, delivered, staged.depositPaidAt())
        .allMatch(java.util.Objects::isNull)) {
      timeless.add(id);
    }
    if (exportedPaid != null) {
      dateOnlyPaid(snap, id);
    }
    String currency = firstText(snap, CURRENCY);
    if (currency == null && exportCurrency != null && !preset.linesOnly()) {
      currency = exportCurrency; // the export's own currency: Tmall's yuan stay yuan (review17 R1)
    }
    if (currency == null) {
      // a stored order keeps its currency, a new one this
      writer.currencyOfNew(exportCurrency != null ? exportCurrency : defaultCurrency);
    } else {
      currency = currency.strip().toUpperCase(Locale.ROOT);
    }
    // the platform's own wording, kept when it says more than the normalised status
    String platformStatus =
        rawStatus != null
            ? (status != null && rawStatus.equalsIgnoreCase(status.code()) ? null : rawStatus)
            : com.shopops.domain.order.FinancialStatus.platformStatus(financial, fulfillment);
    String phone = firstText(snap, PHONE);
    String name = firstText(snap, CUSTOMER_NAME);
    // a masked 买家会员名 (t**8) names no one: the buyer of the phone or receiver, else none (X10)
    String customerId = maskedBuyers.buyer(firstText(snap, CUSTOMER_ID), name, phone);
    if (CustomerIds.isPhoneId(customerId, phone)) {
      customerId = CustomerIds.forPhone(customerId, pseudonymKey); // never a phone number as an id
    }
    Long orderDiscount = first(snap, ORDER_DISCOUNT);
    if (orderDiscount == null && !preset.paidNetOfRefund()) {
      orderDiscount = PaidTotal.discountFromValue(stated, PaidTotal.NetOfRefund.NONE);
    }
    Order order =
        Order.builder(id)
            .customerId(customerId)
            .createdAt(created)
            .paidAt(paid)
            .shippedAt(shipped)
            .deliveredAt(delivered)
            .completedAt(completed)
            .cancelledAt(cancelled)
            .carrier(firstText(snap, CARRIER))
            .trackingNo(tracking(firstText(snap, TRACKING)))
            .status(status)
            .platformStatus(platformStatus)
            .amount(orderMoney.amount())
            .shippingFee(shippingFee)
            .total(orderTotal)
            .currency(currency)
            .province(province)
            .city(city)
            .region(region)
            .source(preset.name())
            .lines(lines)
            .paidAtInferred(paidTime.inferred())
            .refunded(stated.refunded())
            .paymentMethod(firstText(snap, PAYMENT_METHOD))
            .amountDerived(
                PaidTotal.summedFromLines(
                    orderMoney,
                    summedLines
                        && anyAmount
                        && deposit == null
                        && !snapshots
                        && !preset.paidNetOfRefund()))
            .totalDerived(orderMoney.totalDerived())
            .discount(orderDiscount)
            .discountCode(firstText(snap, DISCOUNT_CODE))
            .orderType(orderType)
            .depositPaidAt(staged.depositPaidAt())
            .itemsTitle(firstText(snap, ITEMS_TITLE))
            .itemsQuantity(first(snap, ITEMS_QUANTITY))
            .build();
    // every order comes once: read back grouped, or sorted (else Regroup, in group)
    Customer buyer = null;
    String email = firstText(snap, EMAIL);
    Boolean consent = consent(customerId, first(snap, MARKETING), created);
    if (customerId != null && (name != null || phone != null || email != null || consent != null)) {
      buyer = new Customer(customerId, name, phone, email, province, city, region, null, consent);
    }
    removedParcel(order);
    writer.add(order, buyer, rows.get(0).line());
    command.listed(id);
    orders++;
    if (currency != null && !currency.equals(defaultCurrency)) {
      foreignCurrencies.merge(currency, 1L, Long::sum);
    }
  }

  /**
   * Whether an items-only file's lines of a stored order (with lines) are an older export's, kept
   * out with an anomaly: the order list of the same command found the order's row older than the
   * stored snapshot (review18 T9), or both export times are known and this file's is earlier than
   * the stored lines' (lines29: not the order's, which an items file does not advance). Otherwise
   * (either unknown) the file's lines replace the stored ones, as before.
   */
  private boolean olderLines(
      ParsedRow row, String id, OrderWriter.StoredOrder stored, List<OrderLine> lines)
      throws SQLException {
    if (command.older(id)) {
      // the same lines as stored are no anomaly (review20 X1): the older export changes nothing
      if (!writer.sameLines(id, lines)) {
        rejects.anomaly(row, id, "older-lines", Problem.of("reason.older_lines_row"));
      }
      return true;
    }
    if (stored.linesNewerThan(exportedAt)) {
      if (writer.sameLines(id, lines)) {
        return true;
      }
      rejects.anomaly(
          row,
          id,
          "older-lines",
          olderLinesReason(
              stored.linesExportedAt(), exportedAt == null ? null : exportedAt.getEpochSecond()));
      olderLines(stored.linesExportedAt());
      return true;
    }
    return false;
  }

  /**
   * The error (null when none) when the refund the export states of the order (退款金额, Refunded
   * Amount) is more than the order's total: refused as {@code import returns} refuses the same
   * excess, by the same rule ({@link com.shopops.domain.returns.ReturnValidator#refundAbovePaid}),
   * on the row and column that state it (tryout20 Y9: 退款金额 350.00 of a 300.00 order took net sales
   * below zero).
   */
  private RowError refundAbovePaid(List<ParsedRow> snap, String id, Long refunded, Long total) {
    if (refunded == null || total == null) {
      return null;
    }
    var problems = com.shopops.domain.returns.ReturnValidator.refundAbovePaid(id, total, refunded);
    if (problems.isEmpty()) {
      return null;
    }
    ParsedRow at = snap.get(0);
    for (ParsedRow r : snap) {
      if (r.number(REFUNDED) != null) {
        at = r;
        break;
      }
    }
    return match.error(file, at.line(), "refunded", problems.get(0).message());
  }

  /**
   * Why an items file's lines of an order were kept out: the stored lines are from an export made
   * at {@code stored}, this file's at {@code file} (earlier) or at a time not known (null: the
   * operator gives {@code --exported-at} when it is newer, tryout29a A2).
   */
  private Problem olderLinesReason(long stored, Long file) {
    return file == null
        ? Problem.of("reason.untimed_lines_export", when(stored))
        : Problem.of("reason.older_lines_export", when(stored), when(file));
  }

  /** Counts an order whose lines were kept out, the stored lines exported at {@code stored}. */
  private void olderLines(Long stored) {
    olderLinesOrders++;
    olderLinesStored = Math.max(olderLinesStored, stored == null ? Long.MIN_VALUE : stored);
  }

  /** An export time (epoch seconds) as the store's zone writes it, to the minute. */
  private String when(long epochSecond) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(zone)
        .format(Instant.ofEpochSecond(epochSecond));
  }

  /**
   * Records an anomaly when the order's goods (its line items after their discounts) are not the
   * Subtotal its export states (Shopify: goods after discounts): a line item missing from the file,
   * or a discount on the order that its lines do not show. Not refused: the lines are kept as read
   * (review12 leftover).
   */
  private void subtotalDiffers(
      ParsedRow row, String id, Long goods, Long subtotal, Long orderDiscount) {
    if (goods == null || subtotal == null || goods.equals(subtotal)) {
      return;
    }
    if (orderDiscount != null && goods - orderDiscount == subtotal) {
      return; // a discount on the whole order (Discount Amount) its lines do not show (review14 N6)
    }
    rejects.anomaly(
        row,
        id,
        "subtotal-differs",
        Problem.of("reason.subtotal_differs", money(goods), money(subtotal)));
  }

  /**
   * Online Retail: keeps a cancellation invoice (every row a negative quantity) or a stock
   * adjustment (every row a negative quantity, no price, no buyer) aside, row by row, and says
   * whether it did; a C-invoice with a row that is not negative is rejected whole, as a bad row.
   */
  private boolean keptAside(List<ParsedRow> rows, String id) {
    boolean cancellation = CancellationInvoices.isCancellation(id);
    for (ParsedRow r : rows) {
      Long qty = r.number(QUANTITY);
      if (cancellation && (qty == null || qty >= 0)) {
        rejects.reject(
            rows,
            match.error(file, r.line(), "quantity", CancellationInvoices.notNegative(id, qty)));
        return true;
      }
      if (!cancellation
          && !CancellationInvoices.isStockAdjustment(qty, r.get(UNIT_PRICE), r.text(CUSTOMER_ID))) {
        return false; // a sale (a negative quantity in it is rejected below, as a bad row)
      }
    }
    for (ParsedRow r : rows) {
      Long qty = r.number(QUANTITY);
      rejects.keepAside(
          r,
          id,
          cancellation
              ? cancellations.cancelled(
                  id, r.instant(CREATED), zone, rowAmount(r, qty, preset.perLine("amount")))
              : cancellations.adjustment(qty));
    }
    return true;
  }

  /**
   * The buyer's marketing consent as this order states it, when it is the newest word on it in this
   * file (exports list orders newest first or last: the newest order's value wins, and a later
   * import wins over an earlier one).
   */
  private Boolean consent(String customerId, Boolean stated, Instant created) {
    if (customerId == null || stated == null) {
      return null;
    }
    Instant at = created == null ? Instant.MIN : created;
    Instant seenAt = consentAt.get(customerId);
    if (seenAt != null && seenAt.isAfter(at)) {
      return null; // an older order of a buyer whose newer order already said
    }
    consentAt.put(customerId, at);
    return stated;
  }

  /**
   * "4 orders in USD; the store is GBP": a file whose orders are in another currency than the
   * store's is said at once, as it may be meant for another store (a wrong --db); metrics and
   * customer money never add its amounts to the store's.
   */
  private String foreignCurrencyNote(String file, String storeCurrency) {
    long n = foreignCurrencies.values().stream().mapToLong(Long::longValue).sum();
    String in =
        foreignCurrencies.size() == 1
            ? foreignCurrencies.keySet().iterator().next()
            : String.join(
                ", ",
                foreignCurrencies.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .toList());
    return String.format(
        Locale.ROOT,
        "%s: %,d %s in %s; the store is %s: metrics and the report show them with --currency"
            + " and their code",
        file,
        n,
        n == 1 ? "order" : "orders",
        in,
        storeCurrency);
  }

  @Override
  public List<ImportNote> notes(String file) {
    List<ImportNote> notes = new ArrayList<>();
    if (sameFileImport > 0) {
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_same_file_time",
                  file,
                  when(exportedAt.getEpochSecond()),
                  String.valueOf(sameFileImport))));
    }
    notes.addAll(ImportNote.texts(englishNotes(file)));
    Problem masked = maskedBuyers == null ? null : maskedBuyers.note(file);
    if (masked != null) {
      notes.add(ImportNote.of(masked));
    }
    if (snapshotOrders > 0) {
      notes.add(
          ImportNote.of(
              Problem.of("note.import_order_snapshots", file, ImportNote.grouped(snapshotOrders))));
    }
    if (olderLinesOrders > 0) {
      // tryout28a A6: an items file older than the stored lines is said once, not only as
      // "unchanged" and its anomalies
      notes.add(
          ImportNote.of(
              exportedAt == null
                  ? Problem.of(
                      "note.import_untimed_lines",
                      file,
                      ImportNote.grouped(olderLinesOrders),
                      when(olderLinesStored))
                  : Problem.of(
                      "note.import_older_lines",
                      file,
                      ImportNote.grouped(olderLinesOrders),
                      when(exportedAt.getEpochSecond()),
                      when(olderLinesStored))));
    }
    OrderWriter.Behind behind = writer.behind();
    if (behind.orders() > 0) {
      // tryout26b B6: an older export after a newer one is said once, not as "unchanged";
      // the blanks-filled clause only when some were (closing note 30: not "0 orders of these")
      boolean filled = behind.filled() > 0;
      notes.add(
          ImportNote.of(
              exportedAt != null && behind.storedExportedAt() != null
                  ? Problem.of(
                      filled
                          ? "note.import_older_snapshot_dated"
                          : "note.import_older_snapshot_dated_none",
                      file,
                      ImportNote.grouped(behind.orders()),
                      ImportNote.grouped(behind.filled()),
                      when(exportedAt.getEpochSecond()),
                      when(behind.storedExportedAt()))
                  : Problem.of(
                      filled ? "note.import_older_snapshot" : "note.import_older_snapshot_none",
                      file,
                      ImportNote.grouped(behind.orders()),
                      ImportNote.grouped(behind.filled()))));
    }
    if (!refundKept.isEmpty()) {
      // tryout27b B9: only the stated refund older: "N unchanged" and the anomaly said nothing more
      OrderWriter.Kept k = refundKept.get(0);
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_older_refund",
                  file,
                  ImportNote.grouped(refundKept.size()),
                  k.orderId(),
                  com.shopops.text.Grouping.money(k.fileRefund()),
                  com.shopops.text.Grouping.money(k.storedRefund()))));
    }
    List<OrderWriter.PaidLowered> lowered = writer.paidLowered();
    if (!lowered.isEmpty()) {
      // tryout23b A1: a lower 实付 with 退款金额 behind is said, not a silent 更新
      var first = lowered.get(0).held();
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_paid_lowered",
                  file,
                  ImportNote.grouped(lowered.size()),
                  lowered.get(0).orderId(),
                  money(first.paidBefore()),
                  money(first.paidAfter()),
                  money(first.refundStated()),
                  money(first.total()),
                  money(first.refundHeld()))));
    }
    // SPEC: only ids are required, but said so that it cannot be missed; not of a file of line
    // items only (Olist order_items.csv: its orders' times come with their orders file), and only
    // the orders the store ends with no time: not one an earlier import gave a time (clarity25b)
    if (timelessStored > 0) {
      notes.add(
          ImportNote.of(
              Problem.of(
                  // a file with a time column whose cells are empty for them, or with none
                  states("created_at", "paid_at", "shipped_at", "delivered_at")
                      ? (dryRun ? "note.import_timeless_rows_dry" : "note.import_timeless_rows")
                      : (dryRun ? "note.import_timeless_dry" : "note.import_timeless"),
                  file,
                  ImportNote.grouped(timelessStored))));
    }
    if (dateOnlyShipped > 0) {
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_shipped_date_only", file, ImportNote.grouped(dateOnlyShipped))));
    }
    // a removed parcel the file names stays removed, and said (tryout22b B4: not a silent 更新)
    for (com.shopops.store.ParcelStore.Removal r : removedNamed.values()) {
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_order_parcel_removed",
                  r.trackingNo(),
                  r.orderId(),
                  r.agent(),
                  when(r.removedAt().getEpochSecond()))));
    }
    // a presale an older shopops held to a removed parcel, paid again from this file (tryout25a A2)
    List<com.shopops.store.StagedPaidSql.Remade> remade = writer.remade();
    if (!remade.isEmpty()) {
      var r = remade.get(0);
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.import_presale_paid_remade",
                  file,
                  ImportNote.grouped(remade.size()),
                  r.orderId(),
                  when(r.before().getEpochSecond()),
                  when(r.after().getEpochSecond()),
                  r.parcel(),
                  r.outbound() == null ? "?" : when(r.outbound().getEpochSecond()),
                  java.time.LocalDate.ofInstant(r.after(), zone).toString())));
    }
    // an export stating less refunded than was counted is taken as it states (tryout24b A2)
    for (com.shopops.store.ReturnFigures.Reversal r : reversals) {
      notes.add(ImportNote.of(com.shopops.app.RefundReversalNote.of(r, file)));
    }
    // a closed day or month that changes because of this file says so (tryout17 U2)
    for (ImportSession.EndedDayRefund e : endedDayRefunds) {
      notes.add(
          ImportNote.of(
              Problem.of(
                  "note.refund_into_ended_day",
                  file,
                  ImportNote.grouped(e.orders()),
                  money(e.refunded()),
                  e.currency() == null ? session.defaultCurrency() : e.currency(),
                  e.day(),
                  java.time.YearMonth.from(e.day()))));
    }
    return notes;
  }

  /** The notes of the file, as English sentences (not yet named by keys). */
  private List<String> englishNotes(String file) {
    List<String> notes = new ArrayList<>();
    long unknown = unknownCustomers;
    if (unknown > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s a customer_id the store does not know: Olist gives every order"
                  + " a customer_id of its own, so until customers.csv (olist-customers) is"
                  + " imported after this file every buyer counts one order (repeat rate, RFM,"
                  + " lifecycle); importing it attributes the orders to the person"
                  + " (customer_unique_id)",
              file,
              unknown,
              unknown == 1 ? "order names" : "orders name"));
    }
    List<String> scoped = writer.scopedBuyers();
    if (!scoped.isEmpty()) { // review14 N5: said when a buyer takes the scoped id, not after
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %d JD %s now under jd:<account>: a Taobao/Tmall buyer has the same account"
                  + " name and keeps it: %s",
              file,
              scoped.size(),
              scoped.size() == 1 ? "buyer is" : "buyers are",
              String.join(", ", scoped.subList(0, Math.min(5, scoped.size())))
                  + (scoped.size() > 5 ? ", …" : "")));
    }
    notes.addAll(closureNotes(file));
    String currency = session.defaultCurrency();
    if (splitParents > 0) {
      notes.add(
          file
              + ": "
              + splitParents
              + (splitParents == 1 ? " split parent order" : " split parent orders")
              + " (已拆分) kept aside: the goods are in the child orders, imported as orders"
              + " of their own");
    }
    if (cancellations != null) {
      notes.addAll(cancellations.notes(file, currency));
    }
    if (!foreignCurrencies.isEmpty()) {
      notes.add(foreignCurrencyNote(file, currency));
    }
    if (dateOnlyPaid > 0) {
      notes.add(
          file
              + ": "
              + dateOnlyPaid
              + (dateOnlyPaid == 1
                  ? " order's paid time has only a date"
                  : " orders' paid times have only a date")
              + ", counted as 00:00: a spreadsheet may have changed the column; their ship-by"
              + " deadlines may be early by up to a day (import the export as downloaded to"
              + " correct them)");
    }
    notes.addAll(stagedNotes());
    if (inferredPaid == 0) {
      return notes;
    }
    notes.add(
        file
            + ": "
            + inferredPaid
            + (inferredPaid == 1
                ? " order is paid by its status but has no paid time"
                : " orders are paid by their status but have no paid time")
            + ": inferred from the created time (cash on delivery: the delivery time) and counted as"
            + " paid");
    return notes;
  }

  /**
   * What this file's presales paid in stages count as (tryout21 Z2, {@link StagedPayment}): one
   * with only its deposit paid is no sale yet; one paid in full counts on the day it was first seen
   * so, this file's export time (else this import's) when this is the first.
   */
  /**
   * The staged-presale notes, kept with the import: which time a presale paid in stages was counted
   * at (tryout22a A10).
   */
  @Override
  public List<String> keptNotes() {
    return stagedNotes();
  }

  private List<String> stagedNotes() {
    List<String> notes = new ArrayList<>();
    if (depositOnly > 0) {
      notes.add(
          file
              + ": "
              + ImportNote.grouped(depositOnly)
              + (depositOnly == 1 ? " presale (预售) has" : " presales (预售) have")
              + " only the deposit (定金) paid: not counted as paid (sales, orders, buyers) until"
              + " the balance (尾款) is paid");
    }
    if (paidInFull > 0) {
      Instant seen = exportedAt != null ? exportedAt : session.startedAt();
      notes.add(
          file
              + ": "
              + ImportNote.grouped(paidInFull)
              + (paidInFull == 1 ? " presale (预售) paid" : " presales (预售) paid")
              + " in stages counted as paid on the day the balance (尾款) was first seen paid: "
              + when(seen.getEpochSecond())
              + (exportedAt != null ? " (this file's export time)" : " (this import's time)")
              + " unless an earlier import saw it; the export gives no balance time");
    }
    if (paidInFullCapped > 0) {
      notes.add(
          file
              + ": "
              + ImportNote.grouped(paidInFullCapped)
              + (paidInFullCapped == 1 ? " presale (预售) paid" : " presales (预售) paid")
              + " in stages already shipped, received or closed before this file's time: counted"
              + " as paid at that earliest shipped/received/closed time (the balance (尾款) is paid"
              + " before it; the export gives no balance time)");
    }
    return notes;
  }

  /** Whether the file has a column of any of these fields. */
  private boolean states(String... fields) {
    for (String f : fields) {
      if (match.maps(f)) {
        return true;
      }
    }
    return false;
  }

  /** The orders of this file closed after payment with no close time in it (review16 Q6). */
  private ImportSession.UndatedClosures closures;

  /** The refunds this import took back (退款冲回, tryout24b A2). */
  private List<com.shopops.store.ReturnFigures.Reversal> reversals = List.of();

  /** Money this import takes off net sales on days that had ended before its own (refundsteps). */
  private List<ImportSession.EndedDayRefund> endedDayRefunds = List.of();

  /**
   * What the file's orders closed after payment without a close time do to net sales (review16 Q6):
   * one stored paid and open before counts its refund on the day of this import (the day the store
   * learnt it, so that a month already closed does not change); one new to the store (or stored
   * unpaid) on its payment day (nothing counted it as a sale before).
   */
  private List<String> closureNotes(String file) {
    List<String> notes = new ArrayList<>();
    if (closures == null) {
      return notes;
    }
    long seen = closures.seenClosed();
    if (seen > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s paid before %s closed in this file, which gives no close time: %s refund"
                  + " counts in net_sales on %s, the day of this import",
              file,
              seen,
              seen == 1 ? "order" : "orders",
              seen == 1 ? "is" : "are",
              seen == 1 ? "its" : "their",
              session.startedAt().atZone(zone).toLocalDate()));
    }
    long fresh = closures.newClosed();
    long zero = closures.newNothingOff(); // said, as metrics counts only those with money (B7)
    if (fresh > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s closed after payment with no close time in the file and not stored paid"
                  + " before: %s refund counts in net_sales on %s payment day"
                  + (zero > 0
                      ? " (%,d of them %s 0.00 so far, with nothing to take off until %s amount or"
                          + " order lines are imported: metrics does not count %s)"
                      : ""),
              file,
              fresh,
              fresh == 1 ? "order is" : "orders are",
              fresh == 1 ? "its" : "their",
              fresh == 1 ? "its" : "their",
              zero,
              zero == 1 ? "is" : "are",
              zero == 1 ? "its" : "their",
              zero == 1 ? "it" : "them"));
    }
    // the same of a refund stated of an order not closed (a partial refund, task timeedge)
    long refundSeen = closures.seenRefunded();
    if (refundSeen > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s paid before %s in this file (退款金额, Refunded Amount), which gives no"
                  + " refund time: %s in net_sales on %s, the day of this import",
              file,
              refundSeen,
              refundSeen == 1 ? "order" : "orders",
              refundSeen == 1 ? "has a refund" : "have refunds",
              refundSeen == 1 ? "it counts" : "they count",
              session.startedAt().atZone(zone).toLocalDate()));
    }
    long refundNew = closures.newRefunded();
    if (refundNew > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s in the file with no refund time and %s not stored paid before: %s in"
                  + " net_sales on %s payment day",
              file,
              refundNew,
              refundNew == 1 ? "order has a refund" : "orders have refunds",
              refundNew == 1 ? "was" : "were",
              refundNew == 1 ? "it counts" : "they count",
              refundNew == 1 ? "its" : "their"));
    }
    return notes;
  }

  /**
   * Records an anomaly when the paid time the order takes is written as a day without a time of day
   * ({@code 2026/11/12}: what Excel leaves of {@code 2026/11/12 11:17:00} once the column is
   * formatted as a date): it is read as 00:00, so the ship-by deadline may be early by up to a day
   * (review11 K16). Counted for the file's note.
   */
  /**
   * The order's shipped time when the export gives it as a bare date (Shopify's {@code Fulfilled
   * at} or a generic shipped_at a spreadsheet turned into a date): the latest it can have been,
   * with an anomaly, as a shipments file's (tryout17 U6: before, 00:00, rated on time by luck).
   */
  private Instant dateOnlyShipped(
      List<ParsedRow> snap, String id, Instant shipped, Instant delivered) {
    for (ParsedRow r : snap) {
      if (r.instant(SHIPPED) == null) {
        continue;
      }
      String text = DateOnlyTime.text(r, match, "shipped_at");
      if (text == null) {
        return shipped;
      }
      dateOnlyShipped++;
      rejects.anomaly(
          r,
          id,
          "shipped-date-only",
          Problem.of("reason.shipped_date_only", match.label("shipped_at"), text));
      return DateOnlyTime.latestShipped(shipped, zone, delivered, session.startedAt());
    }
    return shipped;
  }

  private void dateOnlyPaid(List<ParsedRow> snap, String id) {
    for (ParsedRow r : snap) {
      if (r.instant(PAID) == null) {
        continue;
      }
      String text = DateOnlyTime.text(r, match, "paid_at");
      if (text != null) {
        dateOnlyPaid++;
        rejects.anomaly(
            r,
            id,
            "paid-date-only",
            Problem.of("reason.paid_date_only", match.label("paid_at"), text));
      }
      return;
    }
  }

  private String local(Instant t) {
    return com.shopops.domain.ShownTime.of(t, zone);
  }

  /**
   * The order's value of money field {@code field} (one whose span over an order's rows a layout
   * may say, {@link Preset#money}), else null with its problem added to {@code problems}: summed
   * over the rows when the layout says it is per line; else taken once, which needs the rows that
   * carry it to agree (the same total repeated, JD; or on the first row only, Shopify). Rows that
   * carry different values of a field nobody said is per line are an error: taking the first would
   * store a wrong total beside summed amounts (several payment rows of one order).
   */
  private Long orderMoney(List<ParsedRow> rows, String field, List<RowError> problems) {
    int index = SPEC.index(field);
    // the rows of an order in a one-row-per-order export are its snapshots: never summed
    boolean perLine = preset.perLine(field) && !preset.oneRowPerOrder();
    Long value = null;
    for (ParsedRow r : rows) {
      Long v = r.number(index);
      if (v == null) {
        continue;
      }
      if (value == null) {
        value = v;
      } else if (perLine) {
        value = Math.addExact(value, v);
        if (Math.abs(value) > com.shopops.parse.Amounts.MAX_MINOR) {
          problems.add(
              match.error(file, r.line(), field, Problem.of("reason.order_too_large", value)));
          return null;
        }
      } else if (!v.equals(value)
          && !preset.money().containsKey(field)
          && !preset.oneRowPerOrder()) {
        problems.add(
            match.error(
                file,
                r.line(),
                field,
                Problem.of(
                    "reason.money_differs",
                    r.text(ORDER_ID),
                    field,
                    java.math.BigDecimal.valueOf(value, 2).toPlainString()
                        + ", "
                        + java.math.BigDecimal.valueOf(v, 2).toPlainString(),
                    "\"money\": {\""
                        + field
                        + "\": \"per_order\"} or {\""
                        + field
                        + "\": \"per_line\"}")));
        return null;
      }
    }
    return value;
  }

  private static Long rowAmount(ParsedRow r, Long qty, boolean amountPerLine) {
    Long amount = r.number(AMOUNT);
    if (amount != null && amountPerLine) {
      return amount;
    }
    Object unit = r.get(UNIT_PRICE); // minor units, or a finer price's decimal text
    if (unit == null) {
      return null;
    }
    Long line = com.shopops.parse.Amounts.lineAmount(unit, qty == null ? 1 : qty);
    return line == null ? null : line - orZero(r.number(DISCOUNT));
  }

  /**
   * The first row whose status text is one shopops does not know (nor the layout maps), as an
   * error: where the order stands is never guessed from its times when the export says it in words
   * we cannot read (卖家已发货… read as paid put shipped orders on the overdue list). The line items of
   * a file of items only say their order's status in passing: not checked.
   */
  private RowError unknownStatus(List<ParsedRow> rows) {
    if (preset.linesOnly()) {
      return null;
    }
    for (ParsedRow r : rows) {
      String raw = r.text(STATUS);
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String mapped = statusMap.get(raw.strip().toLowerCase(Locale.ROOT));
      if (OrderStatus.parse(mapped != null ? mapped : raw).isEmpty()) {
        return match.error(
            file, r.line(), "status", Problem.of("reason.unknown_order_status", raw.strip()));
      }
    }
    return null;
  }

  private OrderStatus status(
      String raw,
      String financial,
      String fulfillment,
      Instant cancelled,
      Instant completed,
      Instant delivered,
      Instant shipped,
      Instant paid) {
    if (raw != null) {
      String mapped = statusMap.get(raw.strip().toLowerCase(Locale.ROOT));
      var s = OrderStatus.parse(mapped != null ? mapped : raw);
      if (s.isPresent()) {
        return s.get();
      }
    }
    // refunded in full says more than cancelled: a Shopify order cancelled with its payment
    // refunded is `refunded`, so `orders list --status refunded` finds it (review17 R22)
    if (financial != null && financial.strip().equalsIgnoreCase("refunded")) {
      return OrderStatus.REFUNDED;
    }
    if (cancelled != null) {
      return OrderStatus.CANCELLED;
    }
    if (financial != null) {
      String f = financial.toLowerCase(Locale.ROOT);
      if (f.equals("voided")) {
        return OrderStatus.CANCELLED;
      }
      if (fulfillment != null && fulfillment.equalsIgnoreCase("fulfilled")) {
        return delivered != null ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
      }
      if (f.equals("pending") || f.equals("authorized")) {
        return OrderStatus.PENDING;
      }
      if (f.startsWith("paid") || f.startsWith("partially")) {
        return shipped != null ? OrderStatus.SHIPPED : OrderStatus.PAID;
      }
    }
    return OrderStatus.fromTimes(
        false, completed != null, delivered != null, shipped != null, paid != null);
  }

  /**
   * The line items of a 宝贝报表 order with a row repeated right under itself (the line below it in the
   * file, all cells equal) kept as bought when the order's own goods amount, stored from its 订单报表
   * (买家应付货款), is what the rows come to with the repeats and not without them (tryout17 U11: two
   * 35.00 支架 of a 70.00 order, 宝贝总数量 2); else the distinct rows, the repeats being copies. A repeat
   * further down (a block appended again, review18 T1) stays a copy. The repeats kept are taken off
   * {@code copies}.
   */
  private List<ParsedRow> withRepeatsBought(
      List<ParsedRow> rows, List<ParsedRow> distinct, List<Object[]> copies, String id)
      throws SQLException {
    java.util.Set<ParsedRow> repeats =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 1; i < rows.size(); i++) {
      ParsedRow r = rows.get(i);
      ParsedRow above = rows.get(i - 1);
      if (r.line() == above.line() + 1 && java.util.Arrays.equals(r.cells(), above.cells())) {
        repeats.add(r);
      }
    }
    if (repeats.isEmpty() || !writer.exists(id)) {
      return distinct;
    }
    Long stored = writer.storedAmount(id);
    java.util.Set<ParsedRow> kept =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    kept.addAll(distinct);
    kept.addAll(repeats);
    List<ParsedRow> bought = new ArrayList<>(rows.size());
    for (ParsedRow r : rows) {
      if (kept.contains(r)) {
        bought.add(r);
      }
    }
    Long withRepeats = linesAmount(bought);
    if (stored == null || !stored.equals(withRepeats) || stored.equals(linesAmount(distinct))) {
      return distinct;
    }
    copies.removeIf(c -> repeats.contains((ParsedRow) c[0]));
    return bought;
  }

  /** What a lines file's rows come to (price × quantity), or null when a row has no amount. */
  private Long linesAmount(List<ParsedRow> rows) {
    long sum = 0;
    for (ParsedRow r : rows) {
      Long qty = r.number(QUANTITY);
      Long amount = rowAmount(r, qty, preset.perLine("amount"));
      if (amount == null) {
        return null;
      }
      sum += amount;
    }
    return sum;
  }

  /**
   * The rows without exact copies of an earlier row (all cells equal): an exact duplicate is
   * counted once; each copy dropped is added to {@code copies} as (row, line of the row it copies),
   * for the caller to record as an anomaly.
   */
  private List<ParsedRow> withoutDuplicates(
      List<ParsedRow> rows, String id, List<Object[]> copies) {
    if (rows.size() == 1) {
      return rows;
    }
    Map<List<Object>, Long> firstLine = new java.util.HashMap<>();
    List<ParsedRow> out = new ArrayList<>(rows.size());
    List<Object> head = null;
    List<String> headCells = null;
    Map<List<String>, Integer> inBlock = new java.util.HashMap<>();
    for (ParsedRow r : rows) {
      List<Object> stage = snapshotFields(r);
      List<String> cells = java.util.Arrays.asList(r.cells());
      List<Object> key;
      if (head != null && continues(stage, head)) {
        // a line item of the order its block's first row states (Shopify): the same item twice is
        // two lines; only a repeat of the whole block (an export appended twice) is a copy
        key = List.of(headCells, cells, inBlock.merge(cells, 1, Integer::sum));
      } else {
        head = stage;
        headCells = cells;
        inBlock.clear();
        key = List.of(cells);
      }
      Long earlier = firstLine.putIfAbsent(key, r.line());
      if (earlier == null) {
        out.add(r);
      } else {
        copies.add(new Object[] {r, earlier});
      }
    }
    return out;
  }

  /**
   * The rows of a lines-only file (a 宝贝报表) without exact copies of a row of the same order met
   * earlier in the file, not next to these: its block appended again further down (an export
   * appended twice, review18 T1) is counted once, as {@link #withoutDuplicates} counts an adjacent
   * copy; rows of the order that differ still add its other lines (scattered rows).
   */
  private List<ParsedRow> withoutEarlierCopies(List<ParsedRow> rows, String id) {
    long start = rows.get(0).line();
    int[] statusColumns = match.columnsOf("status");
    List<ParsedRow> out = new ArrayList<>(rows.size());
    for (ParsedRow r : rows) {
      // a row of a line met earlier that differs only in its 订单状态 is that line at another stage
      // of the order (two exports appended, review18 T13): counted once, as in one block
      String[] cells = r.cells();
      String[] line = cells;
      if (statusColumns.length > 0) {
        line = cells.clone();
        for (int c : statusColumns) {
          if (c < line.length) {
            line[c] = null;
          }
        }
      }
      long earlier = lineRows.putIfAbsentHash(SeenIds.hash(cells), r.line());
      long sameLine = line == cells ? -1 : lineStages.putIfAbsentHash(SeenIds.hash(line), r.line());
      if (earlier >= 0 && earlier < start) {
        rejects.anomaly(r, id, "duplicate-row", Problem.of("reason.exact_copy", earlier));
      } else if (sameLine >= 0 && sameLine < start) {
        continue; // the line at another stage: its order's status comes from the 订单报表
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * What makes a row a line item of its own: its item fields. Two rows of an order with the same
   * item (sku or title) and the same quantity and money are one line seen twice when they show the
   * order at different stages (a later snapshot), and two units when at the same stage (exact
   * copies were dropped before); a row without an item is always its own (a payment, say).
   */
  private static List<Object> lineKey(ParsedRow r) {
    if (r.text(SKU) == null && r.text(TITLE) == null) {
      return java.util.Collections.singletonList(r); // identity: never equal to another row
    }
    return java.util.Arrays.asList(
        r.text(SKU),
        r.text(TITLE),
        r.number(QUANTITY),
        r.get(UNIT_PRICE),
        r.number(AMOUNT),
        r.number(DISCOUNT));
  }

  /**
   * Where each row's order stands: as the row says it ({@link #snapshotFields}), or, for a row that
   * says less than the row its block starts with and nothing else ({@link #continues}: Shopify
   * writes the order's fields on its first row only), as that row says it. So two rows of the same
   * item in one order block are two lines (two engraved mugs, review12 L8), not a later snapshot.
   */
  private static List<List<Object>> stages(List<ParsedRow> rows) {
    List<List<Object>> out = new ArrayList<>(rows.size());
    List<Object> head = null;
    for (ParsedRow r : rows) {
      List<Object> stage = snapshotFields(r);
      if (head != null && continues(stage, head)) {
        out.add(head);
      } else {
        head = stage;
        out.add(stage);
      }
    }
    return out;
  }

  /**
   * Whether a row's snapshot fields continue the block of a row before: each is blank or the same
   * as there, and at least one is blank where that row has a value (it states less: a line item
   * row, not a snapshot of its own).
   */
  private static boolean continues(List<Object> stage, List<Object> head) {
    boolean less = false;
    for (int i = 0; i < stage.size(); i++) {
      Object v = stage.get(i);
      if (v == null) {
        less |= head.get(i) != null;
      } else if (!v.equals(head.get(i))) {
        return false;
      }
    }
    return less;
  }

  /** Where a row's order stands as the row says it: its status and time columns as written. */
  private static List<Object> snapshotFields(ParsedRow r) {
    // the instants themselves (equal when their text is): Instant.toString was a tenth of an
    // import's time
    return java.util.Arrays.asList(
        r.text(STATUS),
        r.text(FINANCIAL),
        r.text(FULFILLMENT),
        r.instant(CREATED),
        r.instant(PAID),
        r.instant(SHIPPED),
        r.instant(DELIVERED),
        r.instant(COMPLETED),
        r.instant(CANCELLED));
  }

  /**
   * The rows, most advanced first (status rank, then latest time, then refund), stable among
   * equals.
   */
  private List<ParsedRow> byAdvance(List<ParsedRow> rows) {
    if (rows.size() == 1) {
      return rows;
    }
    long[] rank = new long[rows.size()];
    long[] latest = new long[rows.size()];
    long[] refund = new long[rows.size()];
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      ParsedRow r = rows.get(i);
      order[i] = i;
      OrderStatus st =
          status(
              r.text(STATUS),
              r.text(FINANCIAL),
              r.text(FULFILLMENT),
              r.instant(CANCELLED),
              r.instant(COMPLETED),
              r.instant(DELIVERED),
              r.instant(SHIPPED),
              r.instant(PAID));
      rank[i] = st == null ? -1 : st.rank();
      long max = 0;
      for (int f : new int[] {CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED}) {
        Instant t = r.instant(f);
        if (t != null) {
          max = Math.max(max, t.getEpochSecond());
        }
      }
      latest[i] = max;
      // a refund only grows: of two rows alike, the one stating more is the later snapshot (a
      // refund per line item says nothing of that)
      refund[i] = preset.perLine("refunded") ? 0 : orZero(r.number(REFUNDED));
    }
    if (!preset.oneRowPerOrder()) {
      // rows of one order in an export of one row per order are snapshots of the whole order
      // (two exports appended), not its lines: a closed one closes the order (tryout18 W10)
      demoteClosedLines(rows, rank);
    }
    // the newest first, by the one rule that decides between two files' snapshots of the order;
    // in file order among rows that are the same snapshot (a stable sort)
    java.util.Arrays.sort(
        order,
        (i, j) ->
            com.shopops.store.Snapshots.compare(
                (int) rank[j], latest[j], refund[j], (int) rank[i], latest[i], refund[i]));
    List<ParsedRow> out = new ArrayList<>(rows.size());
    for (int i : order) {
      out.add(rows.get(i));
    }
    return out;
  }

  /**
   * A line closed on its own (a Tmall 子订单 交易关闭 after its refund) while another line of the order
   * lives on does not close the order: its rows rank below every other row, so that the order takes
   * the status of its live lines; the closed line's refund stays the order's partial refund. An
   * order whose every line is closed stays cancelled. A line is closed when its most advanced row
   * (a later snapshot of the same line) says cancelled or refunded.
   */
  private static void demoteClosedLines(List<ParsedRow> rows, long[] rank) {
    java.util.Map<List<Object>, Long> lineRank = new java.util.HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      lineRank.merge(lineKey(rows.get(i)), rank[i], Math::max);
    }
    long closed = OrderStatus.CANCELLED.rank(); // refunded in full ranks the same
    if (lineRank.size() < 2 || lineRank.values().stream().allMatch(r -> r == closed)) {
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (lineRank.get(lineKey(rows.get(i))) == closed) {
        rank[i] = -2;
      }
    }
  }

  /**
   * Records an anomaly when the rows of one order state different values of a money field: the most
   * advanced row's value is kept.
   */
  private void conflict(List<ParsedRow> rows, ParsedRow kept, String id, int field, String name) {
    Object value = kept.get(field);
    for (ParsedRow r : rows) {
      Object v = r.get(field);
      if (v != null && value != null && !v.equals(value)) {
        rejects.anomaly(
            r,
            id,
            "conflicting-money",
            Problem.of(
                "reason.money_conflict",
                match.label(name),
                java.math.BigDecimal.valueOf((Long) v, 2).toPlainString(),
                java.math.BigDecimal.valueOf((Long) value, 2).toPlainString(),
                kept.line()));
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T first(List<ParsedRow> rows, int field) {
    for (ParsedRow r : rows) {
      Object v = r.get(field);
      if (v != null) {
        return (T) v;
      }
    }
    return null;
  }

  /**
   * A tracking number with a {@code *} in it is a masked one (an export that masked it, a
   * marketplace's): no carrier can look it up, so it is read as not given and a stored one stays.
   */
  private static String tracking(String value) {
    return value != null && value.indexOf('*') >= 0 ? null : value;
  }

  private static String firstText(List<ParsedRow> rows, int field) {
    return first(rows, field);
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  /**
   * Records that the store kept what this file's order did not have: the file states the order at
   * the same status and times as the stored one, and either less in it (line items, money: the
   * lines were merged, nothing was lowered) or a smaller refund (the file is the older export).
   */
  private void sameSnapshot(OrderWriter.Kept k, java.util.Map<String, List<String>> filled) {
    // what an older export's row filled of the order's blanks (OrderSql#OLDER_FILLS), taken here
    List<String> f =
        k.olderExport() || k.refund() || k.olderStatus() ? filled.remove(k.orderId()) : null;
    String fills = f == null ? null : String.join(", ", f);
    if (k.belowRefunded()) {
      // tryout30b B2: a same-snapshot file's money below what was refunded: the stored money stays
      rejects.anomaly(k.line(), k.orderId(), "below-refunded", belowRefunded(k, k.refunded()));
    } else if (k.refundMended()) {
      // tryout21 Z7: a stored refund above the total, which no export states, is replaced
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "refund-mended",
          Problem.of(
              "reason.refund_mended",
              money(k.storedRefund()),
              money(k.mendedTotal()),
              money(k.fileRefund())));
    } else if (k.olderStatus()) {
      // the file says not shipped yet an order the store holds shipped (closing note 21)
      String tracking = k.shippedAs().isEmpty() ? "-" : k.shippedAs();
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "older-export",
          fills == null
              ? Problem.of("reason.older_status", tracking)
              : Problem.of("reason.older_status_filled", tracking, fills));
    } else if (k.olderLines()) {
      // a line-items file exported before the stored order: its lines left out (items27)
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "older-lines",
          olderLinesReason(k.storedExportedAt(), k.fileExportedAt()));
      olderLines(k.storedExportedAt());
    } else if (k.olderExport()) {
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "older-export",
          fills == null
              ? Problem.of(
                  "reason.older_export", when(k.storedExportedAt()), when(k.fileExportedAt()))
              : Problem.of(
                  "reason.older_export_filled",
                  when(k.storedExportedAt()),
                  when(k.fileExportedAt()),
                  fills));
    } else if (k.newerSnapshot()) {
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "older-refund",
          fills == null
              ? Problem.of(
                  "reason.older_snapshot_refund", money(k.storedRefund()), money(k.fileRefund()))
              : Problem.of(
                  "reason.older_snapshot_refund_filled",
                  money(k.storedRefund()),
                  money(k.fileRefund()),
                  fills));
    } else if (k.refund()) {
      refundKept.add(k);
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "older-refund",
          fills == null
              ? Problem.of("reason.older_refund", money(k.storedRefund()), money(k.fileRefund()))
              : Problem.of(
                  "reason.older_refund_filled",
                  money(k.storedRefund()),
                  money(k.fileRefund()),
                  fills));
    } else if (k.storedLines() > 0) {
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "same-snapshot",
          Problem.of(
              "reason.same_snapshot_lines",
              k.storedLines(),
              k.fileLines(),
              money(k.storedAmount()),
              money(k.fileAmount()),
              // the command to paste, with the store (tryout30b B3: it named none)
              ImportAgain.shopops(session.storeLocation())));
    } else {
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "same-snapshot",
          Problem.of("reason.same_snapshot_money", money(k.storedAmount()), money(k.fileAmount())));
    }
  }

  /**
   * Why a same-snapshot file's money was not taken ({@link OrderWriter.Kept#belowRefunded}): what
   * was refunded, made of which returns' refunds (and the refund its export states beyond them),
   * against the file's total, and the stored goods kept.
   */
  private static Problem belowRefunded(
      OrderWriter.Kept k, com.shopops.store.ReturnFigures.Refunded r) {
    List<String> returns = new ArrayList<>();
    long byReturns = 0;
    for (var ret : r.returns()) {
      returns.add(ret.returnId() + " " + money(ret.refund()));
      byReturns += ret.refund();
    }
    String paid = money(k.fileAmount());
    String goods = money(k.storedAmount());
    if (returns.isEmpty()) {
      return Problem.of("reason.below_refunded_stated", paid, money(r.refunded()), goods);
    }
    return r.refunded() > byReturns
        ? Problem.of(
            "reason.below_refunded_beyond",
            paid,
            money(r.refunded()),
            String.join(", ", returns),
            money(r.refunded() - byReturns),
            goods)
        : Problem.of(
            "reason.below_refunded", paid, money(r.refunded()), String.join(", ", returns), goods);
  }

  /**
   * What a repriced order's anomaly says: its goods paid changed (tryout22b B2), raised above the
   * lines (tryout23b A14), or an older version's 改价 in the amount put back to the lines (A9; also
   * at the upgrade, {@link RepricedFiles}).
   */
  static Problem repriced(OrderWriter.Repriced r) {
    return r.goodsBefore() == r.goodsAfter()
        // tryout23b A9: an older version's 改价 in the amount, put back to the lines
        ? Problem.of(
            "reason.repriced_restated",
            money(r.goodsBefore() + r.discountBefore()),
            money(r.lines()),
            money(r.goodsAfter()),
            money(r.discountBefore()),
            money(r.discountAfter()))
        : Problem.of(
            // tryout23b A14: a raise above the lines, a negative discount
            r.discountAfter() < 0 ? "reason.repriced_raise" : "reason.repriced",
            money(r.goodsBefore()),
            money(r.goodsAfter()),
            money(r.lines()),
            money(r.discountBefore()),
            money(r.discountAfter()),
            // tryout24b A3: the raise over the lines, said as a figure
            money(-r.discountAfter()));
  }

  private static String money(Long minor) {
    return minor == null ? "-" : java.math.BigDecimal.valueOf(minor, 2).toPlainString();
  }

  @Override
  public Outcome finish() throws SQLException {
    if (mode == Mode.UNDECIDED) {
      sorted();
    } else if (mode == Mode.SCATTERED) {
      readBack();
    }
    flushGroup();
    OrderWriter.Counts c = writer.finish();
    timelessStored =
        timeless.isEmpty() || preset.readsOnlyLines() ? 0 : writer.timelessAmong(timeless);
    countStaged();
    // an older export's row that filled blanks: said by the order's older-* anomaly, else alone
    java.util.Map<String, List<String>> filled = new java.util.HashMap<>();
    for (OrderWriter.Kept k : writer.kept()) {
      if (!k.filled().isEmpty()) {
        filled.put(k.orderId(), k.filled());
      }
    }
    for (OrderWriter.Kept k : writer.kept()) {
      if (k.filled().isEmpty()) {
        sameSnapshot(k, filled);
      }
    }
    for (OrderWriter.Kept k : writer.kept()) {
      if (!k.filled().isEmpty() && filled.remove(k.orderId()) != null) {
        rejects.anomaly(
            k.line(),
            k.orderId(),
            "older-filled",
            Problem.of("reason.older_filled", String.join(", ", k.filled())));
      }
    }
    for (OrderWriter.ShippedKept k : writer.shippedKept()) {
      // tryout21 Z9: the first outbound an export stated stays; both times named
      rejects.anomaly(
          k.line(),
          k.orderId(),
          "shipped-kept",
          k.otherParcel()
              // B9 across tracking numbers: the older export's parcel kept as one of its own
              ? Problem.of(
                  "reason.shipped_earlier_parcel",
                  when(k.kept()),
                  when(k.file()),
                  k.parcel(),
                  k.storedParcel())
              : k.earlier()
                  // tryout22b B9: an older export's earlier outbound is taken, the same store
                  ? Problem.of("reason.shipped_earlier_taken", when(k.kept()), when(k.file()))
                  : Problem.of("reason.shipped_kept", when(k.kept()), when(k.file())));
    }
    for (OrderWriter.Repriced r : writer.repriced()) {
      // tryout22b B2: the goods paid changed, the lines did not: the discount takes the difference
      rejects.anomaly(r.line(), r.orderId(), "repriced", repriced(r));
    }
    for (OrderWriter.PaidLowered l : writer.paidLowered()) {
      // tryout23b A1: 实付 lowered, 退款金额 behind it: the total kept, the rest held as refunded
      var h = l.held();
      rejects.anomaly(
          l.line(),
          l.orderId(),
          com.shopops.app.orders.OrderService.PAID_LOWERED,
          Problem.of(
              "reason.paid_lowered",
              money(h.paidBefore()),
              money(h.refundedBefore()),
              money(h.paidAfter()),
              money(h.refundStated()),
              money(h.total()),
              money(h.refundHeld()),
              money(h.refundHeld() - h.refundStated())));
    }
    for (OrderWriter.LinesOff off : writer.linesOff()) {
      rejects.anomaly(
          off.line(),
          off.orderId(),
          "lines-not-goods",
          off.replaced()
              ? Problem.of(
                  "reason.lines_replaced_not_goods", money(off.lines()), money(off.goods()))
              : !off.alone()
                  ? Problem.of("reason.lines_not_goods", money(off.lines()), money(off.goods()))
                  : off.discount() == null
                      ? Problem.of(
                          "reason.lines_below_goods", money(off.lines()), money(off.goods()))
                      : Problem.of(
                          "reason.lines_not_goods_alone",
                          money(off.lines()),
                          money(off.goods() + off.discount()),
                          money(off.goods()),
                          money(off.discount())));
    }
    for (OrderWriter.ReturnOffLines at : writer.returnsOffLines()) {
      // tryout28a A4: the return stays as recorded, on a SKU its order's lines no longer list
      com.shopops.store.ReturnsOffLines.Off r = at.off();
      rejects.anomaly(
          at.line(),
          r.orderId(),
          "return-off-lines",
          r.above() // tryout29a A4: the SKU listed, fewer units than its returns take
              ? Problem.of(
                  "reason.return_above_lines",
                  r.returnId(),
                  r.sku(),
                  r.quantity(),
                  r.bought(),
                  r.returned())
              : Problem.of("reason.return_off_lines", r.returnId(), r.sku(), money(r.refunded())));
    }
    if (!preset.linesOnly()) {
      command.listRead(writer.older());
    }
    if ("olist-orders".equals(preset.name())) {
      unknownCustomers = session.ordersOfUnknownCustomers();
    }
    // a file that states no status closes no order, one that states no refund refunds none (an
    // Olist items file): what they wrote is the orders file's, which said it already
    boolean closes = states("status", "financial_status", "fulfillment_status", "cancelled_at");
    boolean refunds = states("refunded", "financial_status");
    ImportSession.UndatedClosures all = session.undatedClosures();
    // tryout25a A3: a refund held only as the reading of a lower 实付 is not "a refund in this file"
    // (the paid-lowered note says it)
    long readOnly = writer.paidLowered().stream().filter(l -> l.held().statesNoNewRefund()).count();
    closures =
        new ImportSession.UndatedClosures(
            closes ? all.seenClosed() : 0,
            closes ? all.newClosed() : 0,
            refunds ? Math.max(0, all.seenRefunded() - readOnly) : 0,
            refunds ? all.newRefunded() : 0,
            closes ? all.newNothingOff() : 0);
    if (closes) {
      endedDayRefunds = session.refundsIntoEndedDays();
    }
    if (refunds) {
      reversals = session.refundReversals();
    }
    if (preset.linesOnly()) {
      return new Outcome(0, lineOnlyUpdated, lineOnlyUnchanged, orders, c.lines());
    }
    return new Outcome(c.inserted(), c.updated(), c.unchanged(), orders, c.lines());
  }
}
