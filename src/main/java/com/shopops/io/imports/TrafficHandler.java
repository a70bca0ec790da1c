package com.shopops.io.imports;

import com.shopops.domain.metrics.TrafficDay;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * Daily traffic figures (生意参谋 / 京东商智 流量概况): one row per day, optionally per channel. A later
 * row for the same day and channel replaces the figures.
 */
final class TrafficHandler implements KindHandler {
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

  private final String file;
  private TrafficWriter writer;
  private Rejects rejects;
  private long records;

  TrafficHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects) {
    this.writer = session.traffic();
    this.rejects = rejects;
  }

  @Override
  public void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    if (r.date(DATE) == null) {
      rejects.reject(List.of(r), new RowError(file, r.line(), "date", "missing"));
      return;
    }
    Long pv = r.number(PV);
    Long uv = r.number(UV);
    if ((pv != null && pv < 0) || (uv != null && uv < 0)) {
      rejects.reject(List.of(r), new RowError(file, r.line(), pv != null && pv < 0 ? "pv" : "uv",
          "cannot be negative"));
      return;
    }
    writer.add(new TrafficDay(r.date(DATE), r.text(CHANNEL), pv, uv));
    records++;
  }

  @Override
  public Outcome finish() throws SQLException {
    long[] c = writer.finish();
    return new Outcome(c[0], c[1], c[2], records, 0);
  }
}
