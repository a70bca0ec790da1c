package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Which order is a purchase" is written once per backend, in {@link Purchases} (the same SQL on
 * both), and the status codes in SQL only through {@link OrderStatusSql} (review13 M9: ten hand
 * copies disagreed, so a Tmall order closed after payment was a buyer in metrics and no purchase in
 * customers list). Read as a newcomer would grep: no other main source spells the predicate, and
 * the queries that count purchases are exactly those listed here.
 */
class PurchaseRuleTest {
  private static final Path MAIN = Path.of("src/main/java/com/shopops");

  /** Hand spellings of the rule or of a status code in SQL (comments are not code). */
  private static final List<Pattern> HAND_COPIES =
      List.of(
          Pattern.compile("(?i)paid_at\\s+IS\\s+NOT\\s+NULL"),
          Pattern.compile("(?i)status\\s+(IS\\s+DISTINCT\\s+FROM|IS\\s+NOT|<>|!=|=)\\s*'"),
          Pattern.compile("(?i)NOT\\s+IN\\s*\\(\\s*'(cancelled|refunded)'"),
          Pattern.compile("(?i)\\bIN\\s*\\(\\s*'(cancelled|refunded)'"),
          Pattern.compile("isNot\\(\"o\\.status\""));

  /**
   * Where the rule and the codes are generated: the only places that may spell them. The ship-by
   * clock's cash-on-delivery fallback ({@link ShipClockSql}) spells its status through {@link
   * OrderStatusSql}, so it needs no home of its own.
   */
  private static final Set<String> HOMES =
      Set.of("store/Purchases.java", "store/OrderStatusSql.java");

  /** Every main source that counts purchases through {@link Purchases}. */
  private static final Set<String> USERS =
      Set.of(
          "store/CustomerFigureUpkeep.java", // the maintained figures (check --rebuild)
          "store/CustomerFigures.java", // RFM, show, lifecycle, lifetimes, CLV, summary
          "store/CustomerQueries.java", // customers list and show
          "store/ListStore.java", // winback, promotion and follow-up lists
          "store/OldReadings.java", // an old store's paid orders read the old way (review13 M1)
          "store/OrderMergePath.java", // a paid Tmall order whose 实付 a newer export lowered (A1)
          "store/OrderSql.java", // the merge: a purchase first stored closed (review16 Q6)
          "store/PaidSeenUpgrade.java", // presales paid again at upgrade (tryout24a A8, V049/V052)
          "store/PresaleUpgrade.java", // staged presales an older store dated on their deposit
          // (V046)
          "store/ReturnFigureDeltas.java", // a returns import's refunds, once per file (V027)
          "store/ReturnFigures.java", // the refunds an export states (closed after payment)
          "store/SalesFigures.java", // metrics: orders, buyers, new buyers, currencies
          "store/SlaQueries.java", // the ship-by clock runs for paid orders
          "store/StagedPaidSql.java"); // a staged presale's paid time capped at its first outbound

  private static String code(Path p) throws IOException {
    return Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String name(Path p) {
    return MAIN.relativize(p).toString().replace('\\', '/');
  }

  @Test
  void noSourceButItsHomeSpellsThePurchaseRule() throws IOException {
    List<String> copies = new ArrayList<>();
    for (Path p : sources()) {
      if (HOMES.contains(name(p))) {
        continue;
      }
      String code = code(p);
      for (Pattern hand : HAND_COPIES) {
        Matcher m = hand.matcher(code);
        while (m.find()) {
          copies.add(name(p) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), copies, "spell it through Purchases / OrderStatusSql, not by hand");
  }

  @Test
  void theQueriesOfPurchasesAreTheseAndOnlyThese() throws IOException {
    Set<String> users = new TreeSet<>();
    for (Path p : sources()) {
      if (!name(p).equals("store/Purchases.java") && code(p).contains("Purchases.")) {
        users.add(name(p));
      }
    }
    assertEquals(new TreeSet<>(USERS), users);
  }

  @Test
  void aPurchaseIsAPaidOrderWhateverCameAfter() {
    assertEquals("o.paid_at IS NOT NULL", Purchases.of("o"));
    assertEquals(
        "o.customer_id IS NOT NULL AND o.paid_at IS NOT NULL AND o.paid_at <= ?",
        Purchases.ofBuyerUpToAsOf("o"));
  }

  @Test
  void cashOnDeliveryIsTheShipClocksRuleAndReadsAsV023sIndex() {
    // word for word the WHERE of orders_unshipped_cod (V023), so that SQLite reads that index
    assertEquals(
        "(o.cash_on_delivery = 1 OR o.status = 'paid')", ShipClockSql.mayBeCashOnDelivery("o"));
  }
}
