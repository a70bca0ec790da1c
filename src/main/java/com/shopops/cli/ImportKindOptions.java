package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.imports.ImportKind;
import com.shopops.app.imports.ImportOptions;
import com.shopops.domain.metrics.TrafficDay;
import picocli.CommandLine.Option;

/**
 * The options of {@code import} that belong to one kind, and the check that they are given with it:
 * {@code --format} (events), {@code --exported-at} (orders: when the export was made) and {@code
 * import traffic --channel NAME}, the storefront (tmall, jd, shopify…) a daily traffic file without
 * a channel column is of, so that two platforms' exports are kept apart and added up (review13
 * M12).
 */
final class ImportKindOptions {
  @Option(
      names = "--channel",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "traffic only: the channel (platform or storefront: tmall, jd, shopify…) of a file"
              + " without a channel column, kept apart from the other channels' days; metrics adds"
              + " the channels up. Default: the file is the store total of its days.")
  String channel;

  @Option(
      names = "--exported-at",
      paramLabel = "TIME",
      description =
          "orders only: when the export was made, e.g. '2026-11-20 10:00' (store zone). Of two"
              + " exports of an order at the same status and times, the later one wins whole (an"
              + " order edited in the shop). A file's lines are held against the export time of"
              + " the stored ones: an export made before them, or one of unknown time where that"
              + " time is known, never replaces the stored lines or money (older-lines; give"
              + " --exported-at if the file is newer). Default: the time in a Taobao/Tmall"
              + " download's name (ExportOrderList202611201000.csv), else not known.")
  String exportedAt;

  /** {@code options} with the channel; refused for a kind an option is not for. */
  ImportOptions on(ImportOptions options) {
    ImportKind kind = options.kind();
    if (options.inputFormat() != null && kind != ImportKind.EVENTS) {
      throw new UserException(ExitCodes.USAGE, "--format is for `import events` only", null);
    }
    if (exportedAt != null && kind != ImportKind.ORDERS) {
      throw new UserException(ExitCodes.USAGE, "--exported-at is for `import orders` only", null);
    }
    if (channel != null && kind != ImportKind.TRAFFIC) {
      throw new UserException(ExitCodes.USAGE, "--channel is for `import traffic` only", null);
    }
    return channel == null ? options : options.withChannel(TrafficDay.channelName(channel));
  }

  /** {@code options} with the export time of {@code --exported-at}, read in {@code zone}. */
  ImportOptions exportedAt(ImportOptions options, BaseCommand cmd, java.time.ZoneId zone) {
    if (exportedAt == null) {
      return options;
    }
    java.time.Instant at =
        cmd.timeOption(
            "--exported-at",
            exportedAt,
            zone,
            "use e.g. --exported-at '2026-11-20 10:00' or --exported-at 2026-11-20T10:00:00+08:00");
    java.time.Instant clock = cmd.recordTime(zone);
    if (at.isAfter(clock)) {
      // a typo in the year would make every real export from then on the "older" one (tryout18 W1)
      java.time.format.DateTimeFormatter f =
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
      throw new UserException(
          ExitCodes.USAGE,
          "--exported-at "
              + f.format(at)
              + " is after the import's clock ("
              + f.format(clock)
              + "): an export is made before it is imported",
          null);
    }
    return options.withExportedAt(at);
  }
}
