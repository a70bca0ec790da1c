package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.imports.ImportKind;
import com.shopops.app.imports.ImportOptions;
import com.shopops.domain.metrics.TrafficDay;
import picocli.CommandLine.Option;

/**
 * The options of {@code import} that belong to one kind, and the check that they are given with it:
 * {@code --format} (events) and {@code import traffic --channel NAME}, the storefront (tmall, jd,
 * shopify…) a daily traffic file without a channel column is of, so that two platforms' exports are
 * kept apart and added up (review13 M12).
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

  /** {@code options} with the channel; refused for a kind an option is not for. */
  ImportOptions on(ImportOptions options) {
    ImportKind kind = options.kind();
    if (options.inputFormat() != null && kind != ImportKind.EVENTS) {
      throw new UserException(ExitCodes.USAGE, "--format is for `import events` only", null);
    }
    if (channel != null && kind != ImportKind.TRAFFIC) {
      throw new UserException(ExitCodes.USAGE, "--channel is for `import traffic` only", null);
    }
    return channel == null ? options : options.withChannel(TrafficDay.channelName(channel));
  }
}
