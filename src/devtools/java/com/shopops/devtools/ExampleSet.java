package com.shopops.devtools;

import com.shopops.devtools.ShopModel.Order;
import com.shopops.devtools.ShopModel.Return;
import com.shopops.devtools.ShopModel.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the example set (examples/) from one model, and the README that describes it. */
final class ExampleSet {
  private ExampleSet() {}

  static final Charset GB18030 = Charset.forName("GB18030");
  static final String TAOBAO_ORDERS = "taobao/ExportOrderList202611201000.csv";
  static final String TAOBAO_ITEMS = "taobao/ExportOrderDetailList202611201000.csv";

  static Summary write(ShopModel m, Path dir, long seed) {
    String lf = "\n";
    String crlf = "\r\n"; // the Chinese platforms' exports come from Windows tools
    CsvFile orders = GenericFiles.orders(m.orders());
    orders.write(dir.resolve("orders.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.customers(m.customers())
        .write(dir.resolve("customers.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.shipments(m.orders())
        .write(dir.resolve("shipments.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.returns(m.returns())
        .write(dir.resolve("returns.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.traffic(m.traffic())
        .write(dir.resolve("traffic.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.events(m.events())
        .write(dir.resolve("events.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.reviews(m.reviews())
        .write(dir.resolve("reviews.csv"), StandardCharsets.UTF_8, false, lf);
    GenericFiles.products(m.products())
        .write(dir.resolve("products.csv"), StandardCharsets.UTF_8, false, lf);
    CsvFile shopify = PlatformExports.shopifyOrders(m.shopifyOrders());
    shopify.write(dir.resolve("shopify/orders_export.csv"), StandardCharsets.UTF_8, false, lf);
    CsvFile shopifyCustomers = PlatformExports.shopifyCustomers(m.shopifyOrders());
    shopifyCustomers.write(
        dir.resolve("shopify/customers_export.csv"), StandardCharsets.UTF_8, false, lf);
    PlatformExports.taobaoOrders(m.taobaoOrders())
        .write(dir.resolve(TAOBAO_ORDERS), GB18030, false, crlf);
    CsvFile taobaoItems = PlatformExports.taobaoItems(m.taobaoOrders());
    taobaoItems.write(dir.resolve(TAOBAO_ITEMS), GB18030, false, crlf);
    CsvFile jd = PlatformExports.jdOrders(m.jdOrders());
    jd.write(dir.resolve("jd/jd_orders.csv"), StandardCharsets.UTF_8, true, crlf);

    Summary s =
        Summary.of(
            m,
            orders.size(),
            shopify.size(),
            shopifyCustomers.size(),
            taobaoItems.size(),
            jd.size());
    try {
      Files.writeString(dir.resolve("README.md"), readme(s, seed), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }

  /** The figures a reader of the examples wants to check reports against. */
  record Summary(
      LocalDateTime now,
      int orders,
      int lines,
      int customers,
      int buyers,
      int repeatBuyers,
      int heavyBuyers,
      int prospects,
      Map<Status, Integer> byStatus,
      int due,
      int atRisk,
      int overdue,
      int breached,
      int shippedLate,
      int shippedBreached,
      int returns,
      int returnsOpen,
      int returnsRejected,
      int refundOverdue,
      int requestedOutsideWindow,
      int insideWindow,
      int reviews,
      int trafficRows,
      int events,
      int shopifyOrders,
      int shopifyRows,
      int shopifyCustomers,
      int taobaoOrders,
      int taobaoItems,
      int jdOrders,
      int jdRows) {

    static Summary of(
        ShopModel m,
        int lines,
        int shopifyRows,
        int shopifyCustomers,
        int taobaoItems,
        int jdRows) {
      LocalDateTime now = m.now();
      Map<String, Integer> perCustomer = new HashMap<>();
      Map<Status, Integer> byStatus = new java.util.EnumMap<>(Status.class);
      int due = 0, atRisk = 0, overdue = 0, breached = 0, late = 0, lateBreached = 0, inside = 0;
      for (Order o : m.orders()) {
        perCustomer.merge(o.customer.id(), 1, Integer::sum);
        byStatus.merge(o.status, 1, Integer::sum);
        if (o.status == Status.PAID) { // paid, not shipped: ship-by = paid + 24 h, hard limit 48 h
          double age = hours(o.paidAt, now);
          if (age > 48) breached++;
          else if (age > 24) overdue++;
          else if (age > 20) atRisk++;
          else due++;
        } else if (o.shippedAt != null) {
          double took = hours(o.paidAt, o.shippedAt);
          if (took > 48) lateBreached++;
          else if (took > 24) late++;
        }
        if (o.deliveredAt != null
            && o.status != Status.REFUNDED
            && now.isBefore(o.deliveredAt.toLocalDate().plusDays(8).atStartOfDay())) {
          inside++;
        }
      }
      int open = 0, rejected = 0, refundOverdue = 0, outside = 0;
      for (Return r : m.returns()) {
        if (r.rejectedAt != null) rejected++;
        else if (r.refundedAt == null) open++;
        if (r.receivedAt != null && r.refundedAt == null && r.receivedAt.plusDays(7).isBefore(now))
          refundOverdue++;
        if (ShopGenerator.outsideWindow(r)) outside++;
      }
      int buyers = perCustomer.size();
      int repeat = (int) perCustomer.values().stream().filter(n -> n >= 2).count();
      int heavy = (int) perCustomer.values().stream().filter(n -> n >= 8).count();
      return new Summary(
          now,
          m.orders().size(),
          lines,
          m.customers().size(),
          buyers,
          repeat,
          heavy,
          m.customers().size() - buyers,
          byStatus,
          due,
          atRisk,
          overdue,
          breached,
          late,
          lateBreached,
          m.returns().size(),
          open,
          rejected,
          refundOverdue,
          outside,
          inside,
          m.reviews().size(),
          m.traffic().size(),
          m.events().size(),
          m.shopifyOrders().size(),
          shopifyRows,
          shopifyCustomers,
          m.taobaoOrders().size(),
          taobaoItems,
          m.jdOrders().size(),
          jdRows);
    }

    private static double hours(LocalDateTime a, LocalDateTime b) {
      return Duration.between(a, b).getSeconds() / 3600.0;
    }

    int status(Status s) {
      return byStatus.getOrDefault(s, 0);
    }

    String text() {
      return String.format(
          """
          orders %d (%d line rows), customers %d (%d bought, %d bought twice or more, %d bought 8+ times, %d never ordered)
          status: pending %d, paid %d, shipped %d, delivered %d, completed %d, cancelled %d, refunded %d
          as of %s Asia/Shanghai, ship-by paid+24h, limit 48h:
            unshipped paid: %d due, %d at risk (deadline within 4h), %d overdue (24-48h), %d breached (>48h)
            shipped late: %d (24-48h after payment), %d past 48h
          returns %d: %d open, %d rejected, %d refund overdue (>7 days after receipt), %d requested after the 7-day window
          delivered orders still inside the 7-day window: %d
          reviews %d, traffic rows %d, events %d
          shopify %d orders (%d rows), %d customers; taobao %d orders, %d items; jd %d orders (%d rows)
          """,
          orders,
          lines,
          customers,
          buyers,
          repeatBuyers,
          heavyBuyers,
          prospects,
          status(Status.PENDING),
          status(Status.PAID),
          status(Status.SHIPPED),
          status(Status.DELIVERED),
          status(Status.COMPLETED),
          status(Status.CANCELLED),
          status(Status.REFUNDED),
          Csv.time(now),
          due,
          atRisk,
          overdue,
          breached,
          shippedLate,
          shippedBreached,
          returns,
          returnsOpen,
          returnsRejected,
          refundOverdue,
          requestedOutsideWindow,
          insideWindow,
          reviews,
          trafficRows,
          events,
          shopifyOrders,
          shopifyRows,
          shopifyCustomers,
          taobaoOrders,
          taobaoItems,
          jdOrders,
          jdRows);
    }
  }

  private static String readme(Summary s, long seed) {
    return """
        # Example data

        A small, made-up Chinese shop (茶食集: tea, snacks, kitchenware, phone accessories; warehouse in
        Hangzhou) with orders from 2026-05-01 to 2026-11-20. Amounts are CNY unless a file says
        otherwise. Times without an offset are Asia/Shanghai. All names, phones, addresses and
        tracking numbers are invented.

        Generated by `scripts/gen-examples` (seed %d), which runs
        `java -cp target/shopops.jar:target/shopops-devtools.jar com.shopops.devtools.SampleData examples examples --seed %d`.
        The same seed always gives byte-identical files. Do not edit them by hand: change the
        generator (`src/devtools/java/com/shopops/devtools/`) and regenerate.

        The reference time is **%s Asia/Shanghai**: use `--now "%s"` so that
        reports on these files give the same answers every day.

        ## Generic layouts (UTF-8, LF)

        | file | contents |
        |---|---|
        | `orders.csv` | one row per line item, order fields repeated; `amount` is what was paid for the row, `shipping_fee` is the order's fee repeated on each of its rows (count it once per order) |
        | `customers.csv` | customers; some without email, a few who never ordered |
        | `shipments.csv` | carrier, tracking number, shipped/delivered and the promised (estimated) delivery time of every shipped order |
        | `returns.csv` | returns at every step: requested, approved, rejected, received, refunded |
        | `traffic.csv` | daily PV and UV per channel (搜索, 推荐, 直播, 站外) for the whole period |
        | `events.csv` | clickstream (view, cart, order, pay) for the last 14 days |
        | `reviews.csv` | ratings (description, service, logistics) and comments for part of the delivered orders |
        | `products.csv` | the catalogue with price and stock (two SKUs out of stock) |

        ## Platform exports (their real headers and quirks)

        | file | contents |
        |---|---|
        | `shopify/orders_export.csv` | Shopify orders export: one row per line item, order fields only on an order's first row, `+0800` timestamps, some zips and phones with a leading `'`, CNY and a few USD orders |
        | `shopify/customers_export.csv` | Shopify customers export, current header, `Customer ID` as `'7210448…` |
        | `taobao/ExportOrderList202611201000.csv` | Taobao 订单报表, **GBK (GB18030)**, CRLF, 19-digit 订单编号, `收货地址 ` and `订单付款时间 ` with a trailing space, `0000-00-00 00:00:00` for unpaid orders |
        | `taobao/ExportOrderDetailList202611201000.csv` | Taobao 宝贝报表, GBK: the line items of the same orders, joined by 订单编号 |
        | `jd/jd_orders.csv` | JD POP order export, UTF-8 with BOM, CRLF, one row per SKU with 订单金额/应付金额/运费金额 repeated on every row of the order, masked phones |

        The platform files hold other orders of the same shop (its Taobao, JD and Shopify
        channels, mostly the last 30–45 days), so everything here can be imported into one store
        without duplicates.

        ## What is in it (as of the reference time)

        ```
        %s```
        """
        .formatted(seed, seed, Csv.time(s.now()), Csv.time(s.now()), s.text());
  }

  static List<String> files() {
    return List.of(
        "orders.csv",
        "customers.csv",
        "shipments.csv",
        "returns.csv",
        "traffic.csv",
        "events.csv",
        "reviews.csv",
        "products.csv",
        "shopify/orders_export.csv",
        "shopify/customers_export.csv",
        TAOBAO_ORDERS,
        TAOBAO_ITEMS,
        "jd/jd_orders.csv",
        "README.md");
  }
}
