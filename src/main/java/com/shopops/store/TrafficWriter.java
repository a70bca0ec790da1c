package com.shopops.store;

import com.shopops.domain.metrics.TrafficDay;
import java.sql.SQLException;

/**
 * Writes daily traffic: an idempotent upsert on date and channel; a value missing from a later
 * export never erases a stored one.
 */
public final class TrafficWriter {
  private final Upserter up;
  private final long importId;

  TrafficWriter(ImportSession s) {
    this.up =
        new Upserter(s.connection(), "traffic", 2, "date", "channel", "pv", "uv", "import_id");
    this.importId = s.importId();
  }

  public void add(TrafficDay d) throws SQLException {
    up.add(d.date().toString(), d.channel(), d.pv(), d.uv(), importId);
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    return up.finish();
  }
}
