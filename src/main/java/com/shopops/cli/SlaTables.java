package com.shopops.cli;

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
        SlaReportNotes.inferredNote(
            orders(l.rows(), late, withLimit, items), l.inferredPaid(), l.inferredUsed());
    SlaReportNotes.fromOrderTimeNote(t, l.fromOrderTime());
    if (items != null) {
      long none =
          l.rows().stream()
              .map(o -> items.get(o.orderId()))
              .filter(i -> i == null || i.skus() == null && i.units() == null)
              .count();
      if (none > 0) {
        // a Taobao/Tmall 订单报表 alone has no lines (tryout20 Y10): say where they come from
        t.addNote(
            none
                + (none == 1 ? " order has" : " orders have")
                + " no line items: sku and quantity are empty; a Taobao/Tmall order's come from"
                + " its items file (宝贝报表, ExportOrderDetailList)");
      }
    }
    return t;
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
    SlaReportNotes.addTo(t, r, asOf, zone);
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
}
