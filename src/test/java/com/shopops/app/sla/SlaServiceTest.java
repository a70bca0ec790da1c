package com.shopops.app.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.app.TimeSpan;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaAlerts;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service without the command line: listings keep some orders but count every alert. */
class SlaServiceTest {
  private static final Instant AS_OF = SlaFixture.AS_OF;

  @TempDir Path dir;
  private SlaFixture fixture;

  @BeforeEach
  void init() throws Exception {
    // ship_within 24h, ship_max 48h: as of 03-03 06:00, R1/R2 due within 4h (R2 sooner), O1
    // overdue, B1 breached, S1 shipped late, D1 (no carrier) due in 23h
    fixture =
        new SlaFixture(
            dir,
            """
            order_id,customer_id,created_at,paid_at,shipped_at,carrier,status
            R1,C1,2026-03-02 09:00:00,2026-03-02 09:00:00,,顺丰速运,paid
            R2,C1,2026-03-02 07:00:00,2026-03-02 08:00:00,,顺丰速运,paid
            O1,C2,2026-03-01 20:00:00,2026-03-01 20:00:00,,中通快递,paid
            B1,C3,2026-02-28 20:00:00,2026-02-28 20:00:00,,中通快递,paid
            S1,C3,2026-03-01 00:00:00,2026-03-01 00:00:00,2026-03-02 12:00:00,中通快递,shipped
            D1,C4,2026-03-03 05:00:00,2026-03-03 05:00:00,,,paid
            """);
  }

  private Store store() {
    return fixture.store();
  }

  @Test
  void atRiskKeepsTheNearestDeadlineFirstAndCountsTheAlertsItDoesNotShow() throws Exception {
    try (Store store = store()) {
      SlaListing l = new SlaService(store).atRisk(new SlaService.AtRiskQuery(AS_OF, null));
      assertEquals(List.of("R2", "R1"), l.rows().stream().map(SlaOrder::orderId).toList());
      assertEquals(new SlaAlerts(1, 1), l.alerts());
      SlaListing wide =
          new SlaService(store).atRisk(new SlaService.AtRiskQuery(AS_OF, Duration.ofDays(2)));
      assertEquals(List.of("R2", "R1", "D1"), wide.rows().stream().map(SlaOrder::orderId).toList());
    }
  }

  @Test
  void unshippedIsWhatTheListsRead() throws Exception {
    try (Store store = store()) {
      SlaListing l = new SlaService(store).unshipped(AS_OF, ShippingStatus::isAlert);
      assertEquals(List.of("B1", "O1"), l.rows().stream().map(SlaOrder::orderId).toList());
      assertEquals(
          List.of(ShippingStatus.BREACHED, ShippingStatus.OVERDUE),
          l.rows().stream().map(SlaOrder::status).toList());
      assertEquals("C3", l.rows().get(0).customerId());
    }
  }

  @Test
  void theReportPutsTheBiggestCarrierFirstAndNoCarrierLast() throws Exception {
    try (Store store = store()) {
      SlaReportResult r =
          new SlaService(store)
              .report(new SlaService.ReportQuery(AS_OF, TimeSpan.ALL, SlaGrouping.CARRIER));
      assertEquals(
          List.of("中通快递", "顺丰速运", SlaReportResult.NONE),
          r.groups().stream().map(SlaReportResult.Group::key).toList());
      assertEquals(6, r.total().orders());
      assertEquals(new SlaAlerts(1, 1), r.alerts());
    }
  }
}
