package com.shopops.app.imports;

import com.shopops.domain.customers.FollowUpChannel;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.store.FollowUpStore;
import com.shopops.store.ImportSession;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A team's follow-up spreadsheet (客服跟进表): one row per contact, appended to the log. A row equal to
 * a logged entry (customer, order, channel, agent, outcome, note, next contact; the contact time
 * when the row gives one) is unchanged: importing the same sheet again logs nothing twice. Rows
 * without a contact time get the time of the import that first logs them; imported again they match
 * that entry and keep its time (docs/customers-cli.md).
 */
final class FollowUpsHandler implements KindHandler {
  static final KindSpec SPEC =
      KindSpec.of("followups", "customer_id")
          .field("customer_id", FieldType.TEXT)
          .field("order_id", FieldType.TEXT)
          .field("channel", FieldType.TEXT)
          .field("agent", FieldType.TEXT)
          .field("outcome", FieldType.TEXT)
          .field("note", FieldType.TEXT)
          .field("next_at", FieldType.TIMESTAMP)
          .field("created_at", FieldType.TIMESTAMP)
          .field("corrects", FieldType.INTEGER)
          .build();

  private static final int CUSTOMER = SPEC.index("customer_id");
  private static final int ORDER = SPEC.index("order_id");
  private static final int CHANNEL = SPEC.index("channel");
  private static final int AGENT = SPEC.index("agent");
  private static final int OUTCOME = SPEC.index("outcome");
  private static final int NOTE = SPEC.index("note");
  private static final int NEXT = SPEC.index("next_at");
  private static final int CREATED = SPEC.index("created_at");
  private static final int CORRECTS = SPEC.index("corrects");

  /**
   * How far after the import's clock (--now, else now) a contact time is still taken (tryout17
   * U16): an hour covers a clock a few minutes off and a --now rounded to the hour; a contact dated
   * later is a typo (mostly the year or the month) that would stay the thread's latest contact and
   * outrank every real one until that day came.
   */
  static final Duration CONTACT_AHEAD = Duration.ofHours(1);

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final String file;
  private ZoneId zone;
  private FollowUpStore.Writer writer;
  private Rejects rejects;
  private HeaderMatch match;
  private Instant importedAt;
  private long unchanged;
  private long untimedKnown;

  FollowUpsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects)
      throws SQLException {
    this.writer = FollowUpStore.writer(session);
    this.rejects = rejects;
    this.match = match;
    this.zone = zone;
    this.importedAt = writer.importedAt();
  }

  @Override
  public void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    String customer = r.text(CUSTOMER);
    if (customer == null) {
      reject(r, "customer_id", Problem.of("reason.missing_customer"));
      return;
    }
    String rawChannel = r.text(CHANNEL);
    var channel = FollowUpChannel.parse(rawChannel);
    if (rawChannel == null || channel.isEmpty()) {
      reject(
          r,
          "channel",
          rawChannel == null
              ? Problem.of("reason.missing_channel")
              : Problem.of("reason.unknown_channel", rawChannel));
      return;
    }
    String agent = r.text(AGENT);
    if (agent == null) {
      reject(r, "agent", Problem.of("reason.missing_agent"));
      return;
    }
    Long corrects = r.number(CORRECTS);
    if (corrects != null && !writer.exists(corrects)) {
      reject(r, "corrects", Problem.of("reason.no_followup_entry", corrects));
      return;
    }
    Instant created = r.instant(CREATED);
    if (created != null && created.isAfter(importedAt.plus(CONTACT_AHEAD))) {
      reject(
          r,
          "created_at",
          Problem.of(
              "reason.contact_after_clock",
              SHOWN.withZone(zone).format(created),
              SHOWN.withZone(zone).format(importedAt)));
      return;
    }
    FollowUpEntry entry =
        new FollowUpEntry(
            0,
            customer,
            r.text(ORDER),
            channel.get().code(),
            agent,
            r.text(OUTCOME),
            r.text(NOTE),
            r.instant(NEXT),
            created != null ? created : importedAt,
            corrects);
    if (writer.stored(entry, created != null)) {
      unchanged++; // the sheet imported again: the contact is logged once
      if (created == null) {
        untimedKnown++; // keeps the time it was logged at (its first import)
      }
      return;
    }
    writer.add(entry);
  }

  private void reject(ParsedRow r, String column, Problem reason) {
    rejects.reject(List.of(r), match.error(file, r.line(), column, reason));
  }

  /**
   * Rows without a contact time that an entry of the log already is: not appended, not moved to
   * this import's time (said when the file wrote something else, so that a new sheet's row that
   * only looks like an old contact does not vanish unsaid).
   */
  @Override
  public List<ImportNote> notes(String file) {
    if (untimedKnown == 0) {
      return List.of();
    }
    return List.of(
        ImportNote.of(
            Problem.of("note.import_followups_untimed", file, ImportNote.grouped(untimedKnown))));
  }

  @Override
  public Outcome finish() {
    long n = writer.written();
    return new Outcome(n, 0, unchanged, n + unchanged, 0);
  }
}
