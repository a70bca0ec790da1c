package com.shopops.app.imports;

import com.shopops.domain.metrics.TrafficDay;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import com.shopops.store.TrafficWriter.Met;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily traffic figures (生意参谋 / 京东商智 流量概况): one row per day, optionally per channel. A later row
 * for the same day and channel replaces the figures. A file without a channel column is the store
 * total of its days, or, imported with {@code --channel NAME}, the figures of that channel (a
 * platform's storefront: tmall, jd…), added up with the other channels' (review13 M12).
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
  private String channel;

  TrafficHandler(String file) {
    super(file);
  }

  /** The channel of every row ({@code import traffic --channel NAME}), or null. */
  @Override
  public void configure(ImportOptions options) {
    this.channel = options.channel();
  }

  /** Refuses {@code --channel} for a file that names the channel of each row itself. */
  @Override
  public void checkColumns(HeaderMatch match) {
    if (channel != null && match.maps("channel")) {
      throw new ImportException(
          file
              + ": --channel "
              + channel
              + " is for a file without a channel column, and this one has "
              + match.header("channel"),
          "import it without --channel (each row's "
              + match.header("channel")
              + " is its channel; an empty one is the store total of the day)");
    }
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
      reject(r, pv != null && pv < 0 ? "pv" : "uv", Problem.of("reason.negative"));
      return false;
    }
    if (pv != null && uv != null && uv > pv) {
      // every visitor views a page at least once: imported as it is, flagged
      anomaly(
          r,
          r.date(DATE)
              + (channel != null
                  ? " " + channel
                  : r.text(CHANNEL) == null ? "" : " " + r.text(CHANNEL)),
          "uv-above-pv",
          Problem.of("reason.uv_above_pv", uv, pv));
    }
    writer.add(new TrafficDay(r.date(DATE), channel != null ? channel : r.text(CHANNEL), pv, uv));
    return true;
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }

  /** What the file's days met from other files: a replaced store total, channels it hides… */
  @Override
  public List<ImportNote> notes(String file) {
    List<ImportNote> out = new ArrayList<>();
    if (writer == null) {
      return out;
    }
    for (Met m : writer.met()) {
      List<LocalDate> d = m.days();
      // 1 day (2026-11-01), 2 days (2026-11-01 … 2026-11-02)
      String span = d.size() == 1 ? d.get(0).toString() : d.get(0) + " … " + d.get(d.size() - 1);
      out.add(
          ImportNote.of(
              switch (m.what()) {
                case REPLACED_TOTAL ->
                    Problem.of("note.traffic_replaced_total", file, d.size(), span, m.other());
                case TOTAL_OVER_CHANNELS ->
                    Problem.of("note.traffic_total_over_channels", file, d.size(), span, m.other());
                case CHANNEL_UNDER_TOTAL ->
                    Problem.of("note.traffic_channel_under_total", file, d.size(), span, m.other());
                case LABELLED ->
                    Problem.of(
                        "note.traffic_labelled", file, d.size(), span, m.other(), m.channel());
              }));
    }
    return out;
  }
}
