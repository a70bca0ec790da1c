package com.shopops.app.customers;

import com.shopops.domain.customers.RfmBinning;
import java.time.Instant;

/**
 * What {@code customers segment} asks for.
 *
 * @param windowDays rfm and pyramid: only orders paid in the last this many days (the as-of day and
 *     the days before it); null for all history
 * @param binning rfm: the binning instead of the configured one; null for the configured one
 * @param region only customers of this region (scores still computed over everyone); null for all
 * @param segment only this segment, tier, stage or layer (case-insensitive, {@code _} for a space);
 *     null for all
 * @param summary one row per segment (tier, stage, layer) instead of one per customer
 */
public record SegmentQuery(
    SegmentMethod method,
    Instant asOf,
    Integer windowDays,
    RfmBinning binning,
    String region,
    String segment,
    boolean summary) {}
