package com.shopops.cli;

import static com.shopops.text.Grouping.money;

import com.shopops.app.orders.OrderDetail;
import com.shopops.domain.order.Order;
import com.shopops.render.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes under the head of `orders show`: how the total comes about, lines that do not add up to
 * the amount and a presale's deposit (its refunds: {@link OrderRefundsTable}).
 */
final class OrderShowNotes {
  private OrderShowNotes() {}

  static List<String> of(OrderDetail detail, Messages m, ZoneId zone, String db) {
    List<String> notes = new ArrayList<>();
    totalNote(detail.order(), m).ifPresent(notes::add);
    Long lines = detail.order().linesAmount();
    if (lines != null
        && detail.order().amount() != null
        && lines != (long) detail.order().amount()) {
      // the lines shown, not the amount, as what they add up to (tryout21 Z4)
      notes.add( // the command with the store in use (tryout30a A5)
          m.get(
              "note.order_lines_not_amount",
              money(lines),
              money(detail.order().amount()),
              com.shopops.app.imports.ImportAgain.shopops(db)));
    }
    Order o = detail.order();
    if (o.depositPaidAt() != null) {
      // a presale paid in stages: the deposit's time, and what paid_at is (tryout22a A10)
      String deposit = shown(o.depositPaidAt(), zone);
      notes.add(
          o.paidAt() == null
              ? m.get("note.order_deposit_only", deposit)
              : detail.paidHeld() != null
                  // held to a removed parcel: named as such, never as the outbound (tryout25a A2)
                  ? m.get(
                      "note.order_paid_held_removed",
                      deposit,
                      shown(o.paidAt(), zone),
                      detail.paidHeld().parcel())
                  : paidInStages(o, detail, deposit, m, zone, db));
    }
    for (String said : detail.paidLowered()) {
      // tryout23b A1: the total kept and the rest held refunded, said as the import said it
      notes.add(m.get("note.order_paid_lowered", ErrorText.stored(m, said)));
    }
    // what it has been refunded: the refunds block (OrderRefundsTable; tryout24b A8)
    return notes;
  }

  /**
   * What this presale's paid_at is, not the rule (tryout24a A6): when the balance was first seen
   * paid, or the earlier event of the order's it is held to (its first outbound, naming the parcel;
   * its receipt; its close), with the time seen paid when the store kept it.
   */
  private static String paidInStages(
      Order o, OrderDetail detail, String deposit, Messages m, ZoneId zone, String db) {
    java.time.Instant seen = detail.paidSeenAt();
    java.time.Instant paid = o.paidAt();
    String event = null;
    if (paid.equals(o.completedAt())) {
      event = m.get("note.order_paid_by_receipt");
    } else if (paid.equals(o.cancelledAt())) {
      event = m.get("note.order_paid_by_close");
    } else if (paid.equals(o.shippedAt()) && o.trackingNo() != null) {
      event = m.get("note.order_paid_by_parcel", o.trackingNo());
    } else if (paid.equals(o.shippedAt()) || paid.equals(o.deliveredAt())) {
      event = m.get("note.order_paid_by_outbound");
    }
    if (seen != null && paid.isBefore(seen)) {
      return m.get(
          "note.order_paid_capped",
          deposit,
          shown(paid, zone),
          shown(seen, zone),
          event != null ? event : m.get("note.order_paid_by_outbound"));
    }
    if (event != null && !detail.paidUnseen().none()) {
      // at a parcel still there: a removal would hold it, so its file first (tryout26a A3)
      return m.get(
          "note.order_paid_capped_unseen_parcel",
          deposit,
          shown(paid, zone),
          event,
          OldReadingsText.files(m, detail.paidUnseen(), zone, db));
    }
    return event == null
        ? m.get("note.order_paid_in_stages", deposit, shown(paid, zone))
        : m.get("note.order_paid_capped_unseen", deposit, shown(paid, zone), event);
  }

  private static String shown(java.time.Instant t, java.time.ZoneId zone) {
    return com.shopops.domain.ShownTime.of(t, zone);
  }

  /**
   * How the total comes about when the export stated an order-level discount or the total holds
   * more than goods and shipping (review R20): total = amount − discount + shipping_fee + other
   * charges (a Shopify Total's taxes and duties, which the store does not itemise).
   */
  private static java.util.Optional<String> totalNote(Order o, com.shopops.render.Messages m) {
    if (o.discount() != null
        && o.discount() > 0
        && com.shopops.domain.order.OrderDiscount.readFromLines(o.source())) {
      // a Tmall 满减: the lines list the goods before it, as every source's amount (X5, Z12)
      return java.util.Optional.of(
          m.get(
              "note.order_goods_discount",
              money(o.amount()),
              money(o.discount()),
              money(com.shopops.domain.order.OrderDiscount.goodsPaid(o.amount(), o.discount()))));
    }
    if (o.discount() != null
        && o.discount() < 0
        && com.shopops.domain.order.OrderDiscount.readFromLines(o.source())) {
      // a 改价加价 above the lines: a negative discount (tryout23b A14)
      return java.util.Optional.of(
          m.get(
              "note.order_goods_raised",
              money(o.amount()),
              money(-o.discount()),
              money(com.shopops.domain.order.OrderDiscount.goodsPaid(o.amount(), o.discount()))));
    }
    Long other = o.otherCharges();
    if (other == null || (o.discount() == 0 && other == 0)) {
      return java.util.Optional.empty();
    }
    // other charges named only when there are some: a JD or generic export with a discount has no
    // taxes, perhaps no total at all (tryout22b B8)
    return java.util.Optional.of(
        m.get(
            other == 0 ? "note.order_total_parts_no_other" : "note.order_total_parts",
            money(o.total()),
            money(o.amount()),
            money(o.discount()),
            o.discountCode() == null ? "" : " (" + o.discountCode() + ")",
            money(o.shippingFee() == null ? 0 : o.shippingFee()),
            money(other)));
  }
}
