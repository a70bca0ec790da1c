package com.shopops.devtools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded sample-data generator, built into target/shopops-devtools.jar and never into the shipped
 * jar (a developer tool, not a shopops command):
 *
 * <pre>
 * java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData examples DIR [--seed 42]
 * java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData orders N FILE [--seed 42] [--lines-per-order K] [--customers C] [--returns FILE]
 * java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData shipments N FILE [--seed 42] [--customers C]
 * java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData events N FILE [--seed 42]
 * java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData customers C FILE [--seed 42]
 * </pre>
 *
 * The same seed always writes byte-identical files; nothing depends on the wall clock.
 */
public final class SampleData {
  static final long DEFAULT_SEED = 42;

  private static final String USAGE =
      """
      Usage: SampleData examples DIR [--seed N]
             SampleData orders N FILE [--seed N] [--lines-per-order K] [--customers C] [--returns FILE]
             SampleData shipments N FILE [--seed N] [--customers C]
             SampleData events N FILE [--seed N]
             SampleData customers C FILE [--seed N]   (C00001…, with marketing consent)

        examples   write the example set (generic CSVs, Shopify, Taobao GBK and JD exports, README)
        orders     stream N generic-layout orders to FILE ("-" for stdout), for benchmarks
        shipments  the shipment records of the shipped ones among the same N orders (same seed
                   and --customers as the orders were written with)
        events     stream N generic-layout events (a year, in time order) to FILE, for benchmarks
        --seed     random seed (default 42); same seed, same bytes
        --lines-per-order  rows per order in `orders` (default 1)
        --customers  spread `orders` over C customer ids (default max(1000, N/3))
        --returns  also write generic-layout returns of those orders to FILE (~8% of delivered)
      """;

  private SampleData() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    long seed = DEFAULT_SEED;
    int linesPerOrder = 1;
    int customers = 0;
    String returns = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
          case "--lines-per-order" ->
              linesPerOrder = Integer.parseInt(value(args, ++i, "--lines-per-order"));
          case "--customers" -> customers = Integer.parseInt(value(args, ++i, "--customers"));
          case "--returns" -> returns = value(args, ++i, "--returns");
          default -> positional.add(args[i]);
        }
      }
      if (linesPerOrder < 1)
        throw new IllegalArgumentException("--lines-per-order must be at least 1");
      String command = positional.isEmpty() ? "" : positional.get(0);
      if (command.equals("examples") && positional.size() == 2) {
        ExampleSet.Summary s =
            ExampleSet.write(new ShopGenerator(seed).generate(), Path.of(positional.get(1)), seed);
        err.print(s.text());
        return 0;
      }
      if (command.equals("orders") && positional.size() == 3) {
        long n = Long.parseLong(positional.get(1));
        if (n < 0) throw new IllegalArgumentException("N must not be negative");
        return orders(n, positional.get(2), seed, linesPerOrder, customers, returns, out, err);
      }
      if (command.equals("shipments") && positional.size() == 3) {
        long n = Long.parseLong(positional.get(1));
        if (n < 0) throw new IllegalArgumentException("N must not be negative");
        return shipments(n, positional.get(2), seed, customers, err);
      }
      if (command.equals("events") && positional.size() == 3) {
        long n = Long.parseLong(positional.get(1));
        if (n < 0) throw new IllegalArgumentException("N must not be negative");
        return events(n, positional.get(2), seed, out, err);
      }
      if (command.equals("customers") && positional.size() == 3) {
        int c = Integer.parseInt(positional.get(1));
        if (c < 0) throw new IllegalArgumentException("C must not be negative");
        return customers(c, positional.get(2), seed, err);
      }
      throw new IllegalArgumentException(
          command.isEmpty() ? "missing command" : "bad arguments for " + command);
    } catch (IllegalArgumentException e) { // NumberFormatException included
      err.println("SampleData: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (UncheckedIOException e) {
      err.println("SampleData: " + e.getCause().getMessage());
      return 1;
    }
  }

  private static int orders(
      long n,
      String file,
      long seed,
      int linesPerOrder,
      int customers,
      String returns,
      PrintStream stdout,
      PrintStream err) {
    long start = System.nanoTime(); // elapsed time for the message only; data never uses a clock
    long rows;
    try (OutputStream ros =
        returns == null
            ? null
            : new BufferedOutputStream(Files.newOutputStream(Path.of(returns)), 1 << 16)) {
      if (file.equals("-")) {
        rows = new BulkOrders(seed, linesPerOrder, customers).write(n, stdout, ros);
      } else {
        Path path = Path.of(file);
        if (path.toAbsolutePath().getParent() != null)
          Files.createDirectories(path.toAbsolutePath().getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
          rows = new BulkOrders(seed, linesPerOrder, customers).write(n, os, ros);
        }
      }
    } catch (IOException e) {
      err.println("SampleData: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
    err.printf(
        "wrote %d orders (%d rows) to %s in %.2f s%n",
        n, rows, file, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private static int shipments(long n, String file, long seed, int customers, PrintStream err) {
    long rows;
    try {
      Path path = Path.of(file);
      if (path.toAbsolutePath().getParent() != null)
        Files.createDirectories(path.toAbsolutePath().getParent());
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
        rows = BulkShipments.write(seed, n, customers, os);
      }
    } catch (IOException e) {
      err.println("SampleData: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
    err.printf("wrote %d shipments of %d orders to %s%n", rows, n, file);
    return 0;
  }

  private static int events(long n, String file, long seed, PrintStream stdout, PrintStream err) {
    long start = System.nanoTime(); // elapsed time for the message only; data never uses a clock
    try {
      if (file.equals("-")) {
        new BulkEvents(seed).write(n, stdout);
      } else {
        Path path = Path.of(file);
        if (path.toAbsolutePath().getParent() != null)
          Files.createDirectories(path.toAbsolutePath().getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
          new BulkEvents(seed).write(n, os);
        }
      }
    } catch (IOException e) {
      err.println("SampleData: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
    err.printf("wrote %d events to %s in %.2f s%n", n, file, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private static int customers(int c, String file, long seed, PrintStream err) {
    try {
      Path path = Path.of(file);
      if (path.toAbsolutePath().getParent() != null)
        Files.createDirectories(path.toAbsolutePath().getParent());
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
        BulkCustomers.write(seed, c, os);
      }
    } catch (IOException e) {
      err.println("SampleData: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
    err.printf("wrote %d customers to %s%n", c, file);
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }
}
