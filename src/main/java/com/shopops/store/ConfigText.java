package com.shopops.store;

import java.time.Duration;

/** Durations as a user writes them (10m, 1h30m, 2d), for messages. */
final class ConfigText {
  private ConfigText() {}

  static String duration(Duration d) {
    long s = d.getSeconds();
    StringBuilder b = new StringBuilder();
    long[] units = {86_400, 3_600, 60, 1};
    String[] names = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (s >= units[i]) {
        b.append(s / units[i]).append(names[i]);
        s %= units[i];
      }
    }
    return b.length() == 0 ? "0s" : b.toString();
  }
}
