package com.shopops.cli;

import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.domain.ShownTime;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.render.Table;
import java.time.Instant;
import java.time.ZoneId;

/** The notes under {@code sla report}'s table: what its rates leave out, and why. */
final class SlaReportNotes {
  private SlaReportNotes() {}

  /**
   * The note on paid times inferred from a status that says paid (no paid time in the export):
   * whether the ship-by clock started from them ({@code sla.infer_paid_at}).
   */
  static Table inferredNote(Table t, long inferred, boolean used) {
    if (inferred > 0) {
      t.addNote(
          inferred
              + (inferred == 1 ? " order has a paid time" : " orders have paid times")
              + " inferred from a status that says paid (none in the export): "
              + (used
                  ? "the ship-by clock starts there (sla.infer_paid_at)"
                  : "not on the shipping clock; `shopops config set sla.infer_paid_at true` starts it"
                      + " there"));
    }
    return t;
  }

  /**
   * The note on cash-on-delivery orders (货到付款) whose ship-by clock started at their order time:
   * their paid_at (clock starts) is that time, not a payment (review14 N7).
   */
  static Table fromOrderTimeNote(Table t, long orders) {
    if (orders > 0) {
      t.addNote(
          "cash-on-delivery orders timed from order time ("
              + orders
              + (orders == 1 ? " order)" : " orders)"));
    }
    return t;
  }

  static void addTo(Table t, SlaReportResult r, Instant asOf, ZoneId zone) {
    inferredNote(t, r.inferredPaid(), r.inferredUsed());
    fromOrderTimeNote(t, r.fromOrderTime());
    SlaFigures all = r.total();
    r.shadowedRules().forEach(t::addNote);
    long excluded = all.count(ShippingStatus.EXCLUDED) - r.presaleWithoutDate();
    if (r.presaleWithoutDate() > 0) {
      t.addNote(
          r.presaleWithoutDate()
              + " presale (预售) without a promised ship date: not rated against paid + the"
              + " promise, left out of every rate (column excluded); a shipments file's"
              + " promised ship date (预售发货时间) rates it");
    }
    if (excluded > 0) {
      t.addNote(
          excluded
              + " cancelled or refunded before shipping: out of scope, left out of"
              + " every rate (column excluded)");
    }
    if (r.refundedAfterDeadline() > 0) {
      t.addNote(
          r.refundedAfterDeadline()
              + " of them refunded in full before shipping after the ship-by deadline had passed:"
              + " no shipment owed any more, taken off the ship-by figures although late by then");
    }
    long notPaid = all.count(ShippingStatus.NOT_PAID) - r.balanceUnpaid();
    if (r.balanceUnpaid() > 0) {
      t.addNote(
          r.balanceUnpaid()
              + " presale (预售) with only the deposit (定金) paid: not on the shipping clock until the"
              + " balance (尾款) is paid (column not_paid)");
    }
    if (notPaid > 0) {
      t.addNote(
          notPaid
              + " without a paid time (as of --now): not on the shipping clock"
              + " (column not_paid)");
    }
    r.timelessNotes().forEach(t::addNote); // orders with no time at all (generic25)
    long unknown = all.count(ShippingStatus.SHIPPED_TIME_UNKNOWN);
    if (unknown > 0) {
      t.addNote(
          unknown
              + " shipped without a shipped time (e.g. Taobao/JD order reports): out of"
              + " the on-time rate; `shopops import shipments` gives them one");
    }
    if (r.noPromise() > 0) {
      t.addNote(
          r.noPromise()
              + (r.noPromise() == 1 ? " Taobao/Tmall delivery" : " Taobao/Tmall deliveries")
              + " without a delivery promise (column delivered_no_promise): 211 is JD's promise,"
              + " not Taobao/Tmall's; a shipments file's estimated delivery (预计送达时间) gives"
              + " one");
    }
    if (r.noShopPromise() > 0) {
      t.addNote(SlaReportResult.noShopPromiseNote(r.noShopPromise()));
    }
    if (r.otherCarrier() > 0) {
      t.addNote(
          r.otherCarrier()
              + (r.otherCarrier() == 1 ? " JD delivery" : " JD deliveries")
              + " by another carrier than JD's own without a delivery promise (column"
              + " delivered_no_promise): 211 is 京东物流's promise; set your own with"
              + " `shopops config set sla.deliver_within_days.jd 3`, or a shipments file's"
              + " estimated delivery (预计送达时间) gives one");
    }
    if (r.judgedBy211() > 0) {
      t.addNote(
          r.judgedBy211()
              + (r.judgedBy211() == 1 ? " delivery" : " deliveries")
              + " judged against the 211 rule: no promised delivery imported (an export's estimated"
              + " delivery gives one; Olist: `shopops import shipments orders.csv --map"
              + " olist-shipments`)");
    }
    long noProvince =
        r.by() != SlaGrouping.PROVINCE
            ? 0
            : r.groups().stream()
                .filter(g -> g.key().equals(SlaReportResult.NONE))
                .mapToLong(g -> g.figures().orders())
                .sum();
    if (noProvince > 0) {
      t.addNote(
          noProvince
              + (noProvince == 1 ? " order" : " orders")
              + " without a province (row (none)): the per-province deadline"
              + " (sla.ship_within_by_province) does not apply to them (Olist: `shopops import"
              + " customers customers.csv` gives each order its buyer's state)");
    }
    if (r.by() == SlaGrouping.SKU) {
      t.addNote("an order with several SKUs counts under each of them; the total counts it once");
    }
    t.addNote(
        "as of "
            + ShownTime.of(asOf, zone)
            + "; rates are fractions of the orders they can judge"
            + " (docs/sla.md)");
  }
}
