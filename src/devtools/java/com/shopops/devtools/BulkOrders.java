package com.shopops.devtools;

import com.shopops.devtools.Catalog.Carrier;
import com.shopops.devtools.Catalog.City;
import com.shopops.devtools.Catalog.Product;
import com.shopops.devtools.Catalog.Province;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams N generic-layout orders for benchmarks: one pass, a reused StringBuilder flushed in
 * chunks, no per-row objects, so memory stays flat however many rows are written. Orders are spread
 * evenly over the example period in time order; their history stops at the example "now".
 */
final class BulkOrders {
  private static final long START =
      ShopGenerator.FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  private static final long NOW = ShopGenerator.EXAMPLE_NOW.toEpochSecond(ZoneOffset.UTC);
  private static final int CHUNK = 1 << 20;
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
  }

  private final SplittableRandom rnd;

  /** Returns draw from their own stream, so the orders are the same with or without them. */
  private final SplittableRandom returnsRnd;

  private final int linesPerOrder;
  private long delivered;
  private long returnSeq;
  private final Product[] products = Catalog.PRODUCTS.toArray(Product[]::new);
  private final Carrier[] carriers = Catalog.CARRIERS.toArray(Carrier[]::new);

  private final int customersWanted;

  BulkOrders(long seed, int linesPerOrder) {
    this(seed, linesPerOrder, 0);
  }

  /** {@code customers} &gt; 0 spreads the orders over that many customer ids (C00001…). */
  BulkOrders(long seed, int linesPerOrder, int customers) {
    this.rnd = new SplittableRandom(seed);
    this.returnsRnd = new SplittableRandom(seed ^ 0x5EED_0F_2E7L);
    this.linesPerOrder = Math.min(linesPerOrder, products.length);
    this.customersWanted = customers;
  }

  /** Writes the header and {@code n} orders as UTF-8 to {@code out}; returns the rows written. */
  long write(long n, OutputStream out) throws IOException {
    return write(n, out, null);
  }

  /**
   * As {@link #write(long, OutputStream)}, and when {@code returnsOut} is not null, generic-layout
   * returns of about 8% of the delivered orders to it (see {@link #returnRow}).
   */
  long write(long n, OutputStream out, OutputStream returnsOut) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Writer rw =
        returnsOut == null ? null : new OutputStreamWriter(returnsOut, StandardCharsets.UTF_8);
    StringBuilder rsb = new StringBuilder(rw == null ? 0 : CHUNK + 4096);
    if (rw != null) Csv.appendRow(rsb, RETURNS_HEADER, "\n");
    StringBuilder sb = new StringBuilder(CHUNK + 4096);
    Csv.appendRow(sb, GenericFiles.ORDERS_HEADER, "\n");
    int customers = customersWanted > 0 ? customersWanted : (int) Math.max(1_000, n / 3);
    long span = NOW - START;
    long day = -1;
    int seq = 0;
    long rows = 0;
    for (long i = 0; i < n; i++) {
      long created = START + (long) ((double) span * i / n) + rnd.nextLong(Math.max(1, span / n));
      if (created / 86_400 != day) {
        day = created / 86_400;
        seq = 0;
      }
      seq++;
      // The order fields, written once and repeated on each of its line rows.
      StringBuilder head = new StringBuilder(160);
      head.append("SO");
      appendDate(head, created);
      pad(head, seq, 4);
      head.append(",C");
      pad(head, 1 + rnd.nextInt(customers), 5);
      head.append(',');
      Csv.appendDateTime(head, created);
      head.append(',');
      String status = history(head, created);
      int fee = rnd.nextInt(10) < 7 ? 0 : 600;
      Province p = Catalog.PROVINCES.get(rnd.nextInt(Catalog.PROVINCES.size()));
      City city = p.cities().get(rnd.nextInt(p.cities().size()));
      int first = rnd.nextInt(products.length);
      for (int k = 0; k < linesPerOrder; k++) {
        Product product = products[(first + k) % products.length];
        int qty = rnd.nextInt(10) < 8 ? 1 : 2;
        if (rw != null && k == 0 && delivered > 0) returnRow(rsb, head, product, qty);
        sb.append(head).append(status).append(',').append(product.sku()).append(',');
        Csv.appendField(sb, product.title());
        sb.append(',').append(qty).append(',');
        Csv.appendMoney(sb, product.priceFen() * qty);
        sb.append(',');
        Csv.appendMoney(sb, fee);
        sb.append(',').append(p.shortName()).append(',').append(city.name()).append('\n');
        rows++;
      }
      if (sb.length() >= CHUNK) {
        w.write(sb.toString());
        sb.setLength(0);
      }
      if (rw != null && rsb.length() >= CHUNK) {
        rw.write(rsb.toString());
        rsb.setLength(0);
      }
    }
    w.write(sb.toString());
    w.flush();
    if (rw != null) {
      rw.write(rsb.toString());
      rw.flush();
    }
    return rows;
  }

  static final List<String> RETURNS_HEADER =
      List.of(
          "return_id",
          "order_id",
          "sku",
          "quantity",
          "requested_at",
          "approved_at",
          "rejected_at",
          "received_at",
          "refunded_at",
          "reason",
          "refund_amount");
  private static final String[] REASONS = {
    "no-reason", "quality", "wrong item", "damaged", "other"
  };

  /**
   * A return of the order's first line, for about 8% of delivered orders: requested 2 h – 10 days
   * after delivery (some after the window), approved within 1–60 h or rejected (10%), goods
   * received 1–4 days later, refunded 1 h – 10 days after that (some past refund_within); each step
   * only when before the example "now".
   */
  private void returnRow(StringBuilder sb, CharSequence head, Product product, int qty) {
    SplittableRandom r = returnsRnd;
    if (r.nextInt(100) >= 8) return;
    long requested = delivered + 7_200 + r.nextLong(10 * 86_400L);
    if (requested > NOW) return;
    String orderId = head.subSequence(0, head.toString().indexOf(',')).toString();
    int units = qty == 1 || r.nextBoolean() ? 1 : qty;
    sb.append("RB")
        .append(++returnSeq)
        .append(',')
        .append(orderId)
        .append(',')
        .append(product.sku())
        .append(',')
        .append(units)
        .append(',');
    Csv.appendDateTime(sb, requested);
    sb.append(',');
    long decided = requested + 3_600 + r.nextLong(60 * 3_600L);
    boolean rejected = r.nextInt(10) == 0;
    long received = decided + 86_400L + r.nextLong(3 * 86_400L);
    long refunded = received + 3_600 + r.nextLong(10 * 86_400L);
    String reason = REASONS[r.nextInt(REASONS.length)];
    if (decided > NOW) {
      sb.append(",,,,").append(reason).append(",\n");
      return;
    }
    if (rejected) {
      sb.append(',');
      Csv.appendDateTime(sb, decided);
      sb.append(",,,").append(reason).append(",\n");
      return;
    }
    Csv.appendDateTime(sb, decided);
    sb.append(",,");
    if (received <= NOW) Csv.appendDateTime(sb, received);
    sb.append(',');
    boolean paid = received <= NOW && refunded <= NOW;
    if (paid) Csv.appendDateTime(sb, refunded);
    sb.append(',').append(reason).append(',');
    if (paid) Csv.appendMoney(sb, product.priceFen() * units);
    sb.append('\n');
  }

  /**
   * Appends paid_at … tracking_no (with their commas) and returns the status: paid a few minutes
   * after creation, shipped within 1–40 h, delivered 1–4 days later, each only if before "now".
   */
  private String history(StringBuilder sb, long created) {
    this.delivered = 0;
    int r = rnd.nextInt(100);
    if (r < 3) {
      sb.append(",,,,,");
      return created > NOW - 86_400 ? "pending" : "cancelled";
    }
    long paid = created + 10 + rnd.nextInt(600);
    if (paid > NOW) {
      sb.append(",,,,,");
      return "pending";
    }
    long shipped = paid + 3_600 + rnd.nextInt(39 * 3_600);
    long delivered = shipped + 86_400L * (1 + rnd.nextInt(4));
    Csv.appendDateTime(sb, paid);
    sb.append(',');
    if (r < 5 || shipped > NOW) {
      sb.append(",,,,");
      return r < 5 ? "refunded" : "paid";
    }
    Csv.appendDateTime(sb, shipped);
    sb.append(',');
    if (delivered <= NOW) Csv.appendDateTime(sb, delivered);
    Carrier c = carriers[rnd.nextInt(carriers.length)];
    sb.append(',').append(c.name()).append(',').append(c.prefix());
    pad(sb, rnd.nextLong(POW10[c.digits()]), c.digits());
    sb.append(',');
    if (delivered > NOW) return "shipped";
    this.delivered = delivered;
    if (r < 7) return "refunded";
    return delivered + 7 * 86_400L > NOW ? "delivered" : "completed";
  }

  private static void appendDate(StringBuilder sb, long epochSecond) {
    LocalDateTime d = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    sb.append(d.getYear());
    pad(sb, d.getMonthValue(), 2);
    pad(sb, d.getDayOfMonth(), 2);
  }

  /** Zero-pads to at least {@code width} digits (wider numbers are written whole). */
  private static void pad(StringBuilder sb, long v, int width) {
    String s = Long.toString(v);
    for (int i = s.length(); i < width; i++) sb.append('0');
    sb.append(s);
  }
}
