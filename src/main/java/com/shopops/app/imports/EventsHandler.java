package com.shopops.app.imports;

import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import com.shopops.store.EventWriter;
import com.shopops.store.ImportSession;
import com.shopops.text.Problem;
import java.sql.SQLException;

/**
 * Raw events (clickstream rows): time, visitor, what they did, SKU, session. A row without an event
 * type is a view; an unknown type is rejected so that a misspelt "pay" is not silently dropped from
 * the funnel.
 */
final class EventsHandler extends RowByRowHandler {
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

  private EventWriter writer;

  EventsHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.writer = session.events();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    EventType type = EventType.VIEW;
    String name = r.text(EVENT);
    if (name != null) {
      var t = EventType.parse(name);
      if (t.isEmpty()) {
        reject(r, "event", Problem.of("reason.unknown_event_type", name, EventType.accepted()));
        return false;
      }
      type = t.get();
    }
    writer.add(new Event(r.instant(TIME), r.text(VISITOR), type, r.text(SKU), r.text(SESSION)));
    return true;
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }
}
