package com.shopops.app.imports;

import com.shopops.app.Rules;
import com.shopops.app.returns.ReturnedLine;
import com.shopops.config.Config;
import com.shopops.domain.returns.OrderFacts;
import com.shopops.domain.returns.ReturnCheck;
import com.shopops.domain.returns.ReturnKind;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.returns.ReturnProblem;
import com.shopops.domain.returns.ReturnReason;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.domain.returns.ReturnValidator;
import com.shopops.store.ImportSession;
import com.shopops.store.ReturnStore;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Returns: one row per return (退货单 / 退款编号). Each row is merged with the stored return of the same
 * id (a later export that adds the refund time updates it; a missing cell never erases a stored
 * value), then checked against its order before it is written: the order must be in the store and
 * sell that SKU, the steps must be in order, and the units and money returned over all returns of
 * the line must not exceed what was bought and paid. A no-reason request after the window closed is
 * written with its {@code outside_window} flag.
 *
 * <p>A status column (退款状态) only fills a step whose time is missing, and only a step further along
 * than the times show; it is dated by the finish time (退款完结时间) when the export has one, else by the
 * import's clock ({@code --now}, as {@code returns update} dates it), with an anomaly: the latest
 * time the row gives is when the step was still to come, and dating it then showed a late refund as
 * on time (review15 P1). A refund without goods back (是否需要退货=否, 仅退款) returns no units (quantity 0);
 * a missing quantity is the fewest units whose price covers the refund (review16 Q8).
 */
final class ReturnsHandler implements KindHandler {
  static final KindSpec SPEC =
      KindSpec.of("returns", "return_id", "order_id")
          .field("return_id", FieldType.TEXT)
          .field("order_id", FieldType.TEXT)
          .field("sku", FieldType.TEXT)
          .field("quantity", FieldType.INTEGER)
          .field("requested_at", FieldType.TIMESTAMP)
          .field("approved_at", FieldType.TIMESTAMP)
          .field("rejected_at", FieldType.TIMESTAMP)
          .field("received_at", FieldType.TIMESTAMP)
          .field("refunded_at", FieldType.TIMESTAMP)
          .field("withdrawn_at", FieldType.TIMESTAMP)
          .field("finished_at", FieldType.TIMESTAMP)
          .field("reason", FieldType.TEXT)
          .field("refund_amount", FieldType.MONEY)
          .field("status", FieldType.TEXT)
          .field("audited_at", FieldType.TIMESTAMP)
          .field("return_goods", FieldType.TEXT)
          .field("kind", FieldType.TEXT)
          .build();

  private static final int ID = SPEC.index("return_id");
  private static final int ORDER = SPEC.index("order_id");
  private static final int SKU = SPEC.index("sku");
  private static final int QUANTITY = SPEC.index("quantity");
  private static final int REQUESTED = SPEC.index("requested_at");
  private static final int APPROVED = SPEC.index("approved_at");
  private static final int REJECTED = SPEC.index("rejected_at");
  private static final int RECEIVED = SPEC.index("received_at");
  private static final int REFUNDED = SPEC.index("refunded_at");
  private static final int WITHDRAWN = SPEC.index("withdrawn_at");
  private static final int FINISHED = SPEC.index("finished_at");
  private static final int REASON = SPEC.index("reason");
  private static final int REFUND = SPEC.index("refund_amount");
  private static final int STATUS = SPEC.index("status");
  private static final int AUDITED = SPEC.index("audited_at");
  private static final int RETURN_GOODS = SPEC.index("return_goods");
  private static final int KIND = SPEC.index("kind");

  private final String file;
  private ReturnStore store;
  private Rejects rejects;
  private HeaderMatch match;
  private ReturnPolicy policy;
  private ReturnCheck check;
  private long importId;
  private Instant clock;
  private ZoneId zone;
  private String storeLocation;

  /**
   * 退款状态 words of Tmall's order exports (the 子订单 order-detail export, 订单报表 variants), not of the
   * 退款管理 export: 退款中 says a refund is under way, not whether it is requested, agreed or waiting on
   * the goods, so no step can be read from it; its row is refused with the export that names the
   * step (a mapping file may still give it one).
   */
  private static final Set<String> ORDER_EXPORT_WORDS = Set.of("退款中");

  private final Map<String, String> statusMap = new HashMap<>();
  private final Set<String> statusWords = new TreeSet<>();
  private String layout;
  private long inserted;
  private long updated;
  private long unchanged;

  ReturnsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects)
      throws SQLException {
    this.store = session.returns();
    this.rejects = rejects;
    this.match = match;
    this.importId = session.importId();
    this.clock = session.startedAt();
    this.zone = zone;
    this.storeLocation = session.storeLocation();
    this.policy = Rules.of(new Config(session.config()), zone).returns();
    this.check = new ReturnCheck(new ReturnValidator(zone));
    this.layout = preset.name();
    if (!Presets.all().contains(preset)) { // a mapping file: its words over the generic layout's
      Presets.named("generic-returns").ifPresent(g -> g.status().forEach(this::statusWord));
    }
    preset.status().forEach(this::statusWord);
    try {
      this.oldRejections = store.rejectedByOldReading();
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
    store.deferFigures(importId); // the file's refunds reach the customer figures once, at its end
  }

  /**
   * Returns an older shopops stored as rejected from a status it read the old way (退款关闭 / 取消 as the
   * shop's refusal, before V021): their rejection is read again from this file, not kept from the
   * store (review13 M1).
   */
  private java.util.Set<String> oldRejections = java.util.Set.of();

  /**
   * Rows are checked in batches of {@value ReturnStore#BATCH}, in file order: what the batch needs
   * from the store is read at once ({@link ReturnStore#prefetch}), and a row sees what the rows
   * before it in the file wrote.
   */
  @Override
  public void accept(ParsedRow row) throws SQLException {
    pendingRows.add(row);
    if (pendingRows.size() == ReturnStore.BATCH) {
      acceptPending();
    }
  }

  private final List<ParsedRow> pendingRows = new ArrayList<>(ReturnStore.BATCH);

  private void acceptPending() throws SQLException {
    if (pendingRows.isEmpty()) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> orders = new LinkedHashSet<>();
    for (ParsedRow row : pendingRows) {
      if (!row.hasErrors() && row.text(ID) != null && row.text(ORDER) != null) {
        ids.add(row.text(ID));
        orders.add(row.text(ORDER));
      }
    }
    store.prefetch(ids, orders);
    for (ParsedRow row : pendingRows) {
      acceptOne(row);
    }
    pendingRows.clear();
    store.endBatch();
  }

  private void acceptOne(ParsedRow row) throws SQLException {
    if (row.hasErrors()) {
      rejects.reject(List.of(row), row.errors().get(0));
      return;
    }
    String id = row.text(ID);
    String orderId = row.text(ORDER);
    String raw = row.text(STATUS);
    if (raw != null && !raw.isBlank() && !timesDecide(raw) && status(raw).isEmpty()) {
      reject(
          row,
          "status",
          ORDER_EXPORT_WORDS.contains(statusKey(raw))
              ? Problem.of("reason.order_export_refund_status", raw.strip())
              : Problem.of("reason.unknown_refund_status", raw.strip(), layout, knownWords()));
      return;
    }
    if (id == null || orderId == null) {
      String field = id == null ? "return_id" : "order_id";
      reject(row, field, Problem.of("reason.missing_row", "a return id and an order id"));
      return;
    }
    Optional<ReturnStore.Stored> stored = store.find(id);
    ReturnRecord before = stored.map(ReturnStore.Stored::record).orElse(null);
    if (before != null && oldRejections.contains(id)) {
      before = withoutRejection(before);
    }
    if (before != null && !before.orderId().equals(orderId)) {
      reject(
          row, "order_id", Problem.of("reason.return_other_order", id, before.orderId(), orderId));
      return;
    }
    Optional<OrderFacts> found = store.orderFacts(orderId);
    if (found.isEmpty()) {
      reject(row, "order_id", Problem.of("reason.return_without_order", orderId));
      return;
    }
    OrderFacts order = found.get();
    String sku = row.text(SKU) != null ? row.text(SKU) : before == null ? null : before.sku();
    if (sku != null) {
      // the line's SKU, or the line whose platform item id it is (JD 售后 商品编号 beside the order
      // export's 货号): the return is stored under the line's SKU
      OrderFacts.LineMatch match = order.line(sku);
      if (match.ambiguous()) {
        reject(
            row,
            "sku",
            Problem.of(
                "reason.line_item_ambiguous",
                orderId,
                match.candidates().size(),
                sku,
                String.join(", ", match.candidates())));
        return;
      }
      if (match.none()) {
        var old = store.linesBeforeItemIds(orderId); // an upgraded store's order (review14 N3)
        reject(row, "sku", ReturnedLine.none(orderId, sku, old, zone, storeLocation));
        return;
      }
      sku = match.sku();
    }
    List<ReturnRecord> orderReturns =
        store.forOrder(orderId).stream().map(ReturnStore.Stored::record).toList();
    ReturnRecord r = merge(row, before, sku, order);
    ReturnRecord byHand = before == null ? byHand(r, orderReturns) : null;
    if (byHand != null) { // the platform's record of a return phoned in (review19 V11, Y11)
      String handId = byHand.returnId();
      r = withQuantity(merge(row, byHand, sku, order), r.quantity()); // the platform's units
      orderReturns = orderReturns.stream().filter(o -> !o.returnId().equals(handId)).toList();
    }
    r = applyStatus(r, row);
    ReturnCheck.Result result = check.check(r, order, orderReturns, policy);
    if (!result.ok()) {
      ReturnProblem p = result.problems().get(0);
      reject(row, p.field(), p.message() + handReturns(p, r, orderReturns));
      return;
    }
    if (before != null
        && before.equals(r)
        && stored.get().outsideWindow() == result.flags().outsideWindow()
        && stored.get().notEligible() == result.flags().notEligible()) {
      unchanged++;
      return;
    }
    store.save(r, result.flags(), importId);
    if (before != null) {
      redatedHandSteps(row, before, r);
    }
    if (byHand != null) {
      store.absorb(byHand.returnId(), r.returnId());
      rejects.anomaly(
          row,
          r.returnId(),
          "return-recorded-by-hand",
          byHand.refundedAt() != null && byHand.refundAmount() != r.refundAmount()
              ? Problem.of(
                  "reason.return_by_hand_absorbed_refund", // its parts in the order said
                  byHand.returnId(),
                  money(byHand.refundAmount()),
                  r.returnId(),
                  money(r.refundAmount()))
              : byHand.quantity() == r.quantity()
                  ? Problem.of("reason.return_by_hand_absorbed", byHand.returnId(), r.returnId())
                  : Problem.of(
                      "reason.return_by_hand_absorbed_units",
                      byHand.returnId(),
                      r.returnId(),
                      byHand.quantity(),
                      r.quantity()));
    }
    if (before == null) {
      inserted++;
    } else {
      updated++;
    }
  }

  /**
   * The return recorded by hand ({@code returns add}: the buyer phoned) that a new row of the
   * platform's export is: of the same order and line, still counting, not refunded yet — one of the
   * same units first, else the earliest. Null when there is none. Its units would otherwise be
   * claimed twice. The platform's row is the record: a hand entry of other units (the buyer said
   * "both" on the phone, then filed one) is absorbed too, its units corrected to the platform's
   * (tryout20 Y11), never a refusal of the file. A refund without goods back (0 units) and a return
   * of goods are different requests. On JD and Taobao/Tmall a refund is paid only through the
   * platform, so a hand return already marked refunded is the same request too (tryout21 Z6): the
   * platform's amount and times win, a not-refunded one is taken first.
   */
  private ReturnRecord byHand(ReturnRecord r, List<ReturnRecord> orderReturns) throws SQLException {
    java.util.Set<String> byHand = null;
    ReturnRecord best = null;
    int bestRank = Integer.MAX_VALUE;
    for (ReturnRecord o : orderReturns) {
      boolean refunded = o.refundedAt() != null;
      if (java.util.Objects.equals(o.sku(), r.sku())
          && o.counts()
          && (!refunded || paidOnPlatform()) // a refund paid by hand: only the platform pays it
          && (o.quantity() == 0) == (r.quantity() == 0)) { // no goods back: another request
        if (byHand == null) {
          byHand = store.recordedByHand(r.orderId());
        }
        if (!byHand.contains(o.returnId())) {
          continue;
        }
        // not refunded before refunded, the same units before others, else the earliest
        int rank = (refunded ? 2 : 0) + (o.quantity() == r.quantity() ? 0 : 1);
        if (rank < bestRank) {
          best = o;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /**
   * The returns recorded by hand that count against the units or money the platform's row is
   * refused over, each named with the command that resolves it when the row is the same request
   * (tryout21 Z6 rest: a hand return no row absorbs — another layout, goods vs 仅退款 — made the file
   * refused without a word of it): "; recorded by hand on this order: RT… (…)". Empty when the
   * problem is no total of the order or line, or none was recorded by hand.
   */
  private String handReturns(ReturnProblem p, ReturnRecord r, List<ReturnRecord> orderReturns)
      throws SQLException {
    if (!p.field().equals("quantity") && !p.field().equals("refund_amount")) {
      return "";
    }
    java.util.Set<String> byHand = store.recordedByHand(r.orderId());
    StringBuilder out = new StringBuilder();
    for (ReturnRecord o : orderReturns) {
      if (!byHand.contains(o.returnId()) || !o.counts() || o.returnId().equals(r.returnId())) {
        continue;
      }
      String id = o.returnId();
      // said in zh from i18n/known_messages.txt (reason.hand_return_open, _refunded)
      out.append(
          o.refundedAt() == null
              ? "; recorded by hand on this order: "
                  + id
                  + " (if the platform's row is the same request, close it with `shopops returns"
                  + " update "
                  + id
                  + " --status withdrawn`, then import the file again)"
              : "; recorded by hand on this order and refunded: "
                  + id
                  + " (if the platform's row is the same request, take its refund back with"
                  + " `shopops returns undo-step "
                  + id
                  + " --reason TEXT`, close it with `shopops returns update "
                  + id
                  + " --status withdrawn`, then import the file again)");
    }
    return out.toString();
  }

  /**
   * Whether the layout is a platform's 售后 export whose refunds are paid only through the platform
   * (JD, Taobao/Tmall): a return a 客服 marked refunded by hand is then the refund the platform's row
   * of the same order and line records (tryout21 Z6).
   */
  private boolean paidOnPlatform() {
    return layout != null && (layout.startsWith("jd-") || layout.startsWith("taobao-"));
  }

  private static String money(long minor) {
    return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
  }

  /** {@code r} of {@code quantity} units. */
  private static ReturnRecord withQuantity(ReturnRecord r, int quantity) {
    return r.toBuilder().quantity(quantity).build();
  }

  /**
   * {@code r} without its refusal, of the kind it was stored as: an exchange (换货 / 维修) read again
   * from a row that leaves 服务类型 blank stays an exchange (it was reset to a return, and so owed a
   * refund); a row that names its 服务类型 still says it ({@link #merge}).
   */
  private static ReturnRecord withoutRejection(ReturnRecord r) {
    return r.toBuilder().rejectedAt(null).build();
  }

  /** The row over the stored return: what the row gives wins, what it leaves out is kept. */
  private ReturnRecord merge(ParsedRow row, ReturnRecord before, String sku, OrderFacts order) {
    Long qty = row.number(QUANTITY);
    Long refund = row.number(REFUND);
    Long amount = refund != null ? refund : before == null ? null : before.refundAmount();
    int quantity;
    String kindText = row.text(KIND);
    if (refundOnly(row.text(RETURN_GOODS)) || ReturnKind.noGoods(kindText)) {
      quantity = 0; // 仅退款 / 价保: money back, no goods back
    } else if (qty != null) {
      quantity = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, qty));
    } else if (before != null && before.quantity() > 0) {
      quantity = before.quantity();
    } else {
      quantity = order.unitsRefunded(sku, amount); // no quantity column: read from the refund
    }
    ReturnReason reason =
        ReturnReason.parse(row.text(REASON)).orElse(before == null ? null : before.reason());
    // 审核时间 (audited_at) is when the shop decided: it dates the refusal when the row's status is
    // one (JD 审核不通过), else the approval; an approval stored at that time was that refusal read
    // as an approval by an older shopops, and is taken back (review16 Q1)
    Instant audited = row.instant(AUDITED);
    boolean refused =
        audited != null
            && row.text(STATUS) != null
            && status(row.text(STATUS)).orElse(null) == ReturnStatus.REJECTED;
    Instant approvedBefore = before == null ? null : before.approvedAt();
    if (refused && audited.equals(approvedBefore)) {
      approvedBefore = null;
    }
    Instant approved = row.instant(APPROVED);
    if (approved == null) {
      approved = !refused && audited != null ? audited : approvedBefore;
    }
    Instant rejected = row.instant(REJECTED);
    if (rejected == null) {
      rejected = refused ? audited : before == null ? null : before.rejectedAt();
    }
    return new ReturnRecord(
        row.text(ID),
        row.text(ORDER),
        sku,
        quantity,
        pick(row, REQUESTED, before == null ? null : before.requestedAt()),
        approved,
        rejected,
        pick(row, RECEIVED, before == null ? null : before.receivedAt()),
        pick(row, REFUNDED, before == null ? null : before.refundedAt()),
        reason,
        refund != null ? refund : before == null ? 0 : before.refundAmount(),
        pick(row, WITHDRAWN, before == null ? null : before.withdrawnAt()),
        // 服务类型 (JD customerExpect 退货 10 / 换货 20 / 维修 30): an exchange owes no refund
        ReturnKind.parse(kindText).orElse(before == null ? ReturnKind.RETURN : before.kind()));
  }

  private static final Set<String> NO_GOODS = Set.of("\u5426", "\u4e0d\u9700\u8981", "no", "false");

  /** Whether 是否需要退货 says no goods come back (否, 不需要, no); anything else does not. */
  private static boolean refundOnly(String returnGoods) {
    if (returnGoods == null) {
      return false;
    }
    String v = returnGoods.strip().toLowerCase(java.util.Locale.ROOT);
    return NO_GOODS.contains(v);
  }

  private static Instant pick(ParsedRow row, int field, Instant stored) {
    Instant v = row.instant(field);
    return v != null ? v : stored;
  }

  /**
   * The step a status text (退款状态) names: a word of the layout's {@code status} map (the one
   * vocabulary of its platform), else a code ({@code refunded}); empty if neither. Nothing is read
   * from part of a text.
   */
  private Optional<ReturnStatus> status(String raw) {
    String mapped = statusMap.get(statusKey(raw));
    return ReturnStatus.parse(mapped != null ? mapped : raw);
  }

  /**
   * A status word as the map is looked up: stripped, any case, full-width and ASCII punctuation
   * alike (an export's 买家已经申请退款,等待卖家同意 is the preset's 买家已经申请退款，等待卖家同意).
   */
  private static String statusKey(String word) {
    return Normalizer.normalize(word.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private void statusWord(String word, String code) {
    statusMap.put(statusKey(word), code);
    statusWords.add(word.strip());
  }

  /** The words the layout knows, sorted, for the message that refuses one it does not. */
  private String knownWords() {
    return String.join(", ", statusWords);
  }

  /**
   * A status word (退款状态) further along than the step times show sets that step, dated by the finish
   * time when it is not earlier than the current step, else by the import's clock (never before the
   * current step), with an anomaly naming the step and the time: the step was decided after the
   * row's latest time, at the latest when the file was read, so a refund the row does not date
   * counts as late rather than as paid the minute the goods arrived (review15 P1). A status word
   * never moves a return back. Withdrawn (退款关闭) closes a return that is requested or approved;
   * after a refusal, receipt or refund it is left alone (a refused request also ends as 退款关闭 on
   * Taobao once the buyer gives up: it stays refused).
   */
  private ReturnRecord applyStatus(ReturnRecord r, ParsedRow row) throws SQLException {
    String raw = row.text(STATUS);
    if (raw == null) {
      return r;
    }
    if (timesDecide(raw)) {
      return finishedWithoutRefund(r, row, raw.strip());
    }
    Optional<ReturnStatus> word = status(raw);
    if (word.isEmpty() || r.requestedAt() == null) {
      return r;
    }
    if (word.get() == ReturnStatus.WITHDRAWN
        ? !r.status().isOpen() || r.status() == ReturnStatus.RECEIVED
        : rank(word.get()) <= rank(r.status())) {
      return r;
    }
    Instant current = r.at(r.status());
    Instant finished = row.instant(FINISHED);
    if (finished != null && (current == null || !finished.isBefore(current))) {
      return r.withStep(word.get(), finished);
    }
    if (finished != null) {
      ReturnRecord pulled = pulledBack(r, finished, row);
      if (pulled != null) {
        return pulled.withStep(word.get(), finished);
      }
    }
    Instant at = current != null && clock.isBefore(current) ? current : clock;
    String step = word.get().code();
    rejects.anomaly(
        row,
        r.returnId(),
        "step-dated-by-import",
        Problem.of(
            "reason.step_dated_by_import",
            step,
            IMPORT_TIME.format(at.atZone(zone)),
            step + "_at"));
    return r.withStep(word.get(), at);
  }

  /**
   * JD's 完成 (服务单环节 50) ends a service request whatever came of it: a refund (the row's 退款时间 makes
   * it refunded), an exchange (换良, 返修换新, 线下换新), a repair (维修), the goods sent back as they were
   * (原返) or a forced close (强制关单) — JD's after-sale API, 处理结果 {@code processResult}. A return still
   * open when JD says the service is finished is closed without a refund ({@code withdrawn}): it is
   * not open or overdue, and no refund is invented. It is dated by the finish time (完成时间) when the
   * file has one, else by the latest time the row gives (no deadline of the shop runs on this
   * step), with an anomaly saying what was assumed. A received return is closed too (an exchange or
   * repair after the goods came back). A return refunded, refused or already closed is left as its
   * times say.
   */
  private ReturnRecord finishedWithoutRefund(ReturnRecord r, ParsedRow row, String word) {
    if (r.requestedAt() == null || !r.status().isOpen()) {
      return r;
    }
    Instant latest = r.requestedAt();
    for (ReturnStatus s : List.of(ReturnStatus.APPROVED, ReturnStatus.RECEIVED)) {
      Instant t = r.at(s);
      if (t != null && t.isAfter(latest)) {
        latest = t;
      }
    }
    Instant finished = row.instant(FINISHED);
    boolean byFinish = finished != null && !finished.isBefore(latest);
    Instant at = byFinish ? finished : latest;
    rejects.anomaly(
        row,
        r.returnId(),
        "finished-without-refund",
        r.refundAmount() > 0
            ? Problem.of(
                byFinish
                    ? "reason.finished_without_refund_amount"
                    : "reason.finished_without_refund_amount_latest",
                word,
                IMPORT_TIME.format(at.atZone(zone)),
                java.math.BigDecimal.valueOf(r.refundAmount(), 2).toPlainString())
            : Problem.of(
                byFinish
                    ? "reason.finished_without_refund"
                    : "reason.finished_without_refund_latest",
                word,
                IMPORT_TIME.format(at.atZone(zone))));
    return r.withStep(ReturnStatus.WITHDRAWN, at);
  }

  /**
   * The return with every step later than the file's finish time moved back to it, when each such
   * step was dated by an earlier import's clock (no file gave its time): the file's real time wins
   * over an import's clock, and a step dated by an import is never left after the refund that ended
   * it (tr13_a then tr13_b stores what tr13_b alone does, review16 Q2). Null if a step later than
   * the finish time was dated by a file or by hand: then the finish time cannot be placed.
   */
  private ReturnRecord pulledBack(ReturnRecord r, Instant finished, ParsedRow row)
      throws SQLException {
    Set<Long> clocks = store.importDatedClocks(r.returnId());
    ReturnRecord out = r;
    List<String> moved = new ArrayList<>();
    for (ReturnStatus step : ReturnStatus.values()) {
      Instant t = r.at(step);
      if (t == null || !t.isAfter(finished)) {
        continue;
      }
      if (!clocks.contains(t.getEpochSecond())) {
        return null;
      }
      out = out.withStep(step, finished);
      moved.add(step.code() + " (" + IMPORT_TIME.format(t.atZone(zone)) + ")");
    }
    rejects.anomaly(
        row,
        r.returnId(),
        "step-moved-back",
        Problem.of(
            "reason.step_moved_back",
            String.join(", ", moved),
            IMPORT_TIME.format(finished.atZone(zone))));
    return out;
  }

  /**
   * Names the steps a 客服 recorded by hand that this file dates otherwise (review20 X9): the fields
   * take the file's times and {@code returns show} marks the hand step replaced, beside the file's
   * time as {@code (import)}; the import says which it moved, old → new, and who recorded them.
   * Reads the return's recorded steps only when a step's time changed.
   */
  private void redatedHandSteps(ParsedRow row, ReturnRecord before, ReturnRecord r)
      throws SQLException {
    Set<ReturnStatus> moved = java.util.EnumSet.noneOf(ReturnStatus.class);
    for (ReturnStatus step : ReturnStatus.values()) {
      Instant was = before.at(step);
      if (was != null && r.at(step) != null && !was.equals(r.at(step))) {
        moved.add(step);
      }
    }
    if (moved.isEmpty()) {
      return;
    }
    List<String> said = new ArrayList<>();
    for (ReturnStore.Event e : store.events(r.returnId())) {
      Optional<ReturnStatus> step = ReturnStatus.parse(e.status());
      if (step.isPresent() && moved.contains(step.get()) && e.at().equals(before.at(step.get()))) {
        said.add(
            step.get().code()
                + " "
                + IMPORT_TIME.format(e.at().atZone(zone))
                + (e.agent() == null ? "" : " (" + e.agent() + ")")
                + " → "
                + IMPORT_TIME.format(r.at(step.get()).atZone(zone)));
      }
    }
    if (!said.isEmpty()) {
      rejects.anomaly(
          row,
          r.returnId(),
          "hand-step-redated",
          Problem.of("reason.hand_steps_redated", String.join(", ", said)));
    }
  }

  /**
   * Whether the layout knows this word and gives it no step (an empty meaning: JD's 完成 ends a
   * service request whatever came of it): the row's times say where it stands, and a return they
   * leave open is closed without a refund ({@link #finishedWithoutRefund}).
   */
  private boolean timesDecide(String raw) {
    String mapped = statusMap.get(statusKey(raw));
    return mapped != null && mapped.isEmpty();
  }

  private static final java.time.format.DateTimeFormatter IMPORT_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static int rank(ReturnStatus s) {
    return switch (s) {
      case REQUESTED -> 0;
      case APPROVED, REJECTED -> 1;
      case RECEIVED -> 2;
      case REFUNDED, WITHDRAWN -> 3;
    };
  }

  private void reject(ParsedRow row, String field, String message) {
    rejects.reject(List.of(row), match.error(file, row.line(), field, message));
  }

  private void reject(ParsedRow row, String field, Problem problem) {
    rejects.reject(List.of(row), match.error(file, row.line(), field, problem));
  }

  @Override
  public Outcome finish() throws SQLException {
    acceptPending();
    store.endImport();
    return new Outcome(inserted, updated, unchanged, inserted + updated + unchanged, 0);
  }
}
