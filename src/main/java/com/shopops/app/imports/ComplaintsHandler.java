package com.shopops.app.imports;

import com.shopops.domain.lists.Complaint;
import com.shopops.store.ComplaintWriter;
import com.shopops.store.ImportSession;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Complaints and disputes (投诉/纠纷): one row each, with the time it was opened and, once handled,
 * closed. The complaint is the customer's of the file, else the buyer's of its order: a row that
 * names neither a customer nor an order the store knows is rejected (no complaint of nobody).
 */
final class ComplaintsHandler extends RowByRowHandler {
  static final KindSpec SPEC =
      KindSpec.of("complaints", "complaint_id", "opened_at")
          .field("complaint_id", FieldType.TEXT)
          .field("order_id", FieldType.TEXT)
          .field("customer_id", FieldType.TEXT)
          .field("opened_at", FieldType.TIMESTAMP)
          .field("closed_at", FieldType.TIMESTAMP)
          .field("type", FieldType.TEXT)
          .field("outcome", FieldType.TEXT)
          .build();

  private static final int ID = SPEC.index("complaint_id");
  private static final int ORDER = SPEC.index("order_id");
  private static final int CUSTOMER = SPEC.index("customer_id");
  private static final int OPENED = SPEC.index("opened_at");
  private static final int CLOSED = SPEC.index("closed_at");
  private static final int TYPE = SPEC.index("type");
  private static final int OUTCOME = SPEC.index("outcome");

  private ComplaintWriter writer;

  ComplaintsHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.writer = session.complaints();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    String order = r.text(ORDER);
    String customer = r.text(CUSTOMER);
    if (customer == null && (order == null || !writer.orderExists(order))) {
      reject(
          r,
          order == null ? "customer_id" : "order_id",
          order == null
              ? Problem.of("reason.complaint_of_nobody")
              : Problem.of("reason.complaint_unknown_order", order));
      return false;
    }
    Instant opened = r.instant(OPENED);
    Instant closed = r.instant(CLOSED);
    if (closed != null && closed.isBefore(opened)) {
      reject(r, "closed_at", Problem.of("reason.closed_before_opened"));
      return false;
    }
    writer.add(
        new Complaint(r.text(ID), order, customer, opened, closed, r.text(TYPE), r.text(OUTCOME)));
    return true;
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }
}
