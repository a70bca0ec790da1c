package com.shopops.app;

import com.shopops.config.Config;
import com.shopops.config.CustomersConfig;
import com.shopops.config.ListsConfig;
import com.shopops.config.ReturnsConfig;
import com.shopops.config.ScoreConfig;
import com.shopops.config.SlaConfig;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.TierPolicy;
import com.shopops.domain.lists.FollowUpPolicy;
import com.shopops.domain.lists.OfferTable;
import com.shopops.domain.metrics.ScorePolicy;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.store.ConfigStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The rules in force in one store ({@code shopops config show}): read once, handed to the domain as
 * policy records. The one place that turns configuration into policies; a contradiction between
 * keys is a usage error naming the section, with the way to fix it.
 */
public final class Rules {
  private final Config config;
  private final ZoneId zone;
  private final String currency;

  private Rules(Config config, ZoneId zone, String currency) {
    this.config = config;
    this.zone = zone;
    this.currency = currency;
  }

  /** The store's rules: what it holds over the defaults. */
  public static Rules of(Store store) throws SQLException {
    return new Rules(
        new Config(new ConfigStore(store).all()), store.zone(), store.defaultCurrency());
  }

  /** Rules from a config already read (an import session holds its own copy). */
  public static Rules of(Config config, ZoneId zone) {
    return new Rules(config, zone, null);
  }

  public Config config() {
    return config;
  }

  public ZoneId zone() {
    return zone;
  }

  public ShippingPolicy shipping() {
    return checked("sla", () -> SlaConfig.policy(config, zone));
  }

  /** Whether the SLA clock starts at inferred paid times ({@code sla.infer_paid_at}). */
  public boolean slaInfersPaidAt() {
    return checked("sla", () -> SlaConfig.infersPaidAt(config));
  }

  public ReturnPolicy returns() {
    return checked("returns", () -> ReturnsConfig.policy(config, zone));
  }

  public ScorePolicy score() {
    return checked("score", () -> ScoreConfig.policy(config));
  }

  /** How many days the scorecard looks back by default. */
  public int scoreDays() {
    return checked("score", () -> ScoreConfig.days(config));
  }

  public RfmPolicy rfm() {
    return checked("customers", () -> CustomersConfig.rfmPolicy(config));
  }

  public TierPolicy tiers() {
    return checked("customers", () -> CustomersConfig.tierPolicy(config));
  }

  public LifecyclePolicy lifecycle() {
    return checked("customers", () -> CustomersConfig.lifecyclePolicy(config));
  }

  public FollowUpPolicy followUps() {
    return checked("lists", () -> ListsConfig.followUpPolicy(config));
  }

  public OfferTable offers() {
    return checked("lists", () -> ListsConfig.offerTable(config, currency));
  }

  /** The promotion cool-down in days. */
  public int cooldownDays() {
    return checked("lists", () -> ListsConfig.cooldownDays(config));
  }

  private static <T> T checked(String section, Supplier<T> policy) {
    try {
      return policy.get();
    } catch (IllegalArgumentException e) {
      throw new UserException(
          ExitCodes.USAGE,
          section + " config: " + e.getMessage(),
          "check the rules with `shopops config show` and fix them with `shopops config set`");
    }
  }
}
