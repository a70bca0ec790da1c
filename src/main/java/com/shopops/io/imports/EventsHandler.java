package com.shopops.io.imports;

import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import com.shopops.store.EventWriter;
import com.shopops.store.ImportSession;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * Raw events (clickstream rows): time, visitor, what they did, SKU, session. A row without an
 * event type is a view; an unknown type is rejected so that a misspelt "pay" is not silently
 * dropped from the funnel.
 */
final class EventsHandler implements KindHandler {
  static final KindSpec SPEC =
      KindSpec.of("events", "time", "visitor_id")
          .field("time", FieldType.TIMESTAMP)
          .field("visitor_id", FieldType.TEXT)
          .field("event", FieldType.TEXT)
          .field("sku", FieldType.TEXT)
          .field("session_id", FieldType.TEXT)
          .build();

  private static final int TIME = SPEC.index("time");
  private static final int VISITOR = SPEC.index("visitor_id");
  private static final int EVENT = SPEC.index("event");
  private static final int SKU = SPEC.index("sku");
  private static final int SESSION = SPEC.index("session_id");

  private final String file;
  private EventWriter writer;
  private Rejects rejects;
  private long records;

  EventsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects) {
    this.writer = session.events();
    this.rejects = rejects;
  }

  @Override
  public void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    if (r.instant(TIME) == null || r.text(VISITOR) == null) {
      rejects.reject(List.of(r), new RowError(file, r.line(),
          r.instant(TIME) == null ? "time" : "visitor_id", "missing"));
      return;
    }
    EventType type = EventType.VIEW;
    String name = r.text(EVENT);
    if (name != null) {
      var t = EventType.parse(name);
      if (t.isEmpty()) {
        rejects.reject(List.of(r), new RowError(file, r.line(), "event",
            "unknown event type \"" + name + "\" (expected " + EventType.accepted() + ")"));
        return;
      }
      type = t.get();
    }
    writer.add(new Event(r.instant(TIME), r.text(VISITOR), type, r.text(SKU), r.text(SESSION)));
    records++;
  }

  @Override
  public Outcome finish() throws SQLException {
    long[] c = writer.finish();
    return new Outcome(c[0], c[1], c[2], records, 0);
  }
}
