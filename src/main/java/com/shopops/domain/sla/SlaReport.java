package com.shopops.domain.sla;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code sla report} grouped by a key the caller supplies with each order: a day, an ISO week, a
 * carrier, a province or a SKU (an order with several SKUs is fed once per SKU). Groups come out in
 * the order their keys were first seen, so a store feeding rows {@code ORDER BY key} gets sorted
 * output; {@link #total()} is the figures over every order fed (an order fed under several keys is
 * counted once per key). Rule and definitions: {@link SlaFigures}.
 *
 * @param <K> the group key
 */
public final class SlaReport<K> {
  private final Map<K, SlaTally> groups = new LinkedHashMap<>();
  private final SlaTally total = new SlaTally();

  public SlaReport<K> add(K key, OrderSla order) {
    Objects.requireNonNull(key, "key");
    groups.computeIfAbsent(key, k -> new SlaTally()).add(order);
    total.add(order);
    return this;
  }

  /** Adds a tally of orders kept together (figures kept in the store) under {@code key}. */
  public SlaReport<K> add(K key, SlaTally orders) {
    Objects.requireNonNull(key, "key");
    groups.computeIfAbsent(key, k -> new SlaTally()).merge(orders);
    total.merge(orders);
    return this;
  }

  /** Adds another report's groups (e.g. a chunk computed separately) into this one. */
  public SlaReport<K> merge(SlaReport<K> other) {
    other.groups.forEach((k, t) -> groups.computeIfAbsent(k, x -> new SlaTally()).merge(t));
    total.merge(other.total);
    return this;
  }

  /** Figures per group, in first-seen key order. */
  public Map<K, SlaFigures> figures() {
    Map<K, SlaFigures> out = new LinkedHashMap<>();
    groups.forEach((k, t) -> out.put(k, t.figures()));
    return out;
  }

  public SlaFigures total() {
    return total.figures();
  }
}
