package com.shopops.app.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.cli.CliRunner;
import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.lists.Exclusion;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.PromotionRow;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists service on the data of ListsCliTest: choose, record, show, undo. */
class ListServiceTest {
  static final String RES = "src/test/resources/lists/";
  static final ZonedDateTime AS_OF =
      ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "orders.csv", "-q");
    cli.expect(0, "import", "returns", RES + "returns.csv", "-q");
  }

  static PromotionQuery everyone(Integer cooldown, Integer limit) {
    return new PromotionQuery(
        AS_OF, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, cooldown, limit);
  }

  @Test
  void choosingRecordsNothingAndRecordingFeedsTheCoolDown() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF.toInstant())) {
      ListService lists = new ListService(store);
      PromotionList p = lists.promotion(everyone(null, 2));
      assertEquals(14, p.cooldownDays());
      List<PromotionRow> rows = p.selection().rows();
      assertEquals(List.of("Y1", "C13"), rows.stream().map(PromotionRow::customerId).toList());
      assertEquals(4, p.selection().overLimit());

      Instant at = AS_OF.toInstant();
      assertEquals(
          Recording.Outcome.DRY_RUN,
          lists.record(ListKind.PROMOTION, rows, new ListWrite(null, null, at, true)).outcome());
      assertEquals(
          Recording.Outcome.EMPTY,
          lists
              .record(ListKind.PROMOTION, List.of(), new ListWrite(null, null, at, false))
              .outcome());
      assertEquals(List.of(), lists.written());

      Recording r = lists.record(ListKind.PROMOTION, rows, new ListWrite(" ", "p.csv", at, false));
      assertEquals(new Recording(Recording.Outcome.RECORDED, 1, "promotion-20261120-1000", 2), r);
      // kept absolute, as the import log keeps a file (review20 X12)
      assertEquals(
          java.nio.file.Path.of("p.csv").toAbsolutePath().normalize().toString(),
          lists.written().get(0).file());
      // the next choice sees them cooling down; 0 days turns that off
      assertEquals(
          2, lists.promotion(everyone(null, null)).selection().excluded(Exclusion.COOLING_DOWN));
      assertEquals(
          List.of("Y1", "C13"),
          lists.promotion(everyone(0, 2)).selection().rows().stream()
              .map(PromotionRow::customerId)
              .toList());

      Undone u = lists.undo(1, at.plusSeconds(60), "ops-li");
      assertEquals(2, u.removed());
      assertNull(u.list().undoneAt());
      assertEquals(0, lists.written().get(0).contacts());
      assertEquals("ops-li", lists.written().get(0).undoneBy());
      var again = assertThrows(UserException.class, () -> lists.undo(1, at, null));
      assertEquals(ExitCodes.BAD_INPUT, again.exitCode());
      assertEquals(
          "list 1 \"promotion-20261120-1000\" was already undone at 2026-11-20 10:01:00",
          again.getMessage());
      assertEquals(
          ExitCodes.BAD_INPUT,
          assertThrows(UserException.class, () -> lists.undo(7, at, null)).exitCode());
    }
  }

  @Test
  void listsMadeAtTheSameMinuteGetDistinctDefaultNames() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF.toInstant())) {
      ListService lists = new ListService(store);
      List<PromotionRow> rows = lists.promotion(everyone(0, 1)).selection().rows();
      Instant at = AS_OF.toInstant();
      List<String> names = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        names.add(
            lists.record(ListKind.PROMOTION, rows, new ListWrite(null, null, at, false)).name());
      }
      // an operator's own name is kept as given, even when taken
      names.add(
          lists
              .record(
                  ListKind.PROMOTION,
                  rows,
                  new ListWrite("promotion-20261120-1000", null, at, false))
              .name());
      assertEquals(
          List.of(
              "promotion-20261120-1000",
              "promotion-20261120-1000-2",
              "promotion-20261120-1000-3",
              "promotion-20261120-1000"),
          names);
      assertEquals(names, lists.written().stream().map(l -> l.name()).toList());
    }
  }

  @Test
  void namesAreTheStoresSpellingAndUnknownNamesAreUsageErrors() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF.toInstant())) {
      ListService lists = new ListService(store);
      PromotionQuery q =
          new PromotionQuery(
              AS_OF,
              Set.of("new customers"),
              Set.of("普通"),
              Set.of(LifecycleStage.FIRST_PURCHASE, LifecycleStage.REPEAT),
              Set.of(),
              Set.of(),
              null,
              null,
              0,
              null);
      assertTrue(lists.promotion(q).selection().rows().size() > 0);
      var e =
          assertThrows(
              UserException.class,
              () ->
                  lists.promotion(
                      new PromotionQuery(
                          AS_OF,
                          Set.of(),
                          Set.of("黄金"),
                          Set.of(),
                          Set.of(),
                          Set.of(),
                          null,
                          null,
                          null,
                          null)));
      assertEquals(ExitCodes.USAGE, e.exitCode());
      assertEquals("--tier: no tier \"黄金\"", e.getMessage());
    }
  }
}
