package com.shopops.app.store;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.config.Config;
import com.shopops.config.ConfigKey;
import com.shopops.store.ConfigStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules in force, kept in the store ({@code shopops config show|set|unset}). A key or value
 * that is not a rule's is a usage error, found before the store is opened.
 */
public final class ConfigService {
  /** The store's time zone: set at init, changeable only while the store holds no data. */
  public static final String ZONE = "zone";

  /** The store's currency: set at init, changeable only while the store holds no orders. */
  public static final String CURRENCY = "currency";

  private final Store store;

  public ConfigService(Store store) {
    this.store = store;
  }

  /** One rule: its value, its default, where the value comes from, what it means. */
  public record Entry(
      String key,
      String value,
      String defaultValue,
      String source,
      String description,
      ConfigStore.Change lastChange) {}

  /** Who makes a change, and when (the command's clock): recorded with it (review20 X18). */
  public record By(java.time.Instant at, String who) {}

  /** A checked change: a known key and a value its check accepts, stripped. */
  public record Setting(String key, String value) {}

  /** Every rule, then the store's time zone (set at init). */
  public List<Entry> entries() throws SQLException {
    Config config = Rules.of(store).config();
    java.util.Map<String, ConfigStore.Change> last = new ConfigStore(store).latest();
    List<Entry> out = new ArrayList<>();
    for (ConfigKey k : Config.allKeys()) {
      out.add(
          new Entry(
              k.name(),
              config.get(k.name()),
              k.defaultValue(),
              config.isSet(k.name()) ? "store" : "default",
              k.description(),
              last.get(k.name())));
    }
    out.add(
        new Entry(
            "zone",
            store.zone().getId(),
            null,
            "init",
            "Time zone of the store (set at init; config set zone while the store is empty)",
            last.get(ZONE)));
    out.add(
        new Entry(
            CURRENCY,
            store.defaultCurrency(),
            null,
            "init",
            "Currency of orders whose export names none (set at init; config set currency while"
                + " the store has no orders)",
            last.get(CURRENCY)));
    return out;
  }

  /**
   * Checks a change before the store is opened.
   *
   * @throws UserException (usage) for an unknown key or a value the key's check refuses
   */
  public static Setting check(String key, String value) {
    if (key.equals(ZONE)) {
      try {
        return new Setting(ZONE, ZoneId.of(value.strip()).getId());
      } catch (DateTimeException e) {
        throw new UserException(
            ExitCodes.USAGE,
            "zone: not a time zone (\"" + value + "\")",
            "use a region id such as Asia/Shanghai, Europe/Berlin or UTC");
      }
    }
    if (key.equals(CURRENCY)) {
      String code =
          com.shopops.domain.order.CurrencyCode.parse(value)
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.USAGE,
                          "currency: unknown currency (\"" + value + "\")",
                          "use an ISO 4217 code such as CNY, USD or EUR"));
      return new Setting(CURRENCY, code);
    }
    ConfigKey k = known(key);
    try {
      k.check().accept(value);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, key + ": " + e.getMessage(), null);
    }
    return new Setting(key, value.strip());
  }

  /**
   * The key of {@code config unset}, checked before the store is opened: the time zone has no
   * default to go back to (the instants stored were read in it), so unsetting it is refused.
   *
   * @throws UserException (usage) for the zone or an unknown key
   */
  public static ConfigKey unsettable(String key) {
    if (key.equals(CURRENCY)) {
      throw new UserException(
          ExitCodes.USAGE,
          "currency: the store's currency cannot be unset: it is part of the store (set at init)",
          "change it with `shopops config set currency CODE` while the store holds no orders");
    }
    if (key.equals(ZONE)) {
      throw new UserException(
          ExitCodes.USAGE,
          "zone: the store's time zone cannot be unset: it has no default to go back to (set at"
              + " init, it is the zone the stored times were read in)",
          "change it with `shopops config set zone ZONE` while the store holds no data, or start"
              + " over with `shopops --db NEW.db init --tz ZONE` and import the exports again");
    }
    return known(key);
  }

  /**
   * The key, checked before the store is opened.
   *
   * @throws UserException (usage) for an unknown key
   */
  public static ConfigKey known(String key) {
    return Config.key(key)
        .orElseThrow(
            () ->
                new UserException(
                    ExitCodes.USAGE,
                    "unknown config key \"" + key + "\"",
                    "`shopops config show` lists the keys"));
  }

  /**
   * Stores a rule; the time zone only while the store holds no data.
   *
   * @throws UserException (store) when the zone is changed after data was stored
   */
  /**
   * What an operator should know of a setting the store cannot act on yet (null: nothing): a
   * per-province deadline when no order has a province.
   */
  public String warning(Setting s) throws SQLException {
    if (s.key().equals(com.shopops.config.SlaConfig.BY_PROVINCE)
        && !new ConfigStore(store).anyOrderHasProvince()) {
      return "no order in the store has a province yet: this rule changes nothing until orders or"
          + " customers with a province are imported";
    }
    if (s.key().startsWith(com.shopops.config.SlaConfig.SHIP_WITHIN + ".")
        || s.key().startsWith(com.shopops.config.SlaConfig.SHIP_CUTOFF + ".")) {
      java.util.List<String> shadowed =
          com.shopops.config.SlaConfig.shadowedHours(com.shopops.app.Rules.of(store).config());
      String platform = s.key().substring(s.key().lastIndexOf('.'));
      for (String said : shadowed) {
        if (said.startsWith(com.shopops.config.SlaConfig.SHIP_CUTOFF + platform + " ")) {
          return said;
        }
      }
    }
    return null;
  }

  public void set(Setting s, By by) throws SQLException {
    ConfigStore config = new ConfigStore(store);
    if (s.key().equals(ZONE)) {
      ZoneId old = store.zone();
      if (old.getId().equals(s.value())) {
        return;
      }
      ConfigStore.Held held = config.held();
      if (held.anyData()) {
        throw new UserException(
            ExitCodes.USAGE,
            "zone: cannot change the time zone of a store that holds data ("
                + (held.imports() == 1 ? "1 import" : held.imports() + " imports")
                + ")",
            "the times already stored were read as "
                + old.getId()
                + " local times and would be"
                + " wrong in "
                + s.value()
                + "; to start over, create a new store (`shopops --db"
                + " NEW.db init --tz "
                + s.value()
                + "`) and import the exports into it again");
      }
      config.setZone(ZoneId.of(s.value()));
      config.recorded(new ConfigStore.Change(ZONE, s.value(), by.at(), by.who()));
      return;
    }
    if (s.key().equals(CURRENCY)) {
      String old = store.defaultCurrency();
      if (old.equals(s.value())) {
        return;
      }
      long orders = config.orders();
      if (orders > 0) {
        throw new UserException(
            ExitCodes.USAGE,
            "currency: cannot change the currency of a store that holds orders ("
                + (orders == 1 ? "1 order" : orders + " orders")
                + ")",
            "the orders stored without a currency of their own were read as "
                + old
                + "; to start over, create a new store (`shopops --db NEW.db init --currency "
                + s.value()
                + "`) and import the exports into it again");
      }
      config.setCurrency(s.value());
      config.recorded(new ConfigStore.Change(CURRENCY, s.value(), by.at(), by.who()));
      return;
    }
    config.set(s.key(), s.value(), by.at(), by.who());
  }

  /**
   * After {@code key} was set or unset: a change of the return rules ({@code returns.*}: window
   * days, not-eligible items) judges the window flags of the stored returns again under the new
   * rules (review19 V23), in one transaction. The flags are stored, not derived at read time: every
   * list, report and export reads them as a column, and only a change of delivery time or of these
   * rules can change them, both of which judge them again.
   *
   * @return how many returns' flags changed (0 for any other key)
   */
  public int judgeReturnsAgain(String key) throws SQLException {
    if (!key.startsWith("returns.")) {
      return 0;
    }
    return store.inTransaction(
        conn -> new com.shopops.app.returns.ReturnService(store).judgeWindowsAgain(true));
  }

  /** Goes back to the default; says whether the store had a value. */
  public boolean unset(String key, By by) throws SQLException {
    return new ConfigStore(store).unset(key, by.at(), by.who());
  }

  /**
   * How many rules of {@code key} (null: every rule) hold a value set before the store recorded
   * changes (an upgraded store, review tryout21 Z14): their value is not in the history.
   */
  public long setUnrecorded(String key) throws SQLException {
    return entries().stream()
        .filter(e -> key == null || e.key().equals(key))
        .filter(e -> e.source().equals("store") && e.lastChange() == null)
        .count();
  }

  /** The recorded changes of {@code key} (null: every rule), the latest first. */
  public List<ConfigStore.Change> history(String key) throws SQLException {
    if (key != null && !key.equals(ZONE) && !key.equals(CURRENCY)) {
      known(key);
    }
    return new ConfigStore(store).history(key);
  }
}
