package com.shopops.domain.customers;

import java.time.Instant;

/** A buyer of the shop as the store keeps it. {@code acceptsMarketing} null = not known. */
public record Customer(
    String customerId,
    String name,
    String phone,
    String email,
    String province,
    String city,
    String region,
    Instant registeredAt,
    Boolean acceptsMarketing) {}
