package com.shopops.domain.order;

/**
 * One line item of an order. {@code lineNo} identifies the line within its order; {@code amount} is
 * what was paid for the line in minor units.
 */
public record OrderLine(
    int lineNo, String sku, String title, Long quantity, Long unitPrice, Long amount) {}
