package com.shopops.cli;

import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.DelayedOrder;
import com.shopops.domain.lists.DeliveredOrder;
import com.shopops.domain.lists.FollowUpRows;
import com.shopops.domain.lists.PendingReturn;
import com.shopops.render.Column;
import com.shopops.render.Table;
import java.util.List;

/** The table of each follow-up list kind, in the list's language, phones as the options say. */
final class FollowUpListTables {
  private final ExportListOptions list;
  private final String lang;

  FollowUpListTables(ExportListOptions list, String lang) {
    this.list = list;
    this.lang = lang;
  }

  Table winback(List<FollowUpRows.Winback> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("segment"),
            Column.text("tier"),
            Column.text("lifecycle"),
            Column.date("last_order"),
            Column.integer("days_since_last_order"),
            Column.integer("usual_gap_days"),
            Column.text("reason"),
            Column.text("offer"),
            Column.text("offer_code"));
    // what fits 80 columns (review7 G1); --wide or csv/json give every column
    t.defaultColumns("customer_id", "name", "phone", "last_order", "reason");
    for (FollowUpRows.Winback r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          c.segment(),
          c.tier(),
          c.lifecycle(),
          r.lastOrder(),
          r.daysSinceLastOrder(),
          r.usualGapDays(),
          ListReasons.text(r.reason(), c, lang),
          r.offer().text().in(lang),
          r.offer().code());
    }
    return t;
  }

  Table delay(List<FollowUpRows.Delay> rows) {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("status"),
            Column.timestamp("ship_by"),
            Column.decimal("hours_late"),
            Column.decimal("hours_left"),
            Column.text("message"));
    // what fits 80 columns (a 19-digit order id, a masked phone); --wide or csv/json: every column
    t.defaultColumns("order_id", "name", "phone", "status", "hours_late", "hours_left");
    for (FollowUpRows.Delay r : rows) {
      DelayedOrder o = r.order();
      boolean late = o.status() == DelayedOrder.Status.OVERDUE;
      t.addRow(
          o.orderId(),
          o.customerId(),
          o.customerName(),
          list.phone(o.phone()),
          late ? "overdue" : "at_risk",
          o.shipBy(),
          late ? r.hours() : null,
          late ? null : r.hours(),
          r.message().in(lang));
    }
    return t;
  }

  Table returns(List<FollowUpRows.Return> rows) {
    Table t =
        new Table(
            Column.text("return_id"),
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("waiting_for"),
            Column.timestamp("waiting_since"),
            Column.integer("hours_waiting"),
            Column.bool("refund_overdue"),
            Column.money("refund_amount"),
            Column.text("message"));
    t.defaultColumns("return_id", "name", "phone", "waiting_for", "hours_waiting", "refund_amount");
    for (FollowUpRows.Return r : rows) {
      PendingReturn p = r.ret();
      t.addRow(
          p.returnId(),
          p.orderId(),
          p.customerId(),
          p.customerName(),
          list.phone(p.phone()),
          p.waiting().code(),
          p.waitingSince(),
          r.hoursWaiting(),
          p.refundOverdue(),
          p.refundAmount() > 0 ? p.refundAmount() : null,
          r.message().in(lang));
    }
    return t;
  }

  Table satisfaction(List<FollowUpRows.Satisfaction> rows) {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.timestamp("delivered_at"),
            Column.text("message"));
    t.defaultColumns("order_id", "name", "phone", "delivered_at", "message");
    for (FollowUpRows.Satisfaction r : rows) {
      DeliveredOrder o = r.order();
      t.addRow(
          o.orderId(),
          o.customerId(),
          o.customerName(),
          list.phone(o.phone()),
          o.deliveredAt(),
          r.message().in(lang));
    }
    return t;
  }

  Table anniversary(List<FollowUpRows.Anniversary> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("month"),
            Column.text("years"),
            Column.text("bought"),
            Column.text("reason"),
            Column.text("offer"),
            Column.text("offer_code"));
    t.defaultColumns("customer_id", "name", "phone", "month", "years", "reason");
    for (FollowUpRows.Anniversary r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          r.month().toString(),
          String.join(" ", r.years().stream().map(String::valueOf).toList()),
          String.join("; ", r.bought()),
          r.reason().in(lang),
          r.offer().text().in(lang),
          r.offer().code());
    }
    return t;
  }

  Table vip(List<FollowUpRows.Vip> rows) {
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("name"),
            Column.text("phone"),
            Column.text("email"),
            Column.text("tier"),
            Column.text("segment"),
            Column.date("last_contact"),
            Column.integer("days_since_contact"),
            Column.text("reason"));
    t.defaultColumns("customer_id", "name", "phone", "tier", "days_since_contact", "reason");
    for (FollowUpRows.Vip r : rows) {
      Candidate c = r.customer();
      t.addRow(
          c.customerId(),
          c.name(),
          list.phone(c.phone()),
          c.email(),
          c.tier(),
          c.segment(),
          r.lastContact(),
          r.daysSinceContact(),
          r.reason().in(lang));
    }
    return t;
  }
}
