package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.customers.FollowUpEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The complaint rule of the lists (PIPL-relevant: it keeps marketing away from open complaints).
 */
class ComplaintsTest {
  static final Instant AS_OF = Instant.parse("2026-11-20T02:00:00Z");
  static final Instant NEXT = Instant.parse("2026-11-25T00:00:00Z");

  static FollowUpEntry entry(
      long id,
      String customer,
      String order,
      String outcome,
      String note,
      Instant nextAt,
      Instant at,
      Long corrects) {
    return new FollowUpEntry(
        id, customer, order, "phone", "小王", outcome, note, nextAt, at, corrects);
  }

  static FollowUpEntry entry(long id, String customer, String outcome, String note, Instant next) {
    return entry(id, customer, null, outcome, note, next, AS_OF.minusSeconds(3600 * id), null);
  }

  @Test
  void aComplaintIsNamedInChineseOrEnglishInAnyCase() { // 投诉 or complain
    assertTrue(Complaints.mentionsComplaint("客户投诉物流慢"));
    assertTrue(Complaints.mentionsComplaint("Complaint about the box"));
    assertTrue(Complaints.mentionsComplaint("she COMPLAINED twice"));
    assertFalse(Complaints.mentionsComplaint("happy customer"));
    assertFalse(Complaints.mentionsComplaint("诉求已处理")); // 诉 alone is not 投诉
    assertFalse(Complaints.mentionsComplaint(null));
    assertFalse(Complaints.mentionsComplaint(""));
  }

  @Test
  void openWhileTheThreadStillPlansANextContact() {
    assertTrue(Complaints.keepsComplaintOpen(entry(1, "A", "投诉", null, NEXT)));
    assertTrue(Complaints.keepsComplaintOpen(entry(1, "A", null, "complaint: late", NEXT)));
    // a complaint handled and the thread closed (no next date) is no longer open
    assertFalse(Complaints.keepsComplaintOpen(entry(1, "A", "投诉", null, null)));
    // a next contact without a complaint is an ordinary follow-up
    assertFalse(Complaints.keepsComplaintOpen(entry(1, "A", "call back", "wants blue", NEXT)));
  }

  @Test
  void onlyTheLatestEntryOfAThreadDecides() {
    List<FollowUpEntry> log =
        List.of(
            // A complained, then a later entry of the same thread closed it
            entry(1, "A", null, "投诉", null, NEXT, AS_OF.minusSeconds(7200), null),
            entry(2, "A", null, "resolved", null, null, AS_OF.minusSeconds(3600), null),
            // B's complaint is the latest entry and plans a call back
            entry(3, "B", null, "satisfied", null, null, AS_OF.minusSeconds(7200), null),
            entry(4, "B", null, "投诉 again", null, NEXT, AS_OF.minusSeconds(3600), null),
            // C: an order thread with a complaint, and a general thread without one: C is open
            entry(5, "C", "O1", "投诉", null, NEXT, AS_OF.minusSeconds(7200), null),
            entry(6, "C", null, "thanks", null, null, AS_OF.minusSeconds(60), null));
    assertEquals(Set.of("B", "C"), Complaints.openAsOf(log, AS_OF));
  }

  @Test
  void aCorrectionReplacesTheComplaintItCorrects() {
    List<FollowUpEntry> log =
        List.of(
            entry(1, "A", null, "投诉", null, NEXT, AS_OF.minusSeconds(7200), null),
            // recorded by mistake as a complaint: corrected to an ordinary call
            entry(2, "A", null, "asked about sizes", null, NEXT, AS_OF.minusSeconds(60), 1L));
    assertEquals(Set.of(), Complaints.openAsOf(log, AS_OF));
  }

  @Test
  void entriesAfterAsOfAreNotKnownYet() {
    FollowUpEntry later = entry(1, "A", null, "投诉", null, NEXT, AS_OF.plusSeconds(1), null);
    FollowUpEntry atAsOf = entry(2, "B", null, "投诉", null, NEXT, AS_OF, null);
    assertEquals(Set.of("B"), Complaints.openAsOf(List.of(later, atAsOf), AS_OF));
    // and a closing entry after as-of does not close it yet
    FollowUpEntry closes = entry(3, "B", null, "resolved", null, null, AS_OF.plusSeconds(60), null);
    assertEquals(Set.of("B"), Complaints.openAsOf(List.of(atAsOf, closes), AS_OF));
  }
}
