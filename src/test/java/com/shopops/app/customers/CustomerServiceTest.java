package com.shopops.app.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.cli.CliRunner;
import com.shopops.domain.customers.RfmScore;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service behind {@code customers segment} and {@code customers show}, without the CLI. */
class CustomerServiceTest {
  static final Instant AS_OF = Instant.parse("2026-11-20T02:00:00Z");
  static final String RES = "src/test/resources/customers/";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
  }

  private static SegmentQuery query(SegmentMethod m, String segment, boolean summary) {
    return new SegmentQuery(m, AS_OF, null, null, null, segment, summary);
  }

  @Test
  void segmentNamesAreMatchedLooselyAndRefusedWithTheChoices() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF)) {
      var service = new CustomerService(store, Rules.of(store));
      var rfm = (Segmentation.Rfm) service.segment(query(SegmentMethod.RFM, "champions", false));
      assertEquals(1, rfm.scores().size());
      RfmScore b = rfm.scores().get(0);
      assertEquals("B", b.customerId());
      var stages =
          (Segmentation.Lifecycle)
              service.segment(query(SegmentMethod.LIFECYCLE, "first_purchase", true));
      assertEquals(1, stages.summary().size());
      assertEquals("first purchase", stages.summary().get(0).name());
      var e =
          assertThrows(
              UserException.class, () -> service.segment(query(SegmentMethod.TIER, "gold", false)));
      assertEquals(ExitCodes.USAGE, e.exitCode());
      assertTrue(e.getMessage().startsWith("--segment: no tier \"gold\""), e.getMessage());
    }
  }

  @Test
  void showResolvesAPhoneNumberAndStandsLikeSegment() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF)) {
      var service = new CustomerService(store, Rules.of(store));
      CustomerView v = service.show("+86 138 1234 1234", AS_OF);
      assertEquals("A", v.profile().customerId());
      assertEquals("华东", v.region());
      assertEquals("Potential Loyalist", v.standing().segment());
      assertEquals("A3", v.orders().get(0).order().orderId()); // latest first
      assertNull(v.nextFollowUp());
      assertNull(v.followUpDue());
      var d = service.show("D", AS_OF);
      assertNull(d.profile().name()); // known from orders only
      assertEquals("西南", d.region());
    }
  }
}
