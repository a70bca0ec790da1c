package com.shopops.domain.customers;

/**
 * A customer's place in the value pyramid.
 *
 * @param rank 1-based position by spend (highest first, ties by customer id)
 */
public record PyramidMember(String customerId, long spend, int rank, String layer) {}
