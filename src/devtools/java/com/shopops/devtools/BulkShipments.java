package com.shopops.devtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Streams the shipment records of the orders {@link BulkOrders} writes with the same seed: one
 * generic-layout shipments row ({@code order_id, carrier, tracking_no, shipped_at, delivered_at})
 * per shipped order, so a benchmark store has both sources the SLA combines. The orders are
 * generated again and filtered line by line (the first eight columns never hold a comma), so memory
 * stays flat.
 */
final class BulkShipments {
  static final String HEADER = "order_id,carrier,tracking_no,shipped_at,delivered_at\n";

  private BulkShipments() {}

  /**
   * Writes the shipments of {@code n} orders; returns the rows written. The orders are drawn again
   * as {@code orders} drew them, so {@code customers} must be theirs (0: the default): a buyer is a
   * draw from the same random stream, and another number of buyers moves every later order's times
   * and ids (a million orders over 200,000 buyers gave 41 shipments of orders that do not exist).
   */
  static long write(long seed, long n, int customers, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(HEADER);
    LineFilter filter = new LineFilter(w);
    new BulkOrders(seed, 1, customers).write(n, filter);
    filter.close();
    w.flush();
    return filter.rows;
  }

  /** Receives the orders CSV as bytes and writes a shipments row for each shipped order. */
  private static final class LineFilter extends OutputStream {
    private final Writer out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private boolean header = true;
    long rows;

    LineFilter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (b != '\n') {
        line.write(b);
        return;
      }
      String s = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (header) {
        header = false;
        return;
      }
      // order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,…
      String[] f = s.split(",", 9);
      if (f.length < 9 || f[4].isEmpty()) {
        return;
      }
      sb.append(f[0])
          .append(',')
          .append(f[6])
          .append(',')
          .append(f[7])
          .append(',')
          .append(f[4])
          .append(',')
          .append(f[5])
          .append('\n');
      rows++;
      if (sb.length() > (1 << 15)) {
        out.write(sb.toString());
        sb.setLength(0);
      }
    }

    @Override
    public void close() throws IOException {
      out.write(sb.toString());
      sb.setLength(0);
    }
  }
}
