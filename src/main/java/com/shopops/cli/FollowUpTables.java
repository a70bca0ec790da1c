package com.shopops.cli;

import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.render.Column;
import com.shopops.render.Table;
import java.util.List;

/** The follow-up log as a table: {@code followup list} and the log of {@code customers show}. */
final class FollowUpTables {
  private FollowUpTables() {}

  /** Entries latest first (the log is given oldest first). */
  static Table log(List<FollowUpEntry> log) {
    Table t =
        new Table(
            Column.integer("id"),
            Column.timestamp("created_at").labelled("followup_created_at"),
            Column.text("customer_id"),
            Column.text("order_id"),
            Column.text("channel"),
            Column.text("agent"),
            Column.text("outcome"),
            Column.text("note"),
            Column.timestamp("next_at"),
            Column.integer("corrects"));
    // what fits 80 columns; --wide or csv/json give every column
    t.defaultColumns("id", "created_at", "customer_id", "channel", "outcome", "note");
    for (int i = log.size() - 1; i >= 0; i--) { // latest first
      FollowUpEntry e = log.get(i);
      t.addRow(
          e.id(),
          e.createdAt(),
          e.customerId(),
          e.orderId(),
          e.channel(),
          e.agent(),
          e.outcome(),
          e.note(),
          e.nextAt(),
          e.corrects());
    }
    return t;
  }
}
