package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerService;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.lists.Masking;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.CustomerQueries;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "customers",
    description = "List, look up, segment and summarise customers.",
    subcommands = {
      CustomersCommand.List.class,
      CustomersShowCommand.class,
      CustomersSegmentCommand.class,
      CustomersSummaryCommand.class
    })
final class CustomersCommand {

  @Command(
      name = "list",
      description = {
        "Customers with their paid orders: how many, total spent, last order.",
        "Phone numbers are masked (138****1234) unless --unmasked."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  shopops customers list --region 华东", "  shopops customers list --format json"})
  static final class List extends BaseCommand {
    @Option(
        names = "--region",
        paramLabel = "REGION",
        completionCandidates = CustomersRegionNames.class,
        description = "华东, 华南, 华北, 华中, 西南, 西北, 东北 or 港澳台.")
    String region;

    @Option(names = "--province", paramLabel = "NAME", description = "e.g. 广东 or 广东省.")
    String province;

    @Option(names = "--unmasked", description = "Show phone numbers in full.")
    boolean unmasked;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      if (region != null && !Regions.NAMES.contains(region)) {
        throw new UserException(
            ExitCodes.USAGE,
            "--region: unknown region \"" + region + "\"",
            "use one of " + String.join(", ", Regions.NAMES));
      }
      try (Store store = openStore()) {
        Table table =
            new Table(
                Column.text("customer_id"),
                Column.text("name"),
                Column.text("phone"),
                Column.text("email"),
                Column.text("province"),
                Column.text("city"),
                Column.text("region"),
                Column.timestamp("registered_at"),
                Column.bool("accepts_marketing"),
                Column.integer("orders"),
                Column.money("spent"),
                Column.timestamp("last_order_at"),
                Column.text("other_currencies"));
        // what fits 80 columns (review7 G1); --wide or csv/json give every column
        table.defaultColumns(
            "customer_id", "name", "phone", "province", "region", "orders", "spent");
        var filter = new CustomerQueries.Filter(region, Regions.province(province), output.limit);
        CustomerService.CustomerList list =
            new CustomerService(store, Rules.of(store)).list(filter, asOf(store.zone()));
        for (CustomerQueries.Listed l : list.customers()) {
          Customer c = l.customer();
          table.addRow(
              c.customerId(),
              c.name(),
              unmasked ? c.phone() : Masking.phone(c.phone()),
              c.email(),
              c.province(),
              c.city(),
              c.region(),
              c.registeredAt(),
              c.acceptsMarketing(),
              l.orders(),
              l.spent(),
              l.lastOrderAt(),
              list.otherCurrencies().get(c.customerId()));
        }
        list.notes().forEach(table::addNote);
        render(table, output, store.zone());
      }
      return ExitCodes.OK;
    }
  }
}
