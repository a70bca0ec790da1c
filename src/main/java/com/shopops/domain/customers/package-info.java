/**
 * Customer calculations, pure and clock-free: RFM scores and named segments ({@link
 * com.shopops.domain.customers.RfmScorer}, {@link com.shopops.domain.customers.SegmentTable},
 * {@link com.shopops.domain.customers.SegmentSummary}), member tiers from growth value ({@link
 * com.shopops.domain.customers.MemberTiers}), lifecycle stages ({@link
 * com.shopops.domain.customers.Lifecycle}), the value pyramid ({@link
 * com.shopops.domain.customers.ValuePyramid}) and lifetimes-compatible CLV inputs ({@link
 * com.shopops.domain.customers.ClvSummary}). Money is in minor units (fen); days are calendar days
 * in the store zone; "as of" is always an argument. Each policy record has a {@code defaults()}.
 */
package com.shopops.domain.customers;
