package com.shopops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopops.domain.lists.FollowUpPolicy;
import com.shopops.domain.lists.Offer;
import com.shopops.domain.lists.OfferTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code lists.*} keys (docs/lists.md): the cool-down, the offer table and the follow-up rules,
 * and the {@link OfferTable} / {@link FollowUpPolicy} they make.
 */
public final class ListsConfig implements ConfigSection {
  public static final ListsConfig SECTION = new ListsConfig();

  public static final String COOLDOWN = "lists.cooldown";
  public static final String OFFERS = "lists.offers";
  public static final String SATISFACTION_DAYS = "lists.satisfaction_days";
  public static final String ANNIVERSARY_AHEAD = "lists.anniversary_ahead";
  public static final String ANNIVERSARY_MIN_YEARS = "lists.anniversary_min_years";
  public static final String VIP_QUIET = "lists.vip_quiet";
  public static final String TOP_TIERS = "lists.top_tiers";
  public static final String VALUABLE_SEGMENTS = "lists.valuable_segments";

  private ListsConfig() {}

  @Override
  public String name() {
    return "lists";
  }

  @Override
  public List<ConfigKey> keys() {
    FollowUpPolicy d = FollowUpPolicy.defaults();
    return List.of(
        new ConfigKey(
            COOLDOWN,
            d.cooldownDays() + "d",
            "Leave out customers contacted (a written list or a follow-up) within this many"
                + " calendar days: contacted on day C, eligible again from day C+N; 0d = off",
            CustomersConfig::days),
        new ConfigKey(
            OFFERS,
            "",
            "Offer per RFM segment / tier: empty = built-in table; else a JSON/YAML file or inline"
                + " JSON {\"segments\":{\"Champions\":{\"code\",\"zh\",\"en\"}},\"tiers\":{...},"
                + "\"default\":{...}} (an offer may also be plain text)",
            ListsConfig::offers),
        new ConfigKey(
            SATISFACTION_DAYS,
            String.valueOf(d.satisfactionDays()),
            "followup --kind satisfaction: orders delivered this many calendar days ago",
            v -> atLeast(v, 0)),
        new ConfigKey(
            ANNIVERSARY_AHEAD,
            d.anniversaryAheadDays() + "d",
            "followup --kind anniversary: list a month's customers this many days before its 1st",
            CustomersConfig::days),
        new ConfigKey(
            ANNIVERSARY_MIN_YEARS,
            String.valueOf(d.anniversaryMinYears()),
            "followup --kind anniversary: bought in that month in at least this many earlier years",
            v -> atLeast(v, 1)),
        new ConfigKey(
            VIP_QUIET,
            d.vipQuietDays() + "d",
            "followup --kind vip: a top-tier customer not contacted for this many calendar days",
            CustomersConfig::days),
        new ConfigKey(
            TOP_TIERS,
            "白金,钻石",
            "Tiers counted as top (vip care) and as valuable (winback), comma-separated",
            ConfigValues::list),
        new ConfigKey(
            VALUABLE_SEGMENTS,
            "Champions,Loyal Customers,At Risk,Can't Lose Them,Need Attention",
            "RFM segments counted as valuable for winback, comma-separated",
            ConfigValues::list));
  }

  // ------------------------------------------------------------ policies

  /** Whole days: {@code 14d}, {@code 14} or {@code 336h}; {@code 0} is allowed. */
  public static int days(String v) {
    return CustomersConfig.days(v);
  }

  public static int cooldownDays(Config c) {
    return CustomersConfig.days(c.get(COOLDOWN));
  }

  public static FollowUpPolicy followUpPolicy(Config c) {
    return new FollowUpPolicy(
        ConfigValues.integer(c.get(SATISFACTION_DAYS)),
        CustomersConfig.days(c.get(ANNIVERSARY_AHEAD)),
        ConfigValues.integer(c.get(ANNIVERSARY_MIN_YEARS)),
        CustomersConfig.days(c.get(VIP_QUIET)),
        cooldownDays(c),
        new LinkedHashSet<>(ConfigValues.list(c.get(TOP_TIERS))),
        new LinkedHashSet<>(ConfigValues.list(c.get(VALUABLE_SEGMENTS))),
        FollowUpPolicy.defaults().lapsingStages());
  }

  public static OfferTable offerTable(Config c, String storeCurrency) {
    return offers(c.get(OFFERS), storeCurrency);
  }

  static OfferTable offers(String v) {
    return offers(v, "CNY");
  }

  /**
   * The offer table: empty = {@link OfferTable#defaults()}; inline JSON (starts with {@code {})
   * or a JSON/YAML file. Sections {@code segments} and {@code tiers} map a name to an offer, laid
   * over the built-in ones (a name left out keeps its built-in offer: setting one segment's offer
   * does not take the others' away, review12 L20); {@code default} is the fallback.
   */
  static OfferTable offers(String v, String storeCurrency) {
    String s = v == null ? "" : v.strip();
    OfferTable base = OfferTable.defaults(storeCurrency);
    if (s.isEmpty() || s.equalsIgnoreCase("default")) {
      return base;
    }
    JsonNode root;
    try {
      if (s.startsWith("{")) {
        root = Mappers.JSON.readTree(s);
      } else {
        Path file = Path.of(s);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("no offer table file " + s);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        root =
            (lower.endsWith(".yml") || lower.endsWith(".yaml") ? Mappers.YAML : Mappers.JSON)
                .readTree(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the offer table: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "the offer table must be an object with segments, tiers and/or default");
    }
    Map<String, Offer> seg = new LinkedHashMap<>(base.bySegment());
    if (root.has("segments")) {
      seg.putAll(section(root.get("segments"), "segments"));
    }
    Map<String, Offer> tier = new LinkedHashMap<>(base.byTier());
    if (root.has("tiers")) {
      tier.putAll(section(root.get("tiers"), "tiers"));
    }
    Offer fallback = root.has("default") ? offer(root.get("default"), "default") : base.fallback();
    return new OfferTable(seg, tier, fallback);
  }

  private static Map<String, Offer> section(JsonNode n, String what) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(what + " must map names to offers");
    }
    Map<String, Offer> out = new LinkedHashMap<>();
    n.fields()
        .forEachRemaining(e -> out.put(e.getKey(), offer(e.getValue(), what + "." + e.getKey())));
    return out;
  }

  private static Offer offer(JsonNode n, String where) {
    if (n.isTextual()) {
      return new Offer(n.asText(), n.asText(), n.asText());
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": an offer is text or {code, zh, en}");
    }
    String code = n.path("code").asText("");
    String zh = n.path("zh").asText(n.path("en").asText(code));
    String en = n.path("en").asText(n.path("zh").asText(code));
    if (code.isEmpty()) {
      code = en;
    }
    if (code.isEmpty()) {
      throw new IllegalArgumentException(where + ": the offer has no code, zh or en text");
    }
    return new Offer(code, zh, en);
  }

  private static void atLeast(String v, int min) {
    if (ConfigValues.integer(v) < min) {
      throw new IllegalArgumentException("must be at least " + min);
    }
  }
}
