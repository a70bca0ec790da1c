package com.shopops.cli;

import com.shopops.app.customers.Segmentation;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.PyramidLayerSummary;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.SegmentSummaryRow;
import com.shopops.domain.customers.TierStanding;
import com.shopops.render.Column;
import com.shopops.render.Messages;
import com.shopops.render.Table;
import java.time.Instant;
import java.util.function.Consumer;

/** The tables of `customers segment`, one per method, per customer or as a summary. */
final class CustomersSegmentTables {
  private CustomersSegmentTables() {}

  static Table rfm(
      Segmentation.Rfm r, Instant asOf, boolean summary, Messages m, Consumer<String> info) {
    Table t;
    if (summary) {
      t =
          new Table(
                  Column.text("segment"),
                  Column.integer("customers"),
                  Column.rate("share"),
                  Column.integer("orders"),
                  Column.money("revenue"),
                  Column.rate("revenue_share"),
                  Column.money("average_order_value"),
                  Column.decimal("avg_r"),
                  Column.decimal("avg_f"),
                  Column.decimal("avg_m"))
              .defaultColumns(
                  "segment", "customers", "share", "orders", "revenue", "revenue_share");
      for (SegmentSummaryRow s : r.summary()) {
        t.addRow(
            s.segment(),
            s.customers(),
            s.share(),
            s.orders(),
            s.revenue(),
            s.revenueShare(),
            s.averageOrderValue(),
            s.averageR(),
            s.averageF(),
            s.averageM());
      }
      CustomersSegmentThresholds.lines(r.thresholds(), m).forEach(info);
    } else {
      t =
          new Table(
              Column.text("customer_id"),
              Column.integer("recency_days"),
              Column.integer("orders"),
              Column.money("monetary"),
              Column.integer("r"),
              Column.integer("f"),
              Column.integer("m"),
              Column.text("segment"));
      for (RfmScore s : r.scores()) {
        t.addRow(
            s.customerId(),
            s.recencyDays(),
            s.orders(),
            s.monetary(),
            s.r(),
            s.f(),
            s.m(),
            s.segment());
      }
    }
    if (!r.unreachable().isEmpty()) {
      t.addNote(
          "the segment table in force never reaches "
              + String.join(", ", r.unreachable())
              + " (earlier rows take all its scores; first match wins). Reorder it with"
              + " `shopops config set customers.segments ...`");
    }
    if (r.noBuyers()) {
      t.addNote("no paid orders up to " + asOf + "; nothing to score");
    }
    return t;
  }

  static Table tiers(Segmentation.Tiers r, boolean summary) {
    if (summary) {
      Table t =
          new Table(
              Column.text("tier"),
              Column.integer("from_growth"),
              Column.integer("customers"),
              Column.rate("share"));
      r.summary().forEach(c -> t.addRow(c.name(), c.from(), c.customers(), c.share()));
      return t;
    }
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.money("spend"),
            Column.integer("orders"),
            Column.integer("reviews"),
            Column.integer("growth"),
            Column.text("tier"),
            Column.text("next_tier"),
            Column.integer("growth_to_next"));
    for (Segmentation.TierRow row : r.rows()) {
      TierStanding s = row.standing();
      t.addRow(
          s.customerId(),
          row.spend(),
          row.orders(),
          row.reviews(),
          s.growth(),
          s.tier(),
          s.nextTier(),
          s.nextTier() == null ? null : s.growthToNext());
    }
    return t;
  }

  static Table lifecycle(Segmentation.Lifecycle r, boolean summary) {
    if (summary) {
      Table t = new Table(Column.text("stage"), Column.integer("customers"), Column.rate("share"));
      r.summary().forEach(c -> t.addRow(c.name(), c.customers(), c.share()));
      return t;
    }
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("stage"),
            Column.integer("orders"),
            Column.date("last_order"),
            Column.integer("days_silent"),
            Column.decimal("median_gap_days"),
            Column.decimal("lapsing_after_days"));
    for (LifecycleStanding s : r.rows()) {
      t.addRow(
          s.customerId(),
          s.shown(),
          s.orders(),
          s.lastPurchaseDay(),
          s.daysSilent(),
          s.medianGapDays(),
          s.lapseAfterDays());
    }
    LifecyclePolicy policy = r.policy();
    t.addNote(
        "lifecycle: churned after "
            + policy.churnAfterDays()
            + " days silent; lapsing"
            + " after "
            + policy.lapseFactor().toPlainString()
            + "× the median gap (at least "
            + policy.lapseMinDays()
            + " days; "
            + policy.singleDayLapseDays()
            + " for one-day buyers)");
    return t;
  }

  static Table pyramid(Segmentation.Pyramid r, boolean summary) {
    if (summary) {
      Table t =
          new Table(
              Column.text("layer"),
              Column.integer("customers"),
              Column.money("spend"),
              Column.rate("spend_share"),
              Column.money("min_spend"),
              Column.money("max_spend"));
      for (PyramidLayerSummary l : r.summary()) {
        t.addRow(l.layer(), l.customers(), l.spend(), l.spendShare(), l.minSpend(), l.maxSpend());
      }
      if (r.regionIgnored()) {
        t.addNote("--region does not apply to the pyramid summary (layers are shop-wide)");
      }
      return t;
    }
    Table t =
        new Table(
            Column.text("customer_id"),
            Column.text("layer"),
            Column.money("spend"),
            Column.integer("rank"));
    r.members().forEach(m -> t.addRow(m.customerId(), m.layer(), m.spend(), m.rank()));
    return t;
  }
}
