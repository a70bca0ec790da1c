package com.shopops.cli;

import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaItems;
import com.shopops.app.sla.SlaListing;
import com.shopops.app.sla.SlaOrder;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.domain.sla.DeliveryStatus;
import com.shopops.domain.sla.Hours;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.render.Column;
import com.shopops.render.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sla commands' results as tables: the order listings and the report. */
final class SlaTables {
  private SlaTables() {}

  static String code(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A listing's orders ({@link #orders}) with its notes: paid times inferred from a status, and the
   * cash-on-delivery orders timed from their order time; the columns sku and quantity when {@code
   * items} are given (--columns, review19 V14).
   */
  static Table listing(SlaListing l, boolean late, boolean withLimit, Map<String, SlaItems> items) {
    Table t =
        inferredNote(orders(l.rows(), late, withLimit, items), l.inferredPaid(), l.inferredUsed());
    return fromOrderTimeNote(t, l.fromOrderTime());
  }

  /**
   * Orders of a listing: {@code late} shows hours late (else hours left), {@code withLimit} the
   * hard limit beside the deadline. The column {@code paid_at} is when the ship-by clock starts (a
   * cash-on-delivery order's order time, review14 N7): so it is headed in a table ("clock starts",
   * 计时起点), while csv and json keep the name scripts read.
   */
  /** Whether --columns asks for an order's items (sku, quantity), which are read only then. */
  static boolean asksItems(List<String> columns) {
    return columns != null && (columns.contains("sku") || columns.contains("quantity"));
  }

  static Table orders(
      List<SlaOrder> rows, boolean late, boolean withLimit, Map<String, SlaItems> items) {
    List<Column> cols =
        new ArrayList<>(
            List.of(
                Column.text("order_id"),
                Column.text("customer_id"),
                Column.timestamp("paid_at").labelled("clock_starts"),
                Column.timestamp("ship_by")));
    if (withLimit) {
      cols.add(Column.timestamp("ship_limit"));
    }
    cols.addAll(
        List.of(
            Column.timestamp("shipped_at"),
            Column.decimal(late ? "hours_late" : "hours_left"),
            Column.text("carrier"),
            Column.text("province"),
            Column.text("status")));
    if (items != null) {
      cols.add(Column.text("sku"));
      cols.add(Column.integer("quantity"));
    }
    Table t =
        new Table(cols)
            .defaultColumns(
                "order_id", "ship_by", late ? "hours_late" : "hours_left", "carrier", "status");
    for (SlaOrder o : rows) {
      Duration margin = o.sla().shipMargin();
      List<Object> cells = new ArrayList<>();
      cells.add(o.orderId());
      cells.add(o.customerId());
      cells.add(o.sla().order().paidAt());
      cells.add(o.sla().shipBy().deadline());
      if (withLimit) {
        cells.add(o.sla().shipBy().hardLimit());
      }
      cells.add(o.sla().shippedAt());
      cells.add(margin == null ? null : Hours.of(late ? margin.negated() : margin));
      cells.add(o.sla().order().carrier());
      cells.add(o.sla().order().province());
      cells.add(code(o.status()));
      if (items != null) {
        SlaItems i = items.getOrDefault(o.orderId(), new SlaItems(null, null));
        cells.add(i.skus());
        cells.add(i.units());
      }
      t.addRow(cells.toArray());
    }
    return t;
  }

  /** The report: one row per group, then the total, with notes on what the rates leave out. */
  static Table report(SlaReportResult r, Instant asOf, ZoneId zone) {
    List<Column> cols = new ArrayList<>();
    cols.add(Column.text(r.by().code()));
    cols.add(Column.integer("orders"));
    for (ShippingStatus s : ShippingStatus.values()) {
      cols.add(Column.integer(code(s)));
    }
    cols.add(Column.rate("on_time_ship_rate"));
    cols.add(Column.rate("breach_rate"));
    cols.add(Column.decimal("median_hours_to_ship"));
    cols.add(Column.decimal("p90_hours_to_ship"));
    for (DeliveryStatus d : DeliveryStatus.values()) {
      if (d != DeliveryStatus.NOT_SHIPPED) {
        cols.add(Column.integer(code(d)));
      }
    }
    cols.add(Column.rate("delivery_on_time_rate"));
    cols.add(Column.decimal("median_hours_to_deliver"));
    cols.add(Column.decimal("p90_hours_to_deliver"));
    Table t = new Table(cols);
    // what fits 80 columns (review7 G1); --wide or csv/json give every column
    t.defaultColumns(
        r.by().code(), "orders", "on_time_ship_rate", "breach_rate", "delivery_on_time_rate");
    for (SlaReportResult.Group g : r.groups()) {
      // no carrier/province: "(none)" in the table, empty in csv and null in JSON (review12 L18)
      addFigures(t, g.key().equals(SlaReportResult.NONE) ? Table.NONE : g.key(), g.figures());
    }
    addFigures(t, "total", r.total());
    notes(t, r, asOf, zone);
    return t;
  }

  private static void addFigures(Table t, Object key, SlaFigures f) {
    List<Object> cells = new ArrayList<>();
    cells.add(key);
    cells.add(f.orders());
    for (ShippingStatus s : ShippingStatus.values()) {
      cells.add(f.count(s));
    }
    cells.add(f.onTimeShipRate());
    cells.add(f.breachRate());
    cells.add(f.medianHoursToShip());
    cells.add(f.p90HoursToShip());
    for (DeliveryStatus d : DeliveryStatus.values()) {
      if (d != DeliveryStatus.NOT_SHIPPED) {
        cells.add(f.count(d));
      }
    }
    cells.add(f.deliveryOnTimeRate());
    cells.add(f.medianHoursToDeliver());
    cells.add(f.p90HoursToDeliver());
    t.addRow(cells.toArray());
  }

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

  private static void notes(Table t, SlaReportResult r, Instant asOf, ZoneId zone) {
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
    long notPaid = all.count(ShippingStatus.NOT_PAID);
    if (notPaid > 0) {
      t.addNote(
          notPaid
              + " without a paid time (as of --now): not on the shipping clock"
              + " (column not_paid)");
    }
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
            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(asOf.atZone(zone))
            + "; rates are fractions of the orders they can judge"
            + " (docs/sla.md)");
  }
}
