package com.shopops.config;

import java.util.function.Consumer;

/**
 * One configurable rule: its name as the operator types it ({@code sla.ship_within}), its default,
 * what it means, and a check that throws {@link IllegalArgumentException} with a plain message when
 * a value is not acceptable.
 */
public record ConfigKey(
    String name, String defaultValue, String description, Consumer<String> check) {}
