package com.shopops.cli;

import static com.shopops.cli.ErrorText.known;

import java.util.List;

/**
 * {@link ErrorText}'s patterns for the notes printed under a table (sla, returns, metrics,
 * customers, score): each a regular expression and the key of its message.
 */
final class NoteText {
  private NoteText() {}

  static final List<ErrorText.Known> KNOWN =
      List.of(
          known(
              "(\\d+) cancelled or refunded before shipping: out of scope, left out of every rate"
                  + " \\(column excluded\\)",
              "note.sla_excluded"),
          known(
              "(\\d+) without a paid time \\(as of --now\\): not on the shipping clock"
                  + " \\(column not_paid\\)",
              "note.sla_not_paid"),
          known(
              "(\\d+) shipped without a shipped time \\(e.g. Taobao/JD order reports\\): out of the"
                  + " on-time rate; `shopops import shipments` gives them one",
              "note.sla_time_unknown"),
          known(
              "(\\d+) deliver(?:y|ies) judged against the 211 rule: no promised delivery imported"
                  + " \\(an export's estimated delivery gives one; Olist: `shopops import shipments"
                  + " orders.csv --map olist-shipments`\\)",
              "note.sla_judged_211"),
          known(
              "an order with several SKUs counts under each of them; the total counts it once",
              "note.sla_sku"),
          known(
              "as of (.+); rates are fractions of the orders they can judge \\(docs/sla.md\\)",
              "note.sla_as_of"),
          known(
              "on_time_ship_rate: shipped by the ship-by deadline of `sla report` \\((\\d+)h after"
                  + " payment\\) / shipped, by day of shipping",
              "note.metrics_on_time"),
          known("uv is a sum of daily UV.*", "note.metrics_uv_sum"),
          known(
              "pv and uv are counted from raw events: uv is the number of distinct visitors in each"
                  + " period",
              "note.metrics_uv_events"),
          known(
              "(\\S+) against (\\S+); money in yuan, rates as fractions, change of a rate in"
                  + " fraction points",
              "note.metrics_compare"),
          known("(\\S+): distinct visitors reaching each stage", "note.metrics_funnel"),
          known(
              "return_rate = returned units / delivered units (of the same SKU|of all SKUs|.+?),"
                  + " (\\S+) to (\\S+) \\(returns by request time, deliveries by delivery time;"
                  + " rejected returns are not returned units\\)",
              "note.returns_rate"),
          known(
              "lifecycle: churned after (\\d+) days silent; lapsing after (\\S+) the median gap"
                  + " \\(at least (\\d+) days; (\\d+) for one-day buyers\\)",
              "note.lifecycle"),
          known(
              "pv and uv come from raw events in (\\d+) periods and from daily traffic figures in"
                  + " (\\d+) \\(periods the events do not fully cover\\)",
              "note.metrics_mixed"),
          known(
              "sales, net_sales, sales_per_buyer, aov: not computed: the paid orders are in (\\d+)"
                  + " currencies \\((.+)\\) and amounts of different currencies are never added"
                  + " up",
              "note.metrics_currencies"),
          known(
              "(\\d+) paid orders? in other currencies \\((.+)\\) left out: amounts of different"
                  + " currencies are never added up",
              "note.other_currencies"),
          known("amounts ranked in (\\S+)", "note.amounts_ranked"),
          known(
              "the segment table in force never reaches (.+) \\(earlier rows take all its scores;"
                  + " first match wins\\)\\. Reorder it with `shopops config set"
                  + " customers.segments \\.\\.\\.`",
              "note.segment_unreachable"),
          known(
              "(\\S+) against (\\S+); product figures are the catalogue as imported now, in both"
                  + " periods",
              "note.score_periods"),
          known(
              "Missing \\(not enough data, left out of the score\\): (.+)\\.",
              "note.score_missing"),
          known(
              "Weights were re-normalised over the figures that could be computed\\.",
              "note.score_renormalised"),
          known("(\\S+) covers (\\S+) only \\(cut by --from/--to\\)", "note.period_cut"),
          known("(\\S+) covers (\\S+) only \\(up to today\\)", "note.period_today"));
}
