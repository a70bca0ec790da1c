package com.shopops.app.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.TimeSpan;
import com.shopops.cli.CliRunner;
import com.shopops.domain.customers.FollowUpChannel;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up log without the CLI: a correction, what is due, the list. */
class FollowUpServiceTest {
  static final Instant T0 = Instant.parse("2026-11-19T02:00:00Z");

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", "src/test/resources/customers/rfm-orders.csv", "-q");
  }

  @Test
  void aCorrectionKeepsTheThreadAndStandsForTheEntry() throws Exception {
    try (Store store = Store.open(cli.db(), T0)) {
      var service = new FollowUpService(store);
      Instant next = Instant.parse("2026-11-19T16:00:00Z"); // 2026-11-20 00:00 +08:00
      var first =
          service.add(
              new NewFollowUp(
                  "A", "A2", FollowUpChannel.PHONE, " 小王 ", "busy", null, next, T0, null));
      assertFalse(first.unknownCustomer());
      assertEquals("小王", first.entry().agent());
      var fix =
          service.add(
              new NewFollowUp(
                  null,
                  null,
                  FollowUpChannel.IM,
                  "小王",
                  "replied",
                  null,
                  next.plusSeconds(86_400),
                  T0.plusSeconds(60),
                  first.entry().id()));
      assertEquals("A", fix.entry().customerId());
      assertEquals("A2", fix.entry().orderId());
      assertEquals("im", fix.entry().channel());

      Instant asOf = Instant.parse("2026-11-21T02:00:00Z"); // 2026-11-21 10:00 +08:00
      var due = service.due(asOf);
      assertEquals(1, due.size());
      assertEquals(fix.entry().id(), due.get(0).standing().entry().id());
      assertEquals(0, due.get(0).daysOverdue());
      assertEquals(T0, due.get(0).standing().at()); // the corrected contact's time
      assertEquals(2, service.list("A", null, TimeSpan.ALL).size());
      assertTrue(
          service
              .add(
                  new NewFollowUp("Z9", null, FollowUpChannel.SMS, "x", null, null, null, T0, null))
              .unknownCustomer());
    }
  }
}
