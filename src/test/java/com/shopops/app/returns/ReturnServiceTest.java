package com.shopops.app.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.domain.returns.ReturnReason;
import com.shopops.domain.returns.ReturnReport;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.store.Store;
import com.shopops.text.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over a real store: what the returns commands and the follow-up list call. */
class ReturnServiceTest {
  private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

  @TempDir Path dir;
  private Store store;
  private ReturnService service;

  private static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SH).toInstant();
  }

  @BeforeEach
  void store() throws SQLException {
    Path db = dir.resolve("s.db");
    Store.create(db, SH, sh("2026-11-01T00:00")).close();
    long delivered = sh("2026-11-10T12:00").getEpochSecond();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      // O1: 2 × A for 200.00, 1 × B for 99.00; the shipment record says when it was delivered
      st.executeUpdate(
          "INSERT INTO orders (order_id, customer_id, amount, shipping_fee, status)"
              + " VALUES ('O1', 'C1', 29900, 1000, 'delivered')");
      st.executeUpdate(
          "INSERT INTO order_lines (order_id, line_no, sku, quantity, amount) VALUES"
              + " ('O1', 1, 'A', 2, 20000), ('O1', 2, 'B', 1, 9900)");
      st.executeUpdate(
          "INSERT INTO shipments (order_id, delivered_at) VALUES ('O1', " + delivered + ")");
    }
    store = Store.open(db, sh("2026-11-01T00:00"));
    service = new ReturnService(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private RecordedReturn add(String id, String sku, int units, String at) throws SQLException {
    return service.add(new NewReturn("O1", sku, units, ReturnReason.QUALITY, sh(at), id));
  }

  @Test
  void addNumbersTheReturnByItsRequestDay() throws SQLException {
    RecordedReturn r =
        service.add(
            new NewReturn("O1", "A", 1, ReturnReason.NO_REASON, sh("2026-11-12T10:00"), null));
    assertEquals("RT20261112001", r.record().returnId());
    assertEquals(List.of(), r.warnings());
    RecordedReturn next =
        service.add(
            new NewReturn("O1", "B", 1, ReturnReason.NO_REASON, sh("2026-11-18T00:00"), null));
    assertEquals("RT20261118001", next.record().returnId());
    assertEquals(
        "requested after the 7-day no-reason window closed at 2026-11-18 00:00;"
            + " recorded and flagged outside_window",
        next.warnings().stream().map(Object::toString).collect(Collectors.joining("; ")));
    assertEquals(
        List.of(Problem.of("warning.outside_window", "7", "2026-11-18 00:00")), next.warnings());
  }

  @Test
  void theUnitsCapHoldsAcrossReturnsAndNothingIsWritten() throws SQLException {
    add("R1", "A", 1, "2026-11-12T10:00");
    add("R2", "A", 1, "2026-11-12T11:00");
    UserException e =
        assertThrows(UserException.class, () -> add("R3", "A", 1, "2026-11-12T12:00"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertEquals(
        "cannot record R3: quantity: returns of order O1 SKU A total 3 units, but 2 were"
            + " bought",
        e.getMessage());
    assertEquals(2, service.waiting(sh("2026-11-13T00:00")).size());
  }

  /**
   * review13 M13: agent A approves R1 while agent B rejects it. B's read, check and write are one
   * transaction under the store's write lock, so B waits for A's commit and is checked against the
   * approval: refused, the approval kept. Before, B read "requested" beside A's open transaction,
   * passed its check, and its write replaced the approval (both told they succeeded).
   */
  @Test
  void twoAgentsMovingOneReturnTakeTurns() throws Exception {
    add("R1", "A", 1, "2026-11-12T10:00");
    Path db = dir.resolve("s.db");
    java.util.concurrent.CountDownLatch approving = new java.util.concurrent.CountDownLatch(1);
    Thread agentA =
        new Thread(
            () -> {
              try (Store a = Store.open(db, sh("2026-11-12T11:00"))) {
                a.inTransaction(
                    conn -> {
                      try (Statement st = conn.createStatement()) {
                        st.executeUpdate(
                            "UPDATE returns SET approved_at = "
                                + sh("2026-11-12T11:00").getEpochSecond()
                                + " WHERE return_id = 'R1'");
                      }
                      approving.countDown();
                      try {
                        Thread.sleep(300); // agent B asks while A's approval is not committed
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    });
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    agentA.start();
    approving.await();
    UserException e =
        assertThrows(
            UserException.class,
            () ->
                service.update(
                    new ReturnStep("R1", ReturnStatus.REJECTED, sh("2026-11-12T11:00"), null)));
    agentA.join();
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("approved"), e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT approved_at, rejected_at FROM returns")) {
      assertTrue(rs.next());
      assertEquals(sh("2026-11-12T11:00").getEpochSecond(), rs.getLong(1));
      assertNull(rs.getObject(2));
    }
  }

  @Test
  void refundingWithoutAnAmountRefundsWhatWasPaid() throws SQLException {
    add("R1", "A", 1, "2026-11-12T10:00");
    service.update(new ReturnStep("R1", ReturnStatus.APPROVED, sh("2026-11-12T11:00"), null));
    RecordedReturn r =
        service.update(new ReturnStep("R1", ReturnStatus.REFUNDED, sh("2026-11-12T12:00"), null));
    assertEquals(100_00, r.record().refundAmount());
    assertEquals(List.of(), service.waiting(sh("2026-11-13T00:00")));
  }

  @Test
  void anAmountGivenIsKeptAndCheckedAgainstWhatWasPaid() throws SQLException {
    add("R1", "B", 1, "2026-11-12T10:00");
    service.update(new ReturnStep("R1", ReturnStatus.APPROVED, sh("2026-11-12T11:00"), null));
    UserException e =
        assertThrows(
            UserException.class,
            () ->
                service.update(
                    new ReturnStep("R1", ReturnStatus.REFUNDED, sh("2026-11-12T12:00"), 109_01L)));
    assertTrue(
        e.getMessage().startsWith("cannot record R1: refund_amount: refund 109.01"),
        e.getMessage());
    assertEquals(
        50_00,
        service
            .update(new ReturnStep("R1", ReturnStatus.REFUNDED, sh("2026-11-12T12:00"), 50_00L))
            .record()
            .refundAmount());
  }

  @Test
  void waitingAndOverdueAsOfTheClock() throws SQLException {
    add("R1", "A", 1, "2026-11-12T10:00");
    add("R2", "B", 1, "2026-11-12T09:00");
    List<WaitingReturn> waiting = service.waiting(sh("2026-11-14T10:00"));
    assertEquals(List.of("R2", "R1"), waiting.stream().map(w -> w.record().returnId()).toList());
    // approval is due 48 h after the request; exactly at it is on time
    assertEquals(
        List.of("R2"),
        service.overdue(sh("2026-11-14T10:00")).stream().map(o -> o.record().returnId()).toList());
    OverdueReturn late = service.overdue(sh("2026-11-14T10:00")).get(0);
    assertEquals("approve_within", late.rule());
    assertEquals(sh("2026-11-14T09:00"), late.dueAt());
    // before its request a return is not waiting
    assertEquals(List.of(), service.waiting(sh("2026-11-12T08:59")));
  }

  @Test
  void eligibleReadsTheDeliveredTimeOfTheShipmentRecord() throws SQLException {
    var rows = service.eligible(sh("2026-11-17T23:00"), null);
    assertEquals(1, rows.size());
    assertEquals(sh("2026-11-18T00:00"), rows.get(0).closesAt());
    assertFalse(service.eligible(sh("2026-11-18T00:00"), null).size() > 0);
  }

  @Test
  void reportDefaultsToTheThirtyDaysUpToToday() throws SQLException {
    add("R1", "A", 1, "2026-11-12T10:00");
    ReturnsReport report =
        service.report(new ReportQuery(ReturnReport.By.SKU, null, null, sh("2026-11-20T10:00")));
    assertEquals(LocalDate.of(2026, 10, 22), report.first());
    assertEquals(LocalDate.of(2026, 11, 20), report.last());
    ReturnReport.Row a = report.rows().get(0);
    assertEquals("A", a.key());
    assertEquals(1, a.returnedUnits());
    assertEquals(2L, a.deliveredUnits());
  }

  @Test
  void aReportEndingBeforeItStartsIsAUsageError() {
    UserException e =
        assertThrows(
            UserException.class,
            () ->
                service.report(
                    new ReportQuery(
                        ReturnReport.By.SKU,
                        LocalDate.of(2030, 1, 1),
                        null,
                        sh("2026-11-20T10:00"))));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertEquals("--to 2026-11-20 is before --from 2030-01-01", e.getMessage());
  }
}
