package com.shopops.domain.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day's traffic figures as the platforms export them (生意参谋 / 京东商智): PV and UV of a day, for one
 * channel or (channel {@code ""}) the whole store. Daily UV counts a visitor once per day; over
 * several days such figures can only be summed (an upper bound).
 */
public record TrafficDay(LocalDate date, String channel, Long pv, Long uv) {
  public TrafficDay {
    Objects.requireNonNull(date, "date");
    channel = channel == null ? "" : channel.strip();
  }

  /**
   * A channel named on the command line ({@code import traffic --channel Tmall}): stripped and in
   * lower case, so that Tmall and tmall are one storefront and not two added up.
   */
  public static String channelName(String given) {
    return given.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
