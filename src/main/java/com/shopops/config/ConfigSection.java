package com.shopops.config;

import java.util.List;

/**
 * The keys of one capability (sla, returns, metrics, customers, lists). Each section also turns the
 * effective values into its domain policy record, in a method of its own.
 */
public interface ConfigSection {
  /** The prefix of its keys, e.g. {@code sla}. */
  String name();

  List<ConfigKey> keys();
}
