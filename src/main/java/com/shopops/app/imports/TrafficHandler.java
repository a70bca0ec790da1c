package com.shopops.app.imports;

import com.shopops.domain.metrics.TrafficDay;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import java.sql.SQLException;

/**
 * Daily traffic figures (生意参谋 / 京东商智 流量概况): one row per day, optionally per channel. A later row
 * for the same day and channel replaces the figures.
 */
final class TrafficHandler extends RowByRowHandler {
  static final KindSpec SPEC =
      KindSpec.of("traffic", "date")
          .field("date", FieldType.DATE)
          .field("channel", FieldType.TEXT)
          .field("pv", FieldType.INTEGER)
          .field("uv", FieldType.INTEGER)
          .build();

  private static final int DATE = SPEC.index("date");
  private static final int CHANNEL = SPEC.index("channel");
  private static final int PV = SPEC.index("pv");
  private static final int UV = SPEC.index("uv");

  private TrafficWriter writer;

  TrafficHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.writer = session.traffic();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    Long pv = r.number(PV);
    Long uv = r.number(UV);
    if ((pv != null && pv < 0) || (uv != null && uv < 0)) {
      reject(r, pv != null && pv < 0 ? "pv" : "uv", "cannot be negative");
      return false;
    }
    if (pv != null && uv != null && uv > pv) {
      // every visitor views a page at least once: imported as it is, flagged
      anomaly(
          r,
          r.date(DATE) + (r.text(CHANNEL) == null ? "" : " " + r.text(CHANNEL)),
          "uv-above-pv",
          "more visitors than page views (uv " + uv + ", pv " + pv + ")");
    }
    writer.add(new TrafficDay(r.date(DATE), r.text(CHANNEL), pv, uv));
    return true;
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }
}
