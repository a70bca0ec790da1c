package com.shopops.app.imports;

import com.shopops.domain.metrics.Review;
import com.shopops.store.ImportSession;
import com.shopops.store.ReviewWriter;
import com.shopops.text.Problem;
import java.sql.SQLException;

/**
 * Buyer reviews: ratings 1–5 for description, service and logistics; several per order are kept,
 * told apart by the file's review id, else their review time.
 */
final class ReviewsHandler extends RowByRowHandler {
  static final KindSpec SPEC =
      KindSpec.of("reviews", "order_id")
          .field("order_id", FieldType.TEXT)
          .field("review_id", FieldType.TEXT)
          .field("rating_description", FieldType.INTEGER)
          .field("rating_service", FieldType.INTEGER)
          .field("rating_logistics", FieldType.INTEGER)
          .field("comment", FieldType.TEXT)
          .field("reviewed_at", FieldType.TIMESTAMP)
          .build();

  private static final int ID = SPEC.index("order_id");
  private static final int REVIEW_ID = SPEC.index("review_id");
  private static final int DESC = SPEC.index("rating_description");
  private static final int SERVICE = SPEC.index("rating_service");
  private static final int LOGISTICS = SPEC.index("rating_logistics");
  private static final int COMMENT = SPEC.index("comment");
  private static final int AT = SPEC.index("reviewed_at");

  private ReviewWriter writer;

  ReviewsHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.writer = session.reviews();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    for (int f : new int[] {DESC, SERVICE, LOGISTICS}) {
      if (!Review.validRating(r.number(f))) {
        reject(r, SPEC.fieldNames().get(f), Problem.of("reason.rating", r.number(f)));
        return false;
      }
    }
    if (!writer.orderExists(r.text(ID))) { // no ghosts: a review never creates its order
      reject(r, "order_id", Problem.of("reason.review_without_order", r.text(ID)));
      return false;
    }
    writer.add(
        new Review(
            r.text(ID),
            rating(r, DESC),
            rating(r, SERVICE),
            rating(r, LOGISTICS),
            r.text(COMMENT),
            r.instant(AT)),
        r.text(REVIEW_ID));
    return true;
  }

  private static Integer rating(ParsedRow r, int f) {
    Long v = r.number(f);
    return v == null ? null : v.intValue();
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }
}
