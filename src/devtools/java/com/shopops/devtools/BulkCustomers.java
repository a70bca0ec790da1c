package com.shopops.devtools;

import com.shopops.devtools.Catalog.City;
import com.shopops.devtools.Catalog.Province;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Streams a generic-layout customer list of C customers (C00001…, the ids {@link BulkOrders}
 * spreads its orders over) for the lists benchmark: name, mobile, email for half of them,
 * province/city, registration time, and marketing consent — 70% yes, 20% no, 10% unknown (empty),
 * so the consent rule has work to do. One pass, chunked writes, flat memory.
 */
final class BulkCustomers {
  static final String HEADER =
      "customer_id,name,phone,email,province,city,registered_at,accepts_marketing\n";
  private static final long START =
      ShopGenerator.FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 365L * 86_400;
  private static final long NOW = ShopGenerator.EXAMPLE_NOW.toEpochSecond(ZoneOffset.UTC);

  private BulkCustomers() {}

  /** Writes the header and {@code c} customers as UTF-8; returns the rows written. */
  static long write(long seed, int c, OutputStream out) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0xC057_0E4AL);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(HEADER);
    StringBuilder sb = new StringBuilder(1 << 17);
    for (int i = 1; i <= c; i++) {
      sb.append('C');
      String id = Integer.toString(i);
      for (int k = id.length(); k < 5; k++) sb.append('0');
      sb.append(id).append(',');
      sb.append(Catalog.SURNAMES[rnd.nextInt(Catalog.SURNAMES.length)])
          .append(Catalog.GIVEN_NAMES[rnd.nextInt(Catalog.GIVEN_NAMES.length)])
          .append(',');
      sb.append("1")
          .append(3 + rnd.nextInt(7))
          .append(String.format("%09d", rnd.nextInt(1_000_000_000)))
          .append(',');
      if (rnd.nextBoolean()) sb.append('u').append(i).append("@example.com");
      Province p = Catalog.PROVINCES.get(rnd.nextInt(Catalog.PROVINCES.size()));
      City city = p.cities().get(rnd.nextInt(p.cities().size()));
      sb.append(',').append(p.shortName()).append(',').append(city.name()).append(',');
      Csv.appendDateTime(sb, START + rnd.nextLong(NOW - START));
      int consent = rnd.nextInt(10);
      sb.append(',').append(consent < 7 ? "yes" : consent < 9 ? "no" : "").append('\n');
      if (sb.length() > (1 << 16)) {
        w.write(sb.toString());
        sb.setLength(0);
      }
    }
    w.write(sb.toString());
    w.flush();
    return c;
  }
}
