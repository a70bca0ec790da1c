package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.store.StoreService;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "init",
    description =
        "Create the store (an SQLite file or a PostgreSQL database) and record its time zone.",
    footerHeading = "%nExample:%n",
    footer = {
      "  shopops init --tz Asia/Shanghai",
      "  shopops --db /data/shop.db init",
      "  shopops --db postgresql://shop@db.example.com/shop init --tz Asia/Shanghai"
    })
final class InitCommand extends BaseCommand {
  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      description =
          "Time zone for files without an offset and for day boundaries (default: the"
              + " system zone), e.g. Asia/Shanghai.")
  String tz;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "Currency of orders whose export names none (ISO 4217 code, default: CNY),"
              + " e.g. USD.")
  String currency;

  @Override
  public Integer call() {
    ZoneId zone;
    try {
      zone = tz == null ? ZoneId.systemDefault() : ZoneId.of(tz);
    } catch (DateTimeException e) {
      throw new UserException(
          ExitCodes.USAGE,
          "--tz: unknown time zone \"" + tz + "\"",
          "use a region name such as Asia/Shanghai or America/New_York");
    }
    String code = com.shopops.app.CurrencyOption.code(currency == null ? "CNY" : currency);
    StoreService.Created s =
        StoreService.create(storeName(), ctx().env(), zone, code, ctx().wallClock().get());
    info(
        messages()
            .get("info.created_store", s.location(), s.zone().getId(), code, s.schemaVersion()));
    if (tz == null) {
      info(messages().get("note.prefix") + messages().get("info.default_zone", zone.getId()));
    }
    if (currency == null) {
      info(messages().get("note.prefix") + messages().get("info.default_currency", code));
    }
    return ExitCodes.OK;
  }
}
