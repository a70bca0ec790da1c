package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpLogTest {
  static final Instant T0 = Instant.parse("2026-11-18T07:00:00Z");

  static FollowUpEntry e(
      long id, String customer, String order, long hours, Instant next, Long corrects) {
    return new FollowUpEntry(
        id,
        customer,
        order,
        "phone",
        "a",
        null,
        null,
        next,
        T0.plusSeconds(hours * 3600),
        corrects);
  }

  static final Instant NEXT = Instant.parse("2026-11-19T16:00:00Z"); // 2026-11-20 00:00 +08

  @Test
  void dueAtTheNextInstantNotASecondBefore() {
    var log = List.of(e(1, "A", null, 0, NEXT, null));
    assertEquals(0, FollowUpLog.due(log, NEXT.minusSeconds(1)).size());
    assertEquals(1, FollowUpLog.due(log, NEXT).size());
  }

  @Test
  void latestEntryOfTheThreadDecides() {
    var log = List.of(e(1, "A", null, 0, NEXT, null), e(2, "A", null, 1, null, null));
    assertEquals(0, FollowUpLog.due(log, NEXT).size());
    // another order is another thread
    var two = List.of(e(1, "A", "O1", 0, NEXT, null), e(2, "A", null, 1, null, null));
    assertEquals(1, FollowUpLog.due(two, NEXT).size());
  }

  @Test
  void correctionStandsInForTheEntryItCorrectsAtItsTime() {
    // #3 corrects the OLD #1: #2 (newer) still decides, nothing due
    var log =
        List.of(
            e(1, "A", null, 0, null, null),
            e(2, "A", null, 5, null, null),
            e(3, "A", null, 6, NEXT, 1L));
    assertEquals(0, FollowUpLog.due(log, NEXT).size());
    // correcting #2 (the latest): the correction decides, and is dated as #2
    var fix =
        List.of(
            e(1, "A", null, 0, null, null),
            e(2, "A", null, 5, null, null),
            e(3, "A", null, 6, NEXT, 2L));
    var due = FollowUpLog.due(fix, NEXT);
    assertEquals(1, due.size());
    assertEquals(3, due.get(0).entry().id());
    assertEquals(T0.plusSeconds(5 * 3600), due.get(0).at());
    // a chain: #4 corrects #3 which corrected #2
    var chain =
        List.of(
            e(2, "A", null, 5, null, null),
            e(3, "A", null, 6, NEXT, 2L),
            e(4, "A", null, 7, null, 3L));
    assertEquals(0, FollowUpLog.due(chain, NEXT).size());
    assertEquals(2, FollowUpLog.standing(chain).get(0).original().id());
  }

  @Test
  void nextForACustomerIsTheEarliestPlanned() {
    var log =
        List.of(e(1, "A", "O1", 0, NEXT.plusSeconds(86_400), null), e(2, "A", null, 1, NEXT, null));
    assertEquals(2, FollowUpLog.nextFor(log).entry().id());
    assertNull(FollowUpLog.nextFor(List.of(e(1, "A", null, 0, null, null))));
  }

  @Test
  void channelsInChinese() {
    assertEquals(FollowUpChannel.IM, FollowUpChannel.parse("微信").orElseThrow());
    assertEquals(FollowUpChannel.PHONE, FollowUpChannel.parse(" Phone ").orElseThrow());
    assertEquals(true, FollowUpChannel.parse("fax").isEmpty());
  }
}
