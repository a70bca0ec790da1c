package com.shopops.domain.returns;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code returns report}: returns grouped by SKU, category, reason or period, with their return
 * rate, refunds and median request→refund time.
 *
 * <ul>
 *   <li>A return counts in the period of its request ({@code requested_at}, store zone); a
 *       delivered unit in the period of its delivery. {@code return_rate = returned units /
 *       delivered units} of the same SKU (category; period), see {@link ReturnMath#returnRate}. By
 *       reason the denominator is every unit delivered in the period.
 *   <li>Rejected returns are counted as returns but not as returned units.
 *   <li>Refund totals and the median count the returns refunded by the time the items stood at (the
 *       service passes them as of the end of the period — by day, week or month the end of the
 *       row's own period, so a closed month's row does not depend on {@code --to} — or {@code
 *       asOf}).
 *   <li>Weeks start on Monday and are named by that day; months as {@code 2026-11}.
 * </ul>
 */
public final class ReturnReport {
  private ReturnReport() {}

  /** What the rows are grouped by. */
  public enum By {
    SKU,
    CATEGORY,
    REASON,
    DAY,
    WEEK,
    MONTH;

    public boolean isPeriod() {
      return this == DAY || this == WEEK || this == MONTH;
    }

    /** The word {@code --by} takes and the report's first column is named: {@code sku}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The code: what the command line offers as completion for {@code --by}. */
    @Override
    public String toString() {
      return code();
    }
  }

  /** Key of the whole-order returns when grouping by SKU, and of unknown categories/reasons. */
  public static final String WHOLE_ORDER = "(whole order)";

  public static final String UNKNOWN = "(unknown)";

  /** The key of the total row. */
  public static final String ALL = "(all)";

  /**
   * A return with its SKU's category (null when unknown) and its order's currency: null when it is
   * the report's (a store that sells in one currency), else the code. Only the returns in the
   * report's currency count in {@code refund_total}; every return counts in the other columns.
   */
  public record Item(ReturnRecord record, String category, String currency) {
    /** A return in the report's currency. */
    public Item(ReturnRecord record, String category) {
      this(record, category, null);
    }

    /** Whether its refund is money of the report's {@code currency}. */
    boolean inCurrency(String currency) {
      return this.currency == null || this.currency.equals(currency);
    }
  }

  /**
   * One row of the report. {@code deliveredUnits} and the rate are null when unknown. {@code
   * partial} (grouped by period only; null otherwise, and on the total row) is true when the report
   * covers only part of the row's day, week or month: {@code --from} or {@code --to} cut through
   * it, or it has not ended at {@code --now}.
   */
  public record Row(
      String key,
      long returns,
      long rejected,
      long returnedUnits,
      Long deliveredUnits,
      BigDecimal returnRate,
      long refunded,
      long refundTotal,
      BigDecimal medianRefundHours,
      long withdrawn,
      Boolean partial) {

    /** A row not grouped by period. */
    public Row(
        String key,
        long returns,
        long rejected,
        long returnedUnits,
        Long deliveredUnits,
        BigDecimal returnRate,
        long refunded,
        long refundTotal,
        BigDecimal medianRefundHours,
        long withdrawn) {
      this(
          key,
          returns,
          rejected,
          returnedUnits,
          deliveredUnits,
          returnRate,
          refunded,
          refundTotal,
          medianRefundHours,
          withdrawn,
          null);
    }
  }

  /** The period a time falls in: {@code 2026-11-20}, week {@code 2026-11-16}, {@code 2026-11}. */
  public static String periodKey(By by, Instant t, ZoneId zone) {
    LocalDate d = t.atZone(zone).toLocalDate();
    return switch (by) {
      case DAY -> d.toString();
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case MONTH -> d.toString().substring(0, 7);
      default -> throw new IllegalArgumentException(by + " is not a period");
    };
  }

  /**
   * The first and last day of the period named {@code key} ({@link #periodKey}): a day is itself, a
   * week runs Monday to Sunday, a month from its 1st to its last day.
   */
  public static LocalDate[] periodDays(By by, String key) {
    return switch (by) {
      case DAY -> new LocalDate[] {LocalDate.parse(key), LocalDate.parse(key)};
      case WEEK -> new LocalDate[] {LocalDate.parse(key), LocalDate.parse(key).plusDays(6)};
      case MONTH -> {
        LocalDate first = LocalDate.parse(key + "-01");
        yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
      }
      default -> throw new IllegalArgumentException(by + " is not a period");
    };
  }

  /** The group key of a return. */
  public static String key(By by, Item item, ZoneId zone) {
    ReturnRecord r = item.record();
    return switch (by) {
      case SKU -> r.sku() == null ? WHOLE_ORDER : r.sku();
      case CATEGORY -> item.category() == null ? UNKNOWN : item.category();
      case REASON -> r.reason() == null ? UNKNOWN : r.reason().code();
      case DAY, WEEK, MONTH -> periodKey(by, r.requestedAt(), zone);
    };
  }

  /**
   * The rows, then a total row keyed {@link #ALL}.
   *
   * @param items returns requested in the period, as they stood at {@code asOf}
   * @param delivered units delivered in the period by the same key ({@code by REASON}: one entry,
   *     any key, holding all units)
   */
  public static List<Row> rows(By by, List<Item> items, Map<String, Long> delivered, ZoneId zone) {
    return rows(by, items, delivered, zone, null, null, null);
  }

  /**
   * The rows as {@link #rows(By, List, Map, ZoneId)}, each period row marked partial when {@code
   * partial} says so of its key (null: no row is marked), the total row counting {@code total} (the
   * same returns as they stood at the end of the whole query) when not null: a return requested in
   * October and refunded in November is in no month's refunds, each month counted as of its end,
   * but in the total's (review17 tryout: the total lost it). {@code refund_total} adds up the
   * refunds of the returns in {@code currency} only (an {@link Item} whose currency is null is in
   * it): amounts of different currencies are never added up; the other columns count every return.
   */
  public static List<Row> rows(
      By by,
      List<Item> items,
      Map<String, Long> delivered,
      ZoneId zone,
      java.util.function.Predicate<String> partial,
      List<Item> total,
      String currency) {
    Map<String, List<Item>> groups = new TreeMap<>();
    for (Item item : items) {
      groups.computeIfAbsent(key(by, item, zone), k -> new ArrayList<>()).add(item);
    }
    long allDelivered = delivered.values().stream().mapToLong(Long::longValue).sum();
    if (by != By.REASON) {
      for (String k : delivered.keySet()) {
        groups.computeIfAbsent(k, x -> new ArrayList<>());
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Item> all = new ArrayList<>();
    for (var e : groups.entrySet()) {
      Long units = by == By.REASON ? Long.valueOf(allDelivered) : delivered.get(e.getKey());
      if (by == By.SKU && WHOLE_ORDER.equals(e.getKey())) {
        units = null; // a whole-order return has no SKU to compare with
      }
      Boolean cut = partial == null || !by.isPeriod() ? null : partial.test(e.getKey());
      rows.add(row(e.getKey(), e.getValue(), units, cut, currency));
      all.addAll(e.getValue());
    }
    if (!by.isPeriod()) {
      rows.sort(Comparator.comparingLong(Row::returnedUnits).reversed().thenComparing(Row::key));
    }
    rows.add(row(ALL, total != null ? total : all, allDelivered, null, currency));
    return rows;
  }

  /**
   * The refunded returns of {@code items} whose refunds are in another currency than {@code
   * currency}, so not in {@code refund_total}: how many per currency code, by code.
   */
  public static Map<String, Long> refundedInOtherCurrencies(List<Item> items, String currency) {
    Map<String, Long> out = new TreeMap<>();
    for (Item item : items) {
      if (!item.inCurrency(currency) && item.record().refundedAt() != null) {
        out.merge(item.currency(), 1L, Long::sum);
      }
    }
    return out;
  }

  private static Row row(
      String key, List<Item> items, Long deliveredUnits, Boolean partial, String currency) {
    List<ReturnRecord> returns = items.stream().map(Item::record).toList();
    List<ReturnRecord> money =
        items.stream().filter(i -> i.inCurrency(currency)).map(Item::record).toList();
    long rejected = returns.stream().filter(r -> r.rejectedAt() != null).count();
    long refunded = returns.stream().filter(r -> r.refundedAt() != null).count();
    // 退款关闭 (withdrawn by the buyer) is not the shop's refusal: counted apart from rejected
    long withdrawn = returns.stream().filter(r -> r.withdrawnAt() != null).count();
    long units = ReturnMath.returnedUnits(returns);
    BigDecimal rate = deliveredUnits == null ? null : ReturnMath.returnRate(units, deliveredUnits);
    return new Row(
        key,
        returns.size(),
        rejected,
        units,
        deliveredUnits,
        rate,
        refunded,
        ReturnMath.refundTotal(money),
        ReturnMath.medianRequestToRefundHours(returns),
        withdrawn,
        partial);
  }
}
