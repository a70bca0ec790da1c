package com.shopops.cli;

import picocli.CommandLine.Option;

/**
 * {@code --currency CODE}: the figures of one currency's orders (review15 P3), on {@code metrics},
 * {@code metrics compare} and {@code report}; see docs/metrics.md "Currencies".
 */
final class CurrencyOption {
  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "Orders, buyers, sales, 客单价, AOV and repeat buyers of the orders in this currency"
              + " only (e.g. CNY, USD): a shop that sells in two sees each one's money figures."
              + " Refunds are of those orders; traffic, return counts and rates and shipping stay"
              + " the whole store's; the conversion rates are left empty where other currencies'"
              + " orders were paid.")
  String code;
}
