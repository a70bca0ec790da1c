package com.shopops.devtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Streams N generic-layout events ({@code time,visitor_id,event,sku,session_id}) for benchmarks:
 * one pass, a reused StringBuilder flushed in chunks, so memory stays flat however many rows are
 * written. Events are spread evenly, in time order, over the year before the example "now" (local
 * times, read in the store zone); visitors come back (a pool of N/8 visitor ids, at least 1,000);
 * types are about 86% view, 8% cart, 2% fav, 2.5% order, 1.5% pay.
 */
final class BulkEvents {
  static final String HEADER = "time,visitor_id,event,sku,session_id";
  private static final long NOW = ShopGenerator.EXAMPLE_NOW.toEpochSecond(ZoneOffset.UTC);
  private static final long START = NOW - 365L * 86_400;
  private static final int CHUNK = 1 << 20;

  private final SplittableRandom rnd;

  BulkEvents(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** Writes the header and {@code n} events as UTF-8 to {@code out}; returns the rows written. */
  long write(long n, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(CHUNK + 4096);
    sb.append(HEADER).append('\n');
    long visitors = Math.max(1_000, n / 8);
    long span = NOW - START;
    long step = Math.max(1, span / Math.max(1, n));
    String[] skus = Catalog.PRODUCTS.stream().map(Catalog.Product::sku).toArray(String[]::new);
    for (long i = 0; i < n; i++) {
      long t = START + (long) ((double) span * i / n) + rnd.nextLong(step);
      Csv.appendDateTime(sb, t);
      sb.append(",V").append(rnd.nextLong(visitors)).append(',');
      int r = rnd.nextInt(1000);
      sb.append(r < 860 ? "view" : r < 940 ? "cart" : r < 960 ? "fav" : r < 985 ? "order" : "pay");
      sb.append(',').append(skus[rnd.nextInt(skus.length)]).append(",\n");
      if (sb.length() >= CHUNK) {
        w.append(sb);
        sb.setLength(0);
      }
    }
    w.append(sb);
    w.flush();
    return n;
  }
}
