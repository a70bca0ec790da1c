package com.shopops.devtools;

import com.shopops.devtools.Catalog.Carrier;
import com.shopops.devtools.Catalog.City;
import com.shopops.devtools.Catalog.Product;
import com.shopops.devtools.Catalog.Province;
import com.shopops.devtools.ShopModel.Channel;
import com.shopops.devtools.ShopModel.Customer;
import com.shopops.devtools.ShopModel.Event;
import com.shopops.devtools.ShopModel.Line;
import com.shopops.devtools.ShopModel.Order;
import com.shopops.devtools.ShopModel.Return;
import com.shopops.devtools.ShopModel.Review;
import com.shopops.devtools.ShopModel.Status;
import com.shopops.devtools.ShopModel.TrafficDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the sample shop from a seed. Only {@link SplittableRandom} drives it, never the wall
 * clock, so the same seed gives the same shop. Most history is random; the last days before {@link
 * #EXAMPLE_NOW} are partly planted so that every shipping and returns state an operator meets (due,
 * at risk, overdue, breached; refund overdue; window open or closed) is present.
 */
final class ShopGenerator {
  /** The examples' reference clock: 2026-11-20 10:00 Asia/Shanghai. */
  static final LocalDateTime EXAMPLE_NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

  static final LocalDate FIRST_DAY = LocalDate.of(2026, 5, 1);

  static final String[] RETURN_REASONS = {"no-reason", "quality", "wrong item", "damaged", "other"};
  private static final int[] RETURN_REASON_WEIGHTS = {40, 20, 10, 15, 15};
  static final String[] TRAFFIC_CHANNELS = {"搜索", "推荐", "直播", "站外"};
  private static final double[] TRAFFIC_SHARE = {0.45, 0.30, 0.15, 0.10};

  /** Orders by hour of day: a lunch bump and the evening peak. */
  private static final double[] HOUR_WEIGHTS = {
    1, .5, .3, .2, .2, .3, .6, 1.2, 2, 2.5, 3, 3, 3.5, 3, 2.8, 2.8, 3, 3, 3.2, 3.8, 4.5, 5, 4.5, 2.5
  };

  private static final int CUSTOMERS = 120;
  private static final int PROSPECTS = 10; // registered, never ordered
  private static final int HEAVY_BUYERS = 5;
  private static final int RANDOM_OWN_ORDERS = 262;

  private final SplittableRandom rnd;
  private final LocalDateTime now = EXAMPLE_NOW;
  private final Set<String> usedIds = new HashSet<>();
  private List<Customer> customers;
  private double[] buyerWeight;

  ShopGenerator(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  ShopModel generate() {
    customers = customers();
    List<Order> own = ownOrders();
    List<Order> taobao = platformOrders(Channel.TAOBAO, 35, 30, new double[] {3, 21, 30, 55}, 2);
    List<Order> jd = platformOrders(Channel.JD, 26, 30, new double[] {5, 22, 36, 60}, -1);
    List<Order> shopify = platformOrders(Channel.SHOPIFY, 30, 45, new double[] {4, 23, 52}, 6);
    shopifyExtras(shopify);
    assignIds(own, taobao, jd, shopify);

    List<Return> returns = new ArrayList<>();
    own.forEach(o -> returns.addAll(o.returns));
    returns.sort(Comparator.comparing((Return r) -> r.requestedAt));
    for (int i = 0; i < returns.size(); i++) {
      Return r = returns.get(i);
      r.id =
          "RT"
              + r.requestedAt.format(DateTimeFormatter.BASIC_ISO_DATE)
              + String.format("%03d", i + 1);
    }
    return new ShopModel(
        now,
        Catalog.PRODUCTS,
        customers,
        own,
        taobao,
        jd,
        shopify,
        returns,
        reviews(own),
        traffic(own),
        events());
  }

  // ---------------------------------------------------------------- customers

  private List<Customer> customers() {
    List<Customer> list = new ArrayList<>();
    Set<String> phones = new HashSet<>();
    for (int i = 1; i <= CUSTOMERS; i++) {
      String surname = pick(Catalog.SURNAMES);
      String given = pick(Catalog.GIVEN_NAMES);
      String phone;
      do {
        phone = "1" + (3 + rnd.nextInt(7)) + digits(9);
      } while (!phones.add(phone));
      String email = "";
      if (rnd.nextDouble() < 0.65) {
        email =
            rnd.nextBoolean()
                ? (1 + rnd.nextInt(9)) + digits(5 + rnd.nextInt(5)) + "@qq.com"
                : letters(5 + rnd.nextInt(5))
                    + (rnd.nextBoolean() ? digits(2) : "")
                    + "@"
                    + pick(Catalog.EMAIL_DOMAINS);
      }
      Province p = weightedProvince();
      City c = p.cities().get(rnd.nextInt(p.cities().size()));
      boolean prospect = i > CUSTOMERS - PROSPECTS;
      LocalDateTime registered =
          prospect
              ? randomTime(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 19))
              : rnd.nextDouble() < 0.55
                  ? randomTime(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 4, 30))
                  : randomTime(FIRST_DAY, LocalDate.of(2026, 11, 5));
      String nick =
          rnd.nextDouble() < 0.6
              ? "tb" + digits(8) + (rnd.nextBoolean() ? "_" + digits(2) : "")
              : pick(Catalog.NICK_WORDS) + surname + given + digits(3);
      list.add(
          new Customer(
              String.format("C%05d", i),
              surname,
              given,
              phone,
              email,
              p,
              c,
              pick(c.districts()),
              street(),
              registered,
              rnd.nextDouble() < 0.7,
              nick,
              "jd_" + letters(4) + digits(6),
              7210448301122L + i * 7919L));
    }
    // Weights for who places the next order: a handful of heavy buyers, a core of repeat
    // buyers, and a long tail that buys once or twice. Prospects never order.
    buyerWeight = new double[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS - PROSPECTS; i++) {
      buyerWeight[i] = i % 3 == 0 ? 3 : 0.6;
    }
    for (int k = 0; k < HEAVY_BUYERS; k++) {
      buyerWeight[7 + k * 19] = 10;
    }
    return list;
  }

  private Customer drawBuyer(LocalDateTime at) {
    double total = 0;
    for (int i = 0; i < customers.size(); i++) {
      if (customers.get(i).registeredAt().isBefore(at)) total += buyerWeight[i];
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < customers.size(); i++) {
      if (!customers.get(i).registeredAt().isBefore(at) || buyerWeight[i] == 0) continue;
      x -= buyerWeight[i];
      if (x < 0) return customers.get(i);
    }
    return customers.get(0); // the first customers registered long before the period
  }

  // ---------------------------------------------------------------- orders

  private List<Order> ownOrders() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < RANDOM_OWN_ORDERS; i++) {
      // The first two open the period on its first day; the rest fall where the season puts them.
      LocalDateTime created =
          i < 2 ? randomOrderTime(FIRST_DAY, FIRST_DAY) : randomOrderTime(FIRST_DAY);
      Order o = newOrder(Channel.OWN, drawBuyer(created), created, 1);
      randomHistory(o, true, true);
      orders.add(o);
    }
    // Unshipped paid orders relative to now: due, at risk (<4h to the 24h deadline), overdue
    // (past 24h) and breached (past 48h). Plus unpaid and cancelled ones.
    for (double h : new double[] {1.5, 6, 13.2, 18, 20.5, 22.75, 25.5, 31, 44, 50, 73}) {
      orders.add(plantedUnshipped(Channel.OWN, h, 1));
    }
    for (double h : new double[] {0.8, 3}) {
      orders.add(plantedPending(Channel.OWN, h));
    }
    Order cancelled = newOrder(Channel.OWN, drawBuyer(now.minusHours(40)), now.minusHours(40), 1);
    cancelled.closedAt = cancelled.createdAt.plusHours(24);
    cancelled.closeReason = "超时未付款";
    cancelled.status = Status.CANCELLED;
    orders.add(cancelled);
    // Every registered buyer (not the prospects) has bought at least once.
    Set<Customer> buyers = new HashSet<>();
    orders.forEach(o -> buyers.add(o.customer));
    for (Customer c : customers.subList(0, CUSTOMERS - PROSPECTS)) {
      if (buyers.contains(c)) continue;
      LocalDate from = c.registeredAt().toLocalDate().plusDays(1);
      LocalDateTime created = randomOrderTime(from.isBefore(FIRST_DAY) ? FIRST_DAY : from);
      Order o = newOrder(Channel.OWN, c, created, 1);
      randomHistory(o, true, true);
      orders.add(o);
    }
    for (Order o : orders) {
      if (o.deliveredAt != null && rnd.nextDouble() < 0.09) randomReturn(o);
    }
    plantReturns(orders);
    orders.forEach(this::settleRefunds);
    return orders;
  }

  /**
   * Orders of one platform's export: recent ones (the last {@code days} days) so that every
   * platform status shows up. {@code pendingHours} &lt; 0: this platform's export has no unpaid
   * orders.
   */
  private List<Order> platformOrders(
      Channel ch, int random, int days, double[] unshippedHours, double pendingHours) {
    boolean pendingAllowed = pendingHours >= 0;
    boolean unpaidClose = ch != Channel.SHOPIFY;
    List<Order> orders = new ArrayList<>();
    LocalDate from = now.toLocalDate().minusDays(days);
    for (int i = 0; i < random; i++) {
      LocalDateTime created = randomOrderTime(from);
      Order o = newOrder(ch, drawBuyer(created), created, i % 4 == 1 ? 2 : 1);
      randomHistory(o, pendingAllowed, unpaidClose);
      if (o.deliveredAt != null && rnd.nextDouble() < 0.12) randomReturn(o);
      orders.add(o);
    }
    for (double h : unshippedHours) {
      orders.add(plantedUnshipped(ch, h, ch == Channel.SHOPIFY && h > 20 && h < 24 ? 2 : 1));
    }
    if (pendingAllowed) orders.add(plantedPending(ch, pendingHours));
    orders.forEach(this::settleRefunds);
    return orders;
  }

  /** Shopify specifics: a few overseas buyers paying in USD, and a partly fulfilled order. */
  private void shopifyExtras(List<Order> shopify) {
    for (int i = 0; i < Catalog.OVERSEAS.size(); i++) {
      LocalDateTime created = randomOrderTime(now.toLocalDate().minusDays(45));
      Order o = newOrder(Channel.SHOPIFY, null, created, i % 2 == 0 ? 2 : 1);
      o.overseas = Catalog.OVERSEAS.get(i);
      o.currency = "USD";
      o.province = null;
      o.city = null;
      for (int k = 0; k < o.lines.size(); k++) {
        // List prices in dollars: about ¥7 to the dollar, ending in .90.
        Line l = o.lines.get(k);
        long usd = Math.max(100, (l.unitPriceFen + 350) / 700 * 100) - 10;
        o.lines.set(k, new Line(l.product, l.quantity, usd));
      }
      o.discountFen = 0;
      o.discountCode = "";
      o.shippingFeeFen = o.goodsFen() >= 5000 ? 0 : 990;
      randomHistory(o, true, false);
      shopify.add(o);
    }
    shopify.stream()
        .filter(o -> o.status == Status.PAID && o.lines.size() >= 2)
        .findFirst()
        .ifPresent(o -> o.partialFulfilment = true);
    // One partial refund (partially_refunded) and one whole-order refund (refunded).
    List<Order> settled =
        shopify.stream()
            .filter(
                o ->
                    o.deliveredAt != null
                        && o.deliveredAt.isBefore(now.minusDays(6))
                        && o.returns.isEmpty())
            .toList();
    settled.stream()
        .filter(o -> o.lines.size() >= 2)
        .findFirst()
        .ifPresent(o -> refunded(o, o.lines.get(0), 1, "damaged"));
    settled.stream()
        .filter(o -> o.lines.size() == 1)
        .findFirst()
        .ifPresent(o -> refunded(o, o.lines.get(0), o.lines.get(0).quantity, "no-reason"));
    shopify.forEach(this::settleRefunds);
  }

  private void refunded(Order o, Line line, int qty, String reason) {
    Return r = plantedReturn(o, line, qty, reason, o.deliveredAt.plusDays(1));
    r.approvedAt = r.requestedAt.plusHours(2);
    r.receivedAt = r.approvedAt.plusDays(3);
    r.refundedAt = r.receivedAt.plusHours(5);
  }

  private Order newOrder(Channel ch, Customer c, LocalDateTime created, int minLines) {
    Order o = new Order();
    o.channel = ch;
    o.customer = c;
    o.createdAt = created;
    if (c != null && rnd.nextDouble() < 0.9) {
      o.province = c.province();
      o.city = c.city();
      o.district = c.district();
      o.street = c.street();
    } else {
      o.province = weightedProvince();
      o.city = o.province.cities().get(rnd.nextInt(o.province.cities().size()));
      o.district = pick(o.city.districts());
      o.street = street();
    }
    double r = rnd.nextDouble();
    int lines = Math.max(minLines, r < 0.65 ? 1 : r < 0.9 ? 2 : 3);
    Set<Product> chosen = new HashSet<>();
    while (o.lines.size() < lines) {
      Product p = weightedProduct(created.toLocalDate());
      if (!chosen.add(p)) continue;
      int qty = p.category().equals("零食") ? 1 + rnd.nextInt(3) : rnd.nextDouble() < 0.85 ? 1 : 2;
      o.lines.add(new Line(p, qty, p.priceFen()));
    }
    applyDiscount(o);
    long goods = o.goodsFen();
    o.shippingFeeFen = o.province.remote() ? (goods >= 19900 ? 0 : 1500) : goods >= 6900 ? 0 : 600;
    if (rnd.nextDouble() < 0.08)
      o.buyerNote = pick(new String[] {"请尽快发货", "送人的，不要放发票", "周末不在家，请放快递柜"});
    return o;
  }

  /** Coupons (满减): a share of the discount on each line, the remainder on the last. */
  private void applyDiscount(Order o) {
    boolean double11 = MonthDay.from(o.createdAt).equals(MonthDay.of(11, 11));
    if (rnd.nextDouble() >= (double11 ? 0.5 : 0.12)) return;
    long list = o.listFen();
    long off = list >= 19900 ? 2000 : list >= 9900 ? 1000 : list >= 5900 ? 500 : 0;
    if (off == 0) return;
    o.discountFen = off;
    o.discountCode =
        double11 ? "DOUBLE11" : off == 2000 ? "SAVE20" : off == 1000 ? "SAVE10" : "SAVE5";
    long left = off;
    for (int i = 0; i < o.lines.size(); i++) {
      Line l = o.lines.get(i);
      long share = i == o.lines.size() - 1 ? left : off * l.amountFen / list;
      l.amountFen -= share;
      left -= share;
    }
  }

  /** Payment, shipping, delivery and confirmation, each stopped at {@link #now}. */
  private void randomHistory(Order o, boolean pendingAllowed, boolean unpaidClose) {
    double r = rnd.nextDouble();
    if (unpaidClose && r < 0.025) {
      o.closedAt = o.createdAt.plusMinutes(20 + rnd.nextInt(3 * 24 * 60));
      o.closeReason = rnd.nextBoolean() ? "买家不想买了" : "超时未付款";
      if (o.closedAt.isAfter(now)) o.closedAt = now.minusMinutes(1 + rnd.nextInt(10));
      if (!o.closedAt.isAfter(o.createdAt)) o.closedAt = o.createdAt.plusSeconds(30);
      o.status = Status.CANCELLED;
      return;
    }
    if (pendingAllowed && hoursBetween(o.createdAt, now) < 12 && r < 0.2) {
      o.status = Status.PENDING;
      return;
    }
    o.paidAt = o.createdAt.plusSeconds(5 + rnd.nextInt(20 * 60));
    if (o.paidAt.isAfter(now)) o.paidAt = o.createdAt.plusSeconds(5);
    if (r > 0.98) { // paid, then cancelled by the buyer before it shipped: full refund
      o.closedAt = o.paidAt.plusMinutes(30 + rnd.nextInt(600));
      if (o.closedAt.isBefore(now)) {
        o.closeReason = "买家申请退款";
        o.status = Status.REFUNDED;
        return;
      }
      o.closedAt = null;
    }
    o.shippedAt = shipTime(o.paidAt, shipDelayMinutes());
    if (o.shippedAt.isAfter(now)) {
      o.shippedAt = null;
      o.status = Status.PAID;
      return;
    }
    ship(o);
  }

  private void ship(Order o) {
    int carrier = weightedIndex(Catalog.CARRIER_WEIGHTS);
    o.carrier = Catalog.CARRIERS.get(carrier);
    o.trackingNo = trackingNo(o.carrier);
    int days = o.province == null ? 7 : o.province.days();
    o.estimatedDeliveryAt = o.shippedAt.toLocalDate().plusDays(days).atTime(23, 0);
    int late = rnd.nextDouble() < 0.12 ? 1 + rnd.nextInt(2) : 0;
    o.deliveredAt =
        o.shippedAt
            .toLocalDate()
            .plusDays(days + late)
            .atTime(9 + rnd.nextInt(11), rnd.nextInt(60), rnd.nextInt(60));
    if (o.deliveredAt.isAfter(now)) {
      o.deliveredAt = null;
      o.status = Status.SHIPPED;
      return;
    }
    // 确认收货: the buyer confirms within days, or the platform does it 10 days after shipping.
    LocalDateTime confirmed = o.deliveredAt.plusMinutes(60 + rnd.nextInt(6 * 24 * 60));
    LocalDateTime auto = o.shippedAt.plusDays(10);
    o.confirmedAt = confirmed.isBefore(auto) || auto.isBefore(o.deliveredAt) ? confirmed : auto;
    o.status = o.confirmedAt.isAfter(now) ? Status.DELIVERED : Status.COMPLETED;
    if (o.status == Status.DELIVERED) o.confirmedAt = null;
  }

  /** Mostly well inside 24 hours; some late (24–48 h) and a few past the 48 h limit. */
  private int shipDelayMinutes() {
    double r = rnd.nextDouble();
    if (r < 0.70) return 60 + rnd.nextInt(15 * 60);
    if (r < 0.87) return 16 * 60 + rnd.nextInt(8 * 60);
    if (r < 0.96) return 24 * 60 + rnd.nextInt(24 * 60);
    return 48 * 60 + rnd.nextInt(42 * 60);
  }

  /** The warehouse hands parcels over between 08:00 and 21:00. */
  private static LocalDateTime shipTime(LocalDateTime paid, int delayMinutes) {
    LocalDateTime t = paid.plusMinutes(delayMinutes);
    if (t.getHour() < 8) t = t.withHour(8);
    if (t.getHour() >= 21) t = t.plusDays(1).withHour(8);
    return t;
  }

  private Order plantedUnshipped(Channel ch, double hoursAgo, int minLines) {
    LocalDateTime paid = now.minusMinutes(Math.round(hoursAgo * 60)).minusSeconds(rnd.nextInt(60));
    LocalDateTime created = paid.minusSeconds(10 + rnd.nextInt(900));
    Order o = newOrder(ch, drawBuyer(created), created, minLines);
    o.paidAt = paid;
    o.status = Status.PAID;
    return o;
  }

  private Order plantedPending(Channel ch, double hoursAgo) {
    LocalDateTime created =
        now.minusMinutes(Math.round(hoursAgo * 60)).minusSeconds(rnd.nextInt(60));
    Order o = newOrder(ch, drawBuyer(created), created, 1);
    o.status = Status.PENDING;
    return o;
  }

  /** Ids in creation order: SO + date + 4-digit daily sequence, platform-style ids elsewhere. */
  private void assignIds(List<Order> own, List<Order> taobao, List<Order> jd, List<Order> shopify) {
    Comparator<Order> byCreated = Comparator.comparing(o -> o.createdAt);
    own.sort(byCreated);
    Map<LocalDate, Integer> seq = new HashMap<>();
    for (Order o : own) {
      int n = seq.merge(o.createdDate(), 1, Integer::sum);
      o.id =
          "SO"
              + o.createdDate().format(DateTimeFormatter.BASIC_ISO_DATE)
              + String.format("%04d", n);
    }
    taobao.sort(byCreated);
    taobao.forEach(o -> o.id = uniqueId("3" + digits(18))); // 19 digits: text, never a number
    jd.sort(byCreated);
    jd.forEach(o -> o.id = uniqueId("3" + digits(11)));
    shopify.sort(byCreated);
    for (int i = 0; i < shopify.size(); i++) shopify.get(i).id = "#" + (1001 + i);
  }

  private String uniqueId(String candidate) {
    String id = candidate;
    while (!usedIds.add(id)) id = id.charAt(0) + digits(id.length() - 1);
    return id;
  }

  // ---------------------------------------------------------------- returns

  private void randomReturn(Order o) {
    Line line = o.lines.get(rnd.nextInt(o.lines.size()));
    int qty = 1 + rnd.nextInt(line.quantity);
    String reason = RETURN_REASONS[weightedIndex(RETURN_REASON_WEIGHTS)];
    boolean outsideWindow = rnd.nextDouble() < 0.2;
    LocalDateTime requested =
        outsideWindow
            ? o.deliveredAt.plusDays(8 + rnd.nextInt(7)).plusMinutes(rnd.nextInt(600))
            : o.deliveredAt.plusMinutes(120 + rnd.nextInt((int) (6.5 * 24 * 60)));
    if (requested.isAfter(now)) return;
    Return r = new Return(o, line, qty, reason);
    r.requestedAt = requested;
    boolean reject = (reason.equals("no-reason") && outsideWindow(r)) || rnd.nextDouble() < 0.05;
    LocalDateTime t = requested.plusMinutes(60 + rnd.nextInt(23 * 60));
    o.returns.add(r);
    if (t.isAfter(now)) return;
    if (reject) {
      r.rejectedAt = t;
      return;
    }
    r.refundAmountFen = line.amountFen * qty / line.quantity;
    r.approvedAt = t;
    t = t.plusMinutes(2 * 24 * 60 + rnd.nextInt(3 * 24 * 60)); // the buyer sends the goods back
    if (t.isAfter(now)) return;
    r.receivedAt = t;
    t =
        rnd.nextDouble() < 0.15
            ? t.plusDays(8 + rnd.nextInt(5)) // slow refund, past the 7-day rule
            : t.plusMinutes(120 + rnd.nextInt(3 * 24 * 60));
    if (!t.isAfter(now)) r.refundedAt = t;
  }

  /** The 7-day no-reason window ends at 24:00 of the 7th day after the day of delivery. */
  static boolean outsideWindow(Return r) {
    LocalDateTime windowEnd = r.order.deliveredAt.toLocalDate().plusDays(8).atStartOfDay();
    return !r.requestedAt.isBefore(windowEnd);
  }

  /** Make sure the returns reports have something to show at every step. */
  private void plantReturns(List<Order> orders) {
    List<Order> pool =
        new ArrayList<>(
            orders.stream()
                .filter(
                    o ->
                        o.deliveredAt != null && o.returns.isEmpty() && o.status != Status.REFUNDED)
                .toList());
    // Goods received 10+ days ago and no refund yet: refund overdue.
    for (int i = 0; i < 3; i++) {
      Order o = takeDelivered(pool, 14, 35);
      if (o == null) break;
      Return r =
          plantedReturn(
              o,
              pick(new String[] {"no-reason", "quality", "damaged"}),
              o.deliveredAt.plusDays(1).plusHours(5));
      r.approvedAt = r.requestedAt.plusHours(3);
      r.receivedAt = r.approvedAt.plusDays(3);
    }
    Order o = takeDelivered(pool, 1, 5); // just asked, waiting for us to approve
    if (o != null) plantedReturn(o, "no-reason", now.minusHours(5));
    o = takeDelivered(pool, 2, 6); // approved, waiting for the goods
    if (o != null)
      plantedReturn(o, "wrong item", now.minusHours(40)).approvedAt = now.minusHours(36);
    o = takeDelivered(pool, 15, 40); // no-reason request after the window closed: rejected
    if (o != null) {
      Return r = plantedReturn(o, "no-reason", o.deliveredAt.plusDays(10).plusHours(2));
      r.rejectedAt = r.requestedAt.plusHours(6);
      r.refundAmountFen = 0;
    }
  }

  private Order takeDelivered(List<Order> pool, int minDaysAgo, int maxDaysAgo) {
    for (int i = 0; i < pool.size(); i++) {
      long daysAgo = ChronoUnit.DAYS.between(pool.get(i).deliveredAt, now);
      if (daysAgo >= minDaysAgo && daysAgo <= maxDaysAgo) return pool.remove(i);
    }
    return null;
  }

  private Return plantedReturn(Order o, String reason, LocalDateTime requested) {
    return plantedReturn(o, o.lines.get(0), 1, reason, requested);
  }

  private Return plantedReturn(
      Order o, Line line, int qty, String reason, LocalDateTime requested) {
    Return r = new Return(o, line, qty, reason);
    r.requestedAt = requested;
    r.refundAmountFen = line.amountFen * qty / line.quantity;
    o.returns.add(r);
    return r;
  }

  /** An order whose every unit came back and was refunded is "refunded". */
  private void settleRefunds(Order o) {
    if (o.returns.isEmpty()) return;
    Map<Line, Integer> refunded = new HashMap<>();
    for (Return r : o.returns) {
      if (r.refundedAt != null) refunded.merge(r.line, r.quantity, Integer::sum);
    }
    if (o.lines.stream().allMatch(l -> refunded.getOrDefault(l, 0) >= l.quantity)) {
      o.status = Status.REFUNDED;
    }
  }

  // ---------------------------------------------------------------- reviews, traffic, events

  private List<Review> reviews(List<Order> orders) {
    List<Review> reviews = new ArrayList<>();
    for (Order o : orders) {
      if (o.deliveredAt == null || rnd.nextDouble() >= 0.45) continue;
      LocalDateTime at = o.deliveredAt.plusMinutes(180 + rnd.nextInt(8 * 24 * 60));
      if (at.isAfter(now)) continue;
      boolean badGoods =
          o.returns.stream()
              .anyMatch(r -> r.reason.equals("quality") || r.reason.equals("damaged"));
      boolean slow =
          hoursBetween(o.paidAt, o.shippedAt) > 24 || o.deliveredAt.isAfter(o.estimatedDeliveryAt);
      int description = badGoods ? 1 + rnd.nextInt(2) : rnd.nextDouble() < 0.15 ? 4 : 5;
      int service = rnd.nextDouble() < 0.1 ? 4 : 5;
      int logistics = slow ? 2 + rnd.nextInt(2) : rnd.nextDouble() < 0.12 ? 4 : 5;
      int worst = Math.min(description, Math.min(service, logistics));
      String comment =
          worst <= 2
              ? pick(Catalog.NEGATIVE_COMMENTS)
              : worst == 3 ? pick(Catalog.NEUTRAL_COMMENTS) : pick(Catalog.POSITIVE_COMMENTS);
      reviews.add(new Review(o, description, service, logistics, comment, at));
    }
    reviews.sort(Comparator.comparing(Review::reviewedAt));
    return reviews;
  }

  /** Daily PV/UV per channel, roughly following the day's orders; today only up to now. */
  private List<TrafficDay> traffic(List<Order> orders) {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    orders.forEach(o -> perDay.merge(o.createdDate(), 1, Integer::sum));
    List<TrafficDay> days = new ArrayList<>();
    for (LocalDate d = FIRST_DAY; !d.isAfter(now.toLocalDate()); d = d.plusDays(1)) {
      double scale = d.equals(now.toLocalDate()) ? now.getHour() / 24.0 : 1.0;
      double uvTotal =
          (40 + 45 * perDay.getOrDefault(d, 0)) * (0.8 + 0.4 * rnd.nextDouble()) * scale;
      for (int c = 0; c < TRAFFIC_CHANNELS.length; c++) {
        double share = TRAFFIC_SHARE[c] * (0.8 + 0.4 * rnd.nextDouble());
        if (c == 2 && d.getDayOfWeek().getValue() >= 6) share *= 1.8; // weekend live streams
        int uv = Math.max(1, (int) Math.round(uvTotal * share));
        int pv = (int) Math.round(uv * (2.2 + 1.6 * rnd.nextDouble()));
        days.add(new TrafficDay(d, TRAFFIC_CHANNELS[c], pv, uv));
      }
    }
    return days;
  }

  /** Clickstream for the last 14 days: sessions of views, some carts, fewer orders and payments. */
  private List<Event> events() {
    List<Event> events = new ArrayList<>();
    String[] visitors = new String[1200];
    for (int i = 0; i < visitors.length; i++) visitors[i] = "V" + (100001 + i * 7 + rnd.nextInt(7));
    LocalDateTime from = now.minusDays(14);
    for (LocalDate d = from.toLocalDate(); !d.isAfter(now.toLocalDate()); d = d.plusDays(1)) {
      int sessions = 70 + (d.getDayOfWeek().getValue() >= 6 ? 20 : 0) + rnd.nextInt(20);
      if (MonthDay.from(d).equals(MonthDay.of(11, 11))) sessions *= 3;
      for (int s = 1; s <= sessions; s++) {
        LocalDateTime t = d.atTime(weightedIndex(HOUR_WEIGHTS), rnd.nextInt(60), rnd.nextInt(60));
        if (t.isBefore(from) || t.isAfter(now)) continue;
        String visitor =
            visitors[(int) Math.min(visitors.length - 1, Math.abs(rnd.nextGaussian()) * 400)];
        String session =
            "S" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%04d", s);
        Product p = weightedProduct(d);
        int views = 1;
        while (views < 6 && rnd.nextDouble() < 0.55) views++;
        for (int v = 0; v < views; v++) {
          if (v > 0) {
            t = t.plusSeconds(15 + rnd.nextInt(180));
            if (rnd.nextDouble() < 0.6) p = weightedProduct(d);
          }
          events.add(new Event(t, visitor, "view", p.sku(), session));
        }
        String[] funnel = {"cart", "order", "pay"};
        double[] pass = {0.3, 0.4, 0.85};
        for (int k = 0; k < funnel.length && rnd.nextDouble() < pass[k]; k++) {
          t = t.plusSeconds(20 + rnd.nextInt(240));
          events.add(new Event(t, visitor, funnel[k], p.sku(), session));
        }
      }
    }
    events.removeIf(e -> e.time().isAfter(now));
    events.sort(Comparator.comparing(Event::time).thenComparing(Event::sessionId));
    return events;
  }

  // ---------------------------------------------------------------- random helpers

  /** A day weighted by season (618, 中秋, 双11, weekends, slow growth), then an hour of that day. */
  private LocalDateTime randomOrderTime(LocalDate from) {
    return randomOrderTime(from, now.toLocalDate());
  }

  private LocalDateTime randomOrderTime(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
      weights.add(dayWeight(d));
    }
    while (true) {
      LocalDate d =
          days.get(weightedIndex(weights.stream().mapToDouble(Double::doubleValue).toArray()));
      LocalDateTime t = d.atTime(weightedIndex(HOUR_WEIGHTS), rnd.nextInt(60), rnd.nextInt(60));
      if (t.isBefore(now)) return t;
    }
  }

  private static double dayWeight(LocalDate d) {
    double w = 1 + 0.5 * ChronoUnit.DAYS.between(FIRST_DAY, d) / 200.0;
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) w *= 1.3;
    MonthDay md = MonthDay.from(d);
    if (md.equals(MonthDay.of(6, 18)) || md.equals(MonthDay.of(11, 11))) w *= 5;
    else if (near(md, MonthDay.of(6, 18), 2) || near(md, MonthDay.of(11, 11), 2)) w *= 2;
    if (!md.isBefore(MonthDay.of(9, 10)) && !md.isAfter(MonthDay.of(9, 25)))
      w *= 1.6; // 中秋 2026-09-25
    return w;
  }

  private static boolean near(MonthDay md, MonthDay peak, int days) {
    LocalDate a = md.atYear(2026);
    return Math.abs(ChronoUnit.DAYS.between(a, peak.atYear(2026))) <= days;
  }

  private Product weightedProduct(LocalDate day) {
    boolean mooncakeSeason =
        !day.isBefore(LocalDate.of(2026, 8, 20)) && !day.isAfter(LocalDate.of(2026, 9, 25));
    double[] w = new double[Catalog.PRODUCTS.size()];
    for (int i = 0; i < w.length; i++) {
      Product p = Catalog.PRODUCTS.get(i);
      w[i] = p.sku().equals("SNK-MOON-6") ? (mooncakeSeason ? 12 : 0) : p.weight();
    }
    return Catalog.PRODUCTS.get(weightedIndex(w));
  }

  private Province weightedProvince() {
    double[] w = Catalog.PROVINCES.stream().mapToDouble(Province::weight).toArray();
    return Catalog.PROVINCES.get(weightedIndex(w));
  }

  private int weightedIndex(int[] weights) {
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) w[i] = weights[i];
    return weightedIndex(w);
  }

  private int weightedIndex(double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  private LocalDateTime randomTime(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(rnd.nextLong(days + 1))
        .atTime(LocalTime.ofSecondOfDay(8 * 3600 + rnd.nextInt(15 * 3600)));
  }

  private String trackingNo(Carrier c) {
    return c.prefix() + digits(c.digits());
  }

  private String street() {
    return pick(Catalog.STREETS) + (1 + rnd.nextInt(399)) + "号";
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append((char) ('0' + rnd.nextInt(10)));
    return sb.toString();
  }

  private String letters(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append((char) ('a' + rnd.nextInt(26)));
    return sb.toString();
  }

  private <T> T pick(T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  static double hoursBetween(LocalDateTime a, LocalDateTime b) {
    return Duration.between(a, b).toMinutes() / 60.0;
  }
}
