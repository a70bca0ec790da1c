/**
 * Returns (退货退款): the 7-day no-reason return window (7天无理由退货), the return lifecycle and its
 * deadlines, as pure calculations.
 *
 * <p>Sources: 消费者权益保护法 Art.25 (the right); 网络购买商品七日无理由退货暂行办法 (SAMR order No.31, 2020) Art.6/7
 * (items not eligible), Art.10 (the window runs from the day after the buyer signs for the goods),
 * Art.13 (refund within 7 days of receiving the returned goods), Art.31 (penalty after 15 days).
 * See SPEC.md §5 and DOMAIN.md §3.1.
 *
 * <p>Everything here takes its data, a {@link com.shopops.domain.returns.ReturnPolicy} and an
 * {@code asOf} instant as arguments; nothing reads a clock, a file or the database.
 */
package com.shopops.domain.returns;
