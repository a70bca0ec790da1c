package com.shopops.cli;

import com.shopops.domain.customers.RfmBinning;
import com.shopops.domain.customers.RfmThresholds;
import com.shopops.domain.customers.ScoreBin;
import com.shopops.render.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The range of every RFM score, as {@code customers segment --summary} prints it on stderr. */
final class CustomersSegmentThresholds {
  private CustomersSegmentThresholds() {}

  static List<String> lines(RfmThresholds th, Messages m) {
    boolean ntile = th.binning() == RfmBinning.NTILE;
    String none = m.value("*", "(none)");
    return List.of(
        m.get(
            ntile ? "segment.thresholds_ntile" : "segment.thresholds_quantile",
            th.binning().name().toLowerCase(Locale.ROOT)),
        line("R " + m.column("recency_days"), th.recency(), ntile, false, none),
        line("F " + m.column("orders"), th.frequency(), ntile, false, none),
        line("M " + m.column("monetary"), th.monetary(), ntile, true, none));
  }

  private static String line(
      String name, List<ScoreBin> bins, boolean ntile, boolean money, String none) {
    StringBuilder sb = new StringBuilder("  ").append(name).append(':');
    for (int i = bins.size() - 1; i >= 0; i--) {
      ScoreBin b = bins.get(i);
      sb.append("  ").append(b.score()).append(' ');
      if (b.lower() == null) {
        sb.append(none);
      } else {
        sb.append('[')
            .append(num(b.lower(), money))
            .append(", ")
            .append(num(b.upper(), money))
            .append(ntile ? ']' : ')');
      }
      sb.append(" n=").append(b.customers());
    }
    return sb.toString();
  }

  /** Money bounds are in fen: shown in yuan, exact. */
  private static String num(BigDecimal v, boolean money) {
    if (!money) {
      return v.toPlainString();
    }
    BigDecimal y = v.movePointLeft(2);
    return y.setScale(Math.max(2, y.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
