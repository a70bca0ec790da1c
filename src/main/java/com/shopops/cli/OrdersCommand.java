package com.shopops.cli;

import com.shopops.domain.order.Order;
import picocli.CommandLine.Command;

@Command(
    name = "orders",
    description = "List and look up orders.",
    subcommands = {OrdersListCommand.class, OrdersShowCommand.class})
final class OrdersCommand {
  private OrdersCommand() {}

  /**
   * @deprecated {@link Order#statusText()}: a bridge for CustomersShowCommand until its branch
   *     switches; then delete it.
   */
  @Deprecated
  static String status(Order o) {
    return o.statusText();
  }
}
