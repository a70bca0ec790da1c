package com.shopops.domain.lists;

import static java.time.temporal.ChronoUnit.DAYS;

import com.shopops.domain.lists.FollowUpRows.Anniversary;
import com.shopops.domain.lists.FollowUpRows.Delay;
import com.shopops.domain.lists.FollowUpRows.Return;
import com.shopops.domain.lists.FollowUpRows.Satisfaction;
import com.shopops.domain.lists.FollowUpRows.Vip;
import com.shopops.domain.lists.FollowUpRows.Winback;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code export followup --kind …}: one pure rule per kind. Each takes its data, the policy and
 * {@code asOf} (the clock and the store zone, which sets every day boundary) and returns a {@link
 * Selection}. The marketing kinds (winback, anniversary, vip) need consent like a promotion; the
 * service kinds (delay, returns, satisfaction) are about the customer's own order and do not; they
 * leave out only whom a {@link ServiceCooldown} names (reached today by a list of the same kind, or
 * waiting for a follow-up still ahead).
 */
public final class FollowUps {
  private FollowUps() {}

  // ----------------------------------------------------------------------------------------
  // winback

  /**
   * Valuable customers gone silent: a top tier or a valuable RFM segment, and a lapsing stage
   * (lapsing or churned, as the customers module decided). Excluded like a promotion: no consent,
   * open return/complaint, contacted within the cool-down. Most valuable first.
   */
  public static Selection<Winback> winback(
      List<Candidate> candidates, FollowUpPolicy policy, OfferTable offers, ZonedDateTime asOf) {
    Set<String> tiers = Keys.of(policy.topTiers());
    Set<String> segments = Keys.of(policy.valuableSegments());
    Set<String> stages = Keys.of(policy.lapsingStages());
    ZoneId zone = asOf.getZone();
    Selection.Counter counter = new Selection.Counter();
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean valuable = Keys.in(tiers, c.tier()) || Keys.in(segments, c.segment());
      boolean silent = Keys.in(stages, c.lifecycle()) && c.lastOrderAt() != null;
      Exclusion why =
          valuable && silent
              ? PromotionSelector.guard(c, policy.cooldownDays(), asOf)
              : Exclusion.NOT_MATCHING;
      if (why == null) {
        chosen.add(c);
      } else {
        counter.add(why);
      }
    }
    chosen.sort(PromotionSelector.MOST_VALUABLE_FIRST);
    List<Winback> rows = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      LocalDate last = c.lastOrderAt().atZone(zone).toLocalDate();
      long since = DAYS.between(last, asOf.toLocalDate());
      Integer gap = usualGapDays(c.purchases(), zone);
      rows.add(
          new Winback(c, last, since, gap, winbackReason(c, last, since, gap), offers.offerFor(c)));
    }
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  /**
   * The median number of days between consecutive purchase days (store zone; several orders on one
   * day are one purchase day). With an even number of gaps, the mean of the middle two, rounded
   * down. Null with fewer than two purchase days.
   */
  static Integer usualGapDays(List<PastPurchase> purchases, ZoneId zone) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (PastPurchase p : purchases) {
      days.add(p.at().atZone(zone).toLocalDate());
    }
    if (days.size() < 2) {
      return null;
    }
    List<Long> gaps = new ArrayList<>();
    LocalDate prev = null;
    for (LocalDate d : days) {
      if (prev != null) {
        gaps.add(DAYS.between(prev, d));
      }
      prev = d;
    }
    gaps.sort(null);
    int n = gaps.size();
    long median = n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2;
    return (int) median;
  }

  private static Message winbackReason(Candidate c, LocalDate last, long since, Integer gap) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    if (c.segment() != null) {
      en.add("segment " + c.segment());
      zh.add("分群 " + c.segment());
    }
    if (c.tier() != null) {
      en.add("tier " + c.tier());
      zh.add("等级 " + c.tier());
    }
    en.add(c.lifecycle());
    zh.add("生命周期 " + c.lifecycle());
    en.add("last order " + last + " (" + days(since) + " ago)");
    zh.add("最近下单 " + last + "（" + since + " 天前）");
    if (gap != null) {
      en.add("usually every " + days(gap));
      zh.add("通常每 " + gap + " 天下单");
    }
    en.add("spent " + c.spent());
    zh.add("累计消费 " + c.spentZh());
    return new Message(String.join("；", zh), String.join("; ", en));
  }

  // -----------------------------------------------------------------------------------
  // satisfaction

  /**
   * Orders delivered N days ago — on the store-zone date {@code asOf.date - N}, i.e. between N and
   * N+1 calendar days ago — with no review yet. Orders with an open return or complaint are left
   * out (ask about the problem, not for stars). A service message: no consent or cool-down. Ordered
   * by delivery time, then order id.
   */
  public static Selection<Satisfaction> satisfaction(
      List<DeliveredOrder> orders, FollowUpPolicy policy, ZonedDateTime asOf) {
    return satisfaction(orders, policy, ServiceCooldown.NONE, asOf);
  }

  /** As {@link #satisfaction(List, FollowUpPolicy, ZonedDateTime)}, leaving out {@code done}. */
  public static Selection<Satisfaction> satisfaction(
      List<DeliveredOrder> orders,
      FollowUpPolicy policy,
      ServiceCooldown done,
      ZonedDateTime asOf) {
    LocalDate target = satisfactionDay(policy, asOf);
    Selection.Counter counter = new Selection.Counter();
    List<DeliveredOrder> chosen = new ArrayList<>();
    for (DeliveredOrder o : orders) {
      LocalDate delivered = o.deliveredAt().atZone(asOf.getZone()).toLocalDate();
      if (!delivered.equals(target) || o.reviewed()) {
        counter.add(Exclusion.NOT_MATCHING);
      } else if (o.hasOpenReturnOrComplaint()) {
        counter.add(Exclusion.OPEN_RETURN_OR_COMPLAINT);
      } else if (done.leavesOut(o.customerId(), o.orderId())) {
        counter.add(Exclusion.COOLING_DOWN);
      } else {
        chosen.add(o);
      }
    }
    chosen.sort(
        Comparator.comparing(DeliveredOrder::deliveredAt).thenComparing(DeliveredOrder::orderId));
    List<Satisfaction> rows = new ArrayList<>(chosen.size());
    for (DeliveredOrder o : chosen) {
      rows.add(
          new Satisfaction(
              o,
              target,
              new Message(
                  "您好，您的订单 "
                      + o.orderId()
                      + " 已签收 "
                      + policy.satisfactionDays()
                      + " 天，商品用得还满意吗？如有任何问题请随时联系我们，也欢迎您抽空给我们一个评价，谢谢！",
                  "Hello, your order "
                      + o.orderId()
                      + " was delivered "
                      + days(policy.satisfactionDays())
                      + " ago. Are you happy with it? If anything is wrong, just tell us; otherwise"
                      + " we would be grateful for a review. Thank you!")));
    }
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  /**
   * The store-zone day whose deliveries the satisfaction list asks about: {@code asOf}'s date minus
   * N. Orders delivered on other days need not be read.
   */
  public static LocalDate satisfactionDay(FollowUpPolicy policy, ZonedDateTime asOf) {
    return asOf.toLocalDate().minusDays(policy.satisfactionDays());
  }

  // ------------------------------------------------------------------------------------
  // anniversary

  /**
   * The month the anniversary list looks at on {@code asOf}: the coming calendar month (store
   * zone). Only purchases in that calendar month of earlier years matter, so no other purchase need
   * be read.
   */
  public static java.time.Month anniversaryMonth(ZonedDateTime asOf) {
    return asOf.toLocalDate().withDayOfMonth(1).plusMonths(1).getMonth();
  }

  /**
   * Customers who bought in the same calendar month in at least {@code anniversaryMinYears} earlier
   * years, listed ahead of that month: when the 1st of next month is 1 to {@code
   * anniversaryAheadDays} days after {@code asOf}'s date (store zone). With the default 7, on
   * 2026-12-25…12-31 the January 2027 list is due (customers who bought in January of at least two
   * of 2026, 2025, …); on 12-24 and on 01-01 nothing is. Only the coming month is considered.
   * Purchase months are store-zone months: 2024-02-29 23:30 Beijing time is February, whatever the
   * UTC date. Marketing: excluded like a promotion. Most valuable first.
   */
  public static Selection<Anniversary> anniversary(
      List<Candidate> candidates, FollowUpPolicy policy, OfferTable offers, ZonedDateTime asOf) {
    ZoneId zone = asOf.getZone();
    LocalDate today = asOf.toLocalDate();
    LocalDate firstOfNext = today.withDayOfMonth(1).plusMonths(1);
    long daysAhead = DAYS.between(today, firstOfNext);
    boolean due = daysAhead >= 1 && daysAhead <= policy.anniversaryAheadDays();
    YearMonth month = YearMonth.from(firstOfNext);
    Selection.Counter counter = new Selection.Counter();
    List<Anniversary> rows = new ArrayList<>();
    for (Candidate c : candidates) {
      TreeSet<Integer> years = new TreeSet<>();
      Set<String> bought = new LinkedHashSet<>();
      if (due) {
        List<PastPurchase> sorted = new ArrayList<>(c.purchases());
        sorted.sort(Comparator.comparing(PastPurchase::at));
        for (PastPurchase p : sorted) {
          YearMonth ym = YearMonth.from(p.at().atZone(zone));
          if (ym.getMonth() == month.getMonth() && ym.getYear() < month.getYear()) {
            years.add(ym.getYear());
            if (p.label() != null) {
              bought.add(p.label());
            }
          }
        }
      }
      Exclusion why =
          years.size() >= policy.anniversaryMinYears()
              ? PromotionSelector.guard(c, policy.cooldownDays(), asOf)
              : Exclusion.NOT_MATCHING;
      if (why != null) {
        counter.add(why);
        continue;
      }
      List<Integer> ys = List.copyOf(years);
      String yearsText = String.join(", ", ys.stream().map(String::valueOf).toList());
      String boughtText = String.join(", ", bought);
      Message reason =
          new Message(
              "往年 "
                  + month.getMonthValue()
                  + " 月购买（"
                  + yearsText
                  + "）"
                  + (bought.isEmpty() ? "" : "：" + boughtText)
                  + "；累计消费 "
                  + c.spentZh(),
              "bought in "
                  + month
                      .getMonth()
                      .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                  + " "
                  + yearsText
                  + (bought.isEmpty() ? "" : ": " + boughtText)
                  + "; spent "
                  + c.spent());
      rows.add(new Anniversary(c, month, ys, List.copyOf(bought), reason, offers.offerFor(c)));
    }
    rows.sort(Comparator.comparing(Anniversary::customer, PromotionSelector.MOST_VALUABLE_FIRST));
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  // --------------------------------------------------------------------------------------------
  // vip

  /**
   * Top-tier customers not contacted for {@code vipQuietDays} calendar days (store zone): last
   * contacted on day C, due again from day C+30; never contacted is due. Customer care, but it
   * reaches out unasked, so it needs marketing consent like a promotion; an open return or
   * complaint does not exclude a VIP — it is the first thing to talk about, and the reason says so.
   * Those contacted too recently count as {@link Exclusion#COOLING_DOWN}. Most valuable first.
   */
  public static Selection<Vip> vip(
      List<Candidate> candidates, FollowUpPolicy policy, ZonedDateTime asOf) {
    Set<String> tiers = Keys.of(policy.topTiers());
    Selection.Counter counter = new Selection.Counter();
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!Keys.in(tiers, c.tier())) {
        counter.add(Exclusion.NOT_MATCHING);
      } else if (!c.mayMarketTo()) {
        counter.add(Exclusion.NO_CONSENT);
      } else if (Cooldown.within(c.lastContactAt(), policy.vipQuietDays(), asOf)) {
        counter.add(Exclusion.COOLING_DOWN);
      } else {
        chosen.add(c);
      }
    }
    chosen.sort(PromotionSelector.MOST_VALUABLE_FIRST);
    List<Vip> rows = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      LocalDate contacted =
          c.lastContactAt() == null ? null : c.lastContactAt().atZone(asOf.getZone()).toLocalDate();
      Long days = contacted == null ? null : DAYS.between(contacted, asOf.toLocalDate());
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      en.add("tier " + c.tier());
      zh.add("等级 " + c.tier());
      if (contacted == null) {
        en.add("never contacted");
        zh.add("从未联系");
      } else {
        en.add("last contact " + contacted + " (" + days(days) + " ago)");
        zh.add("上次联系 " + contacted + "（" + days + " 天前）");
      }
      if (c.hasOpenReturnOrComplaint()) {
        en.add("open return/complaint");
        zh.add("有未结退货/投诉");
      }
      en.add("spent " + c.spent());
      zh.add("累计消费 " + c.spentZh());
      rows.add(
          new Vip(c, contacted, days, new Message(String.join("；", zh), String.join("; ", en))));
    }
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  // ------------------------------------------------------------------------------------------
  // delay

  /**
   * Orders overdue or at risk of their ship-by deadline, newest risk first: ship-by deadline
   * descending, then order id — at-risk orders (deadline still ahead) first, then the orders that
   * went overdue most recently, whose customers have likely not complained yet. Every order given
   * is listed (the SLA module chose them) but those {@code done} leaves out; one message per order.
   */
  public static Selection<Delay> delay(List<DelayedOrder> orders, ZonedDateTime asOf) {
    return delay(orders, ServiceCooldown.NONE, asOf);
  }

  /** As {@link #delay(List, ZonedDateTime)}, leaving out {@code done}. */
  public static Selection<Delay> delay(
      List<DelayedOrder> orders, ServiceCooldown done, ZonedDateTime asOf) {
    Selection.Counter counter = new Selection.Counter();
    List<DelayedOrder> sorted = new ArrayList<>();
    for (DelayedOrder o : orders) {
      if (done.leavesOut(o.customerId(), o.orderId())) {
        counter.add(Exclusion.COOLING_DOWN);
      } else {
        sorted.add(o);
      }
    }
    sorted.sort(
        Comparator.comparing(DelayedOrder::shipBy).reversed().thenComparing(DelayedOrder::orderId));
    List<Delay> rows = new ArrayList<>(sorted.size());
    for (DelayedOrder o : sorted) {
      Duration d = Duration.between(asOf.toInstant(), o.shipBy());
      java.math.BigDecimal hours = com.shopops.domain.sla.Hours.of(d.abs()); // as sla at-risk
      Message m =
          o.status() == DelayedOrder.Status.OVERDUE
              ? new Message(
                  "您好，您的订单 " + o.orderId() + " 预计将延迟发货，我们正在加急处理，发出后会第一时间通知您，" + "给您带来不便，非常抱歉！",
                  "Hello, your order "
                      + o.orderId()
                      + " will ship later than promised. We are"
                      + " rushing it and will tell you as soon as it ships. We are sorry for the delay.")
              : new Message(
                  "您好，您的订单 " + o.orderId() + " 正在加急备货中，我们会尽快为您发出，如有变化将第一时间通知您。",
                  "Hello, your order "
                      + o.orderId()
                      + " is being prepared with priority and will"
                      + " ship as soon as possible; we will tell you at once if anything changes.");
      rows.add(new Delay(o, hours, m));
    }
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  // ----------------------------------------------------------------------------------------
  // returns

  /**
   * Returns waiting on the shop, overdue refunds first; within each group the longest waiting
   * first, then return id. Every return given is listed (the returns module chose them) but those
   * {@code done} leaves out.
   */
  public static Selection<Return> returns(List<PendingReturn> returns, ZonedDateTime asOf) {
    return returns(returns, ServiceCooldown.NONE, asOf);
  }

  /** As {@link #returns(List, ZonedDateTime)}, leaving out {@code done}. */
  public static Selection<Return> returns(
      List<PendingReturn> returns, ServiceCooldown done, ZonedDateTime asOf) {
    Selection.Counter counter = new Selection.Counter();
    List<PendingReturn> sorted = new ArrayList<>();
    for (PendingReturn r : returns) {
      if (done.leavesOut(r.customerId(), r.orderId())) {
        counter.add(Exclusion.COOLING_DOWN);
      } else {
        sorted.add(r);
      }
    }
    sorted.sort(
        Comparator.comparing((PendingReturn r) -> !r.refundOverdue())
            .thenComparing(PendingReturn::waitingSince)
            .thenComparing(PendingReturn::returnId));
    List<Return> rows = new ArrayList<>(sorted.size());
    for (PendingReturn r : sorted) {
      long hours = Math.max(0, Duration.between(r.waitingSince(), asOf.toInstant()).toHours());
      rows.add(new Return(r, hours, returnMessage(r)));
    }
    return new Selection<>(rows, counter.counts(), rows.size());
  }

  private static Message returnMessage(PendingReturn r) {
    String order = r.orderId() == null ? r.returnId() : r.orderId();
    String amountZh = r.refundAmount() > 0 ? " " + Format.yuan(r.refundAmount()) + " " : "";
    String amountEn = r.refundAmount() > 0 ? " of " + Format.yuan(r.refundAmount()) : "";
    if (r.refundOverdue()) {
      return new Message(
          "您好，非常抱歉，您订单 " + order + " 的退款" + amountZh + "处理延误了，我们正在加急办理，" + "将尽快原路退回。",
          "Hello, we are sorry: the refund"
              + amountEn
              + " for your order "
              + order
              + " is late. We are processing it with priority and it will reach your original"
              + " payment method shortly.");
    }
    if (r.waiting() == PendingReturn.Waiting.REFUND) {
      return new Message(
          "您好，您退回的商品（订单 " + order + "）已收到，退款" + amountZh + "将尽快原路退回。",
          "Hello, we have received the goods you returned (order "
              + order
              + "). The refund"
              + amountEn
              + " will reach your original payment method shortly.");
    }
    return new Message(
        "您好，您的退货申请（订单 " + order + "）已收到，我们正在审核，将尽快给您答复。",
        "Hello, we have received your return request for order "
            + order
            + " and will reply as soon as we have reviewed it.");
  }

  /** "1 day", "3 days": a message's English count of days. */
  static String days(Number n) {
    return n + (n.longValue() == 1 ? " day" : " days");
  }
}
