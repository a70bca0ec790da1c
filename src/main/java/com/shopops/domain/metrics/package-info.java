/**
 * Store metrics and the store scorecard (docs/metrics.md), as pure functions: no database, files,
 * clock or printing. The store counts; this package defines, divides, compares and scores.
 *
 * <h2>Units</h2>
 *
 * <ul>
 *   <li>Money: {@code long} minor units (fen/cents), never a double. Money per buyer or per order
 *       is rounded HALF_UP to a whole minor unit.
 *   <li>Rates: {@link java.math.BigDecimal} fractions, scale 4, HALF_UP (0.0312 = 3.12%).
 *   <li>Scores: BigDecimal 0–100, scale 1, HALF_UP.
 *   <li>Time: periods are calendar dates in the store zone, which every instant-related method
 *       takes as an explicit {@link java.time.ZoneId}.
 *   <li>A zero or missing denominator gives {@code null} (printed empty), never NaN or an
 *       exception.
 * </ul>
 *
 * <h2>Definitions (DOMAIN.md §1.3–1.5)</h2>
 *
 * <pre>
 * pv                     浏览量: page views
 * uv                     访客数: distinct visitors (or a sum of daily UV, flagged)
 * orders                 paid orders (支付笔数)
 * buyers                 distinct paying customers (支付买家数 / 成交客户数)
 * sales                  paid incl. shipping, refunds not deducted (支付金额 / 成交金额)
 * net_sales              sales − refunds issued in the period
 * conversion_rate        buyers / uv            (成交转化率 京东商智, 支付转化率 生意参谋)
 * order_conversion_rate  orders / uv
 * sales_per_buyer        sales / buyers         (客单价 京东商智, 生意参谋)
 * aov                    sales / orders         (ERP-style 客单价; shipping and taxes included, so
 *                                               not Shopify's AOV, which excludes them)
 * repeat_rate            buyers with a paid order before the period start / buyers
 * return_rate            units whose return was requested / units delivered
 * on_time_ship_rate      orders shipped by their ship-by deadline / orders shipped
 * </pre>
 *
 * Entry points: {@link com.shopops.domain.metrics.Period}, {@link
 * com.shopops.domain.metrics.Metrics}, {@link com.shopops.domain.metrics.Comparison}, {@link
 * com.shopops.domain.metrics.Sparkline}, {@link com.shopops.domain.metrics.Funnel}, {@link
 * com.shopops.domain.metrics.Scorecard}.
 */
package com.shopops.domain.metrics;
