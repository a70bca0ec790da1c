package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.Rules;
import com.shopops.app.metrics.MetricsQuery;
import com.shopops.app.metrics.MetricsSeries;
import com.shopops.app.metrics.MetricsService;
import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import com.shopops.domain.metrics.Granularity;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * {@code metrics --by day} over a year sends a handful of statements, not a few per day (issue 18:
 * on a PostgreSQL store 1 ms away, 3,000 statements are 3 s of waiting).
 */
class MetricsStatementsTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2027-01-02T02:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

  /** An SQLite connection that counts the statements prepared or created on it. */
  static final class Counting extends JDBC4Connection {
    int statements;

    Counting(Path file) throws SQLException {
      super("jdbc:sqlite:" + file, file.toString(), new Properties());
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
      statements++;
      return super.prepareStatement(sql);
    }

    @Override
    public Statement createStatement() throws SQLException {
      statements++;
      return super.createStatement();
    }
  }

  private void fill(Path file) throws Exception {
    Store s = Store.create(file, ZONE, T);
    try (Statement st = s.connection().createStatement()) {
      for (int d = 0; d < 365; d += 2) {
        long paid = FIRST.plusDays(d).atStartOfDay(ZONE).toEpochSecond() + 3600;
        st.execute(
            "INSERT INTO orders (order_id, customer_id, paid_at, amount) VALUES ('O"
                + d
                + "', 'C"
                + d % 7
                + "', "
                + paid
                + ", 1000)");
      }
      st.execute("INSERT INTO traffic (date, channel, pv, uv) VALUES ('2026-12-30', '', 9, 4)");
    }
    try (ImportSession session =
        ImportSession.begin(s, "events", "e.csv", "sha", "generic", "UTF-8", T, 0)) {
      EventWriter w = session.events();
      List<Event> events = new ArrayList<>();
      for (int d = 0; d < 300; d += 3) {
        Instant t = FIRST.plusDays(d).atStartOfDay(ZONE).toInstant().plusSeconds(60);
        events.add(new Event(t, "V" + d % 5, EventType.VIEW, "S1", null));
        events.add(new Event(t.plusSeconds(1), "V" + d % 4, EventType.CART, "S1", null));
      }
      for (Event e : events) {
        w.add(e);
      }
      long[] c = w.finish();
      session.commit(events.size(), c[0], c[1], c[2], 0, T);
    }
    s.close();
  }

  @Test
  void aYearByDayIsAHandfulOfStatements() throws Exception {
    Path file = dir.resolve("s.db");
    fill(file);
    Counting conn = new Counting(file);
    Store s = Store.onConnection(file, conn, ZONE);
    Rules rules = Rules.of(s);
    conn.statements = 0;
    MetricsSeries year =
        new MetricsService(s, rules)
            .metrics(new MetricsQuery(Granularity.DAY, FIRST, LocalDate.of(2026, 12, 31), null, T));
    int forAYear = conn.statements;
    assertEquals(365, year.rows().size());
    // 16, one for the note on closures dated without a close time (review16 Q6), one for the
    // orders with no order time at all (generic25)
    // and one for whether the store holds a return at all (tryout26b B1, ReturnFigures.hasReturns)
    assertTrue(forAYear <= 19, forAYear + " statements for 365 days");
    conn.statements = 0;
    MetricsSeries twoYears =
        new MetricsService(s, rules)
            .metrics(
                new MetricsQuery(
                    Granularity.DAY, FIRST.minusYears(1), LocalDate.of(2026, 12, 31), null, T));
    assertEquals(730, twoYears.rows().size());
    assertEquals(forAYear, conn.statements, "twice the days, the same statements");
    assertEquals(year.rows(), twoYears.rows().subList(365, 730));
    s.close();
  }
}
