package com.shopops.domain.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the PV and UV of a period come from: the one rule for raw events against daily traffic
 * figures.
 *
 * <ul>
 *   <li>{@link #EVENTS} when no channel is asked for and the imported events cover every day of the
 *       period (their first day is on or before its first day and their last day on or after its
 *       last), or when the period has events and no daily figures. UV is then an exact count of
 *       distinct visitors over the period.
 *   <li>{@link #DAILY} otherwise, when the period has daily figures (of the channel, if one is
 *       asked for: events carry no channel). UV over several days, or over several channels of a
 *       day without a store total, can only be a sum of daily UV: an upper bound, and the output
 *       says so ({@link #notes}).
 *   <li>{@link #NONE} when neither applies: PV and UV are not computed.
 * </ul>
 */
public enum TrafficSource {
  /** Raw events: UV is an exact distinct count over any period. */
  EVENTS,
  /** Daily figures: UV over several days (or channels) is a sum. */
  DAILY,
  /** Nothing imported for the period. */
  NONE;

  /**
   * The source of one period's PV/UV.
   *
   * @param channel the channel asked for, or null for the whole store.
   * @param eventDays the first and last day with events in the store, or null without events.
   * @param period the dates of the period.
   * @param eventsInPeriod whether the store has events in the period.
   * @param dailyInPeriod whether the store has daily figures (of {@code channel}) in the period.
   */
  public static TrafficSource of(
      String channel,
      DateRange eventDays,
      DateRange period,
      boolean eventsInPeriod,
      boolean dailyInPeriod) {
    if (channel == null) {
      boolean covered =
          eventDays != null
              && !eventDays.from().isAfter(period.from())
              && !eventDays.to().isBefore(period.to());
      if (covered || eventsInPeriod && !dailyInPeriod) {
        return EVENTS;
      }
    }
    return dailyInPeriod ? DAILY : NONE;
  }

  /**
   * Whether a UV read from daily figures is a sum (an upper bound) rather than a count: it spans
   * more than one day, or some day's figure is the sum of its channels (no store total that day).
   *
   * @param days the number of days with figures.
   * @param mostRowsInADay the most figures added up for one day.
   */
  public static boolean dailyUvIsSum(long days, long mostRowsInADay) {
    return days > 1 || mostRowsInADay > 1;
  }

  /**
   * What the output says about PV/UV, in this order: where they came from, that UV is a sum of
   * daily UV, the periods without any, and what {@code --channel} means.
   *
   * @param sources each period's source.
   * @param uvSummed whether some period's UV is a sum of daily UV.
   * @param channel the channel asked for, or null.
   */
  public static List<String> notes(List<TrafficSource> sources, boolean uvSummed, String channel) {
    return notes(sources, uvSummed, channel, false);
  }

  /**
   * As {@link #notes(List, boolean, String)}; {@code channelOrders}: the orders counted are the
   * channel's own (a marketplace's storefront), so the note that they are the whole store's is not
   * said (the caller says what they are).
   */
  public static List<String> notes(
      List<TrafficSource> sources, boolean uvSummed, String channel, boolean channelOrders) {
    List<String> out = new ArrayList<>();
    long fromEvents = sources.stream().filter(x -> x == EVENTS).count();
    long fromDaily = sources.stream().filter(x -> x == DAILY).count();
    long none = sources.size() - fromEvents - fromDaily;
    if (fromEvents > 0 && fromDaily > 0) {
      out.add(
          "pv and uv come from raw events in "
              + fromEvents
              + " periods and from daily"
              + " traffic figures in "
              + fromDaily
              + " (periods the events do not fully cover)");
    } else if (fromEvents > 0) {
      out.add(
          "pv and uv are counted from raw events: uv is the number of distinct visitors"
              + " in each period");
    }
    if (uvSummed) {
      out.add(
          "uv is a sum of daily UV"
              + (channel == null
                  ? " (summed over channels where" + " a day has no store total)"
                  : "")
              + " where only daily traffic figures were"
              + " imported, so a visitor who came on two days or through two channels is counted"
              + " twice; import events for distinct visitors");
    }
    if (none > 0) {
      out.add(
          "pv and uv: not computed in "
              + none
              + " period"
              + (none == 1 ? "" : "s")
              + ": no traffic or events imported for those dates (`shopops import traffic|events`)");
    }
    if (channel != null && !channelOrders) {
      out.add(
          "pv and uv of channel "
              + channel
              + "; orders, buyers and sales are the whole"
              + " store's (orders carry no channel), so conversion rates are left empty");
    }
    return out;
  }
}
