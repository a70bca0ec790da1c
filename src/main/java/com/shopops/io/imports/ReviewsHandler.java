package com.shopops.io.imports;

import com.shopops.domain.metrics.Review;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/** Buyer reviews: one row per order with ratings 1–5 for description, service and logistics. */
final class ReviewsHandler implements KindHandler {
  static final KindSpec SPEC =
      KindSpec.of("reviews", "order_id")
          .field("order_id", FieldType.TEXT)
          .field("rating_description", FieldType.INTEGER)
          .field("rating_service", FieldType.INTEGER)
          .field("rating_logistics", FieldType.INTEGER)
          .field("comment", FieldType.TEXT)
          .field("reviewed_at", FieldType.TIMESTAMP)
          .build();

  private static final int ID = SPEC.index("order_id");
  private static final int DESC = SPEC.index("rating_description");
  private static final int SERVICE = SPEC.index("rating_service");
  private static final int LOGISTICS = SPEC.index("rating_logistics");
  private static final int COMMENT = SPEC.index("comment");
  private static final int AT = SPEC.index("reviewed_at");

  private final String file;
  private TrafficWriter writer;
  private Rejects rejects;
  private long records;

  ReviewsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects) {
    this.writer = session.reviews();
    this.rejects = rejects;
  }

  @Override
  public void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    if (r.text(ID) == null) {
      rejects.reject(List.of(r), new RowError(file, r.line(), "order_id", "missing"));
      return;
    }
    for (int f : new int[] {DESC, SERVICE, LOGISTICS}) {
      if (!Review.validRating(r.number(f))) {
        rejects.reject(List.of(r), new RowError(file, r.line(), SPEC.fieldNames().get(f),
            "a rating is 1 to 5 (\"" + r.number(f) + "\")"));
        return;
      }
    }
    writer.add(new Review(r.text(ID), rating(r, DESC), rating(r, SERVICE), rating(r, LOGISTICS),
        r.text(COMMENT), r.instant(AT)));
    records++;
  }

  private static Integer rating(ParsedRow r, int f) {
    Long v = r.number(f);
    return v == null ? null : v.intValue();
  }

  @Override
  public Outcome finish() throws SQLException {
    long[] c = writer.finish();
    return new Outcome(c[0], c[1], c[2], records, 0);
  }
}
