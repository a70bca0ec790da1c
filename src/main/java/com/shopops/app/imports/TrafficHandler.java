package com.shopops.app.imports;

import com.shopops.domain.metrics.TrafficDay;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import com.shopops.store.TrafficWriter.Met;
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
      reject(r, pv != null && pv < 0 ? "pv" : "uv", "cannot be negative");
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
          "more visitors than page views (uv " + uv + ", pv " + pv + ")");
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
  public List<String> notes(String file) {
    List<String> out = new ArrayList<>();
    if (writer == null) {
      return out;
    }
    for (Met m : writer.met()) {
      String days = days(m.days());
      out.add(
          switch (m.what()) {
            case REPLACED_TOTAL ->
                file
                    + ": the store total of "
                    + days
                    + " replaced figures imported from "
                    + m.other()
                    + "; if the two files are different storefronts (Tmall, JD), import each with"
                    + " --channel NAME: metrics adds the channels up";
            case TOTAL_OVER_CHANNELS ->
                file
                    + ": on "
                    + days
                    + " the store has figures of channels "
                    + m.other()
                    + ": a file without a channel is the store total, read instead of their sum"
                    + " (import it with --channel NAME if it is one storefront's)";
            case CHANNEL_UNDER_TOTAL ->
                file
                    + ": on "
                    + days
                    + " a store total imported without a channel from "
                    + m.other()
                    + " is read instead of the channels' sum; if that file is one storefront's,"
                    + " import it again with --channel NAME";
            case LABELLED ->
                file
                    + ": the figures of "
                    + days
                    + " imported without a channel from "
                    + m.other()
                    + " are the same: they are channel "
                    + m.channel()
                    + " now";
          });
    }
    return out;
  }

  /** {@code 1 day (2026-11-01)}, {@code 2 days (2026-11-01 … 2026-11-02)}. */
  private static String days(List<LocalDate> days) {
    return days.size() == 1
        ? "1 day (" + days.get(0) + ")"
        : days.size() + " days (" + days.get(0) + " … " + days.get(days.size() - 1) + ")";
  }
}
