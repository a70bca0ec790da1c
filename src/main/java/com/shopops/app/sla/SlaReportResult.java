package com.shopops.app.sla;

import com.shopops.domain.sla.SlaAlerts;
import com.shopops.domain.sla.SlaFigures;
import java.util.List;

/**
 * {@code sla report}: the figures per group in output order, the total over every order (each once,
 * even when it counts under several SKUs) and the alerts in that total; {@code leftOut} orders have
 * implausible times (shipped before paid, delivered before shipped) and are left out of the median
 * and p90 hours. {@code judgedBy211} deliveries were judged against China's 211 rule because no
 * promised delivery was imported for them, in a store outside China (review F7: Olist). {@code
 * noPromise} orders shipped and delivered have no promise to judge them by because 211 is not their
 * marketplace's (Taobao/Tmall: 211 is JD's, review16 Q11); {@code noShopPromise} orders of no
 * marketplace shipped and delivered have none because the store is outside China and sets no {@code
 * sla.deliver_within_days} (tryout17 U12); {@code otherCarrier} JD orders shipped and delivered
 * have none because another carrier than JD's own delivered them (211 is 京东物流's promise, review19
 * V2); {@code fromOrderTime} cash-on-delivery orders were timed from their order time (review14
 * N7); {@code presaleWithoutDate} presale orders (JD 预售订单) have no promised presale ship date and
 * are not rated (counted under excluded, review19 V25); {@code refundedAfterDeadline} orders were
 * refunded in full before they shipped but after their ship-by deadline (counted under excluded,
 * tryout20 Y3); {@code balanceUnpaid} presale orders have only the deposit (定金) paid (counted under
 * not_paid, review20 X6); {@code shadowedRules} name the marketplace hours set but not used under
 * its cut-off (tryout18 W5, {@link com.shopops.config.SlaConfig#shadowedHours}); {@code
 * timelessNotes} say how many orders have no order time at all (on no day, no clock: generic25).
 */
public record SlaReportResult(
    SlaGrouping by,
    List<Group> groups,
    SlaFigures total,
    SlaAlerts alerts,
    long leftOut,
    long inferredPaid,
    boolean inferredUsed,
    long judgedBy211,
    long noPromise,
    long noShopPromise,
    long otherCarrier,
    long fromOrderTime,
    long presaleWithoutDate,
    long refundedAfterDeadline,
    long balanceUnpaid,
    List<String> shadowedRules,
    List<String> timelessNotes) {
  /** The label of orders without a value for the grouping (no carrier, no SKU, …). */
  public static final String NONE = "(none)";

  public SlaReportResult {
    groups = List.copyOf(groups);
    shadowedRules = List.copyOf(shadowedRules);
    timelessNotes = List.copyOf(timelessNotes);
  }

  /**
   * The note on {@code noShopPromise} deliveries, the same in {@code sla report}, {@code score} and
   * {@code report} (tryout17 U12).
   */
  public static String noShopPromiseNote(long deliveries) {
    return "no delivery promise: set sla.deliver_within_days (e.g. `shopops config set"
        + " sla.deliver_within_days 3`); outside China 211 is no promise, so "
        + deliveries
        + (deliveries == 1 ? " delivery is" : " deliveries are")
        + " left out of the on-time delivery rate (column delivered_no_promise)";
  }

  /** Without orders left out of the hours or inferred paid times. */
  public SlaReportResult(SlaGrouping by, List<Group> groups, SlaFigures total, SlaAlerts alerts) {
    this(by, groups, total, alerts, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
  }

  /** One group: a day, week, carrier, province or SKU, or {@link #NONE}. */
  public record Group(String key, SlaFigures figures) {}
}
