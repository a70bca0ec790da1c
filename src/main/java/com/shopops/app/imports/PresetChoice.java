package com.shopops.app.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which layout a file is read with: a mapping file (--map), a preset named with --preset, else the
 * layout recognised from the header by evidence ({@link Presets#candidates}): the one that reads or
 * knows the most of the file's columns, over every kind, so that a file of another kind is refused
 * with the command that imports it. A layout that would read nothing but ids is refused.
 */
final class PresetChoice {
  private PresetChoice() {}

  /**
   * Per kind, the fields that make an import worth storing: a file from which none of them would be
   * read carries nothing but ids (and free text), and every report would count it as empty.
   */
  static final Map<String, List<String>> SUBSTANCE =
      Map.of(
          "orders",
              List.of(
                  "created_at",
                  "paid_at",
                  "shipped_at",
                  "delivered_at",
                  "completed_at",
                  "cancelled_at",
                  "status",
                  "financial_status",
                  "fulfillment_status",
                  "quantity",
                  "unit_price",
                  "amount",
                  "line_discount",
                  "order_total",
                  "shipping_fee"),
          "customers",
              List.of(
                  "phone",
                  "email",
                  "province",
                  "city",
                  "address",
                  "registered_at",
                  "accepts_marketing"),
          "shipments",
              List.of(
                  "carrier",
                  "tracking_no",
                  "shipped_at",
                  "delivered_at",
                  "estimated_delivery_at",
                  "promised_ship_date"),
          "returns",
              List.of(
                  "quantity",
                  "requested_at",
                  "approved_at",
                  "audited_at",
                  "rejected_at",
                  "received_at",
                  "refunded_at",
                  "withdrawn_at",
                  "finished_at",
                  "refund_amount",
                  "status"),
          "followups", List.of("channel", "outcome", "next_at", "created_at"),
          "traffic", List.of("pv", "uv"),
          "events", List.of("time", "event"),
          "reviews", List.of("rating_description", "rating_service", "rating_logistics"),
          "products", List.of("price", "stock", "category", "has_description", "has_image"),
          "complaints", List.of("opened_at", "closed_at", "type", "outcome"));

  /**
   * The columns that make a file a follow-up log whatever else it carries: asked to import
   * followups, a file with them is read as one (the requested kind wins, though a customers layout
   * knows more of its columns: a promotion list with channel and agent added, tryout31a A2).
   */
  static final List<String> FOLLOW_UP_LOG = List.of("customer_id", "channel", "agent");

  /**
   * The layout a file is read with; {@code db}: the store it is imported into, named in the
   * commands a refusal gives to paste.
   */
  static Presets.Choice choose(
      ImportOptions options, List<String> header, String name, KindSpec spec, String db) {
    String kind = options.kind().code();
    Preset preset;
    if (options.mapFile() != null) {
      preset = Presets.load(options.mapFile(), kind);
    } else if (options.presetName() != null) {
      preset =
          Presets.named(options.presetName())
              .orElseThrow(
                  () ->
                      new ImportException(
                          "unknown preset \"" + options.presetName() + "\"",
                          "presets for "
                              + kind
                              + ": "
                              + String.join(", ", Presets.namesFor(kind))));
      if (!preset.kind().equals(kind)) {
        throw new ImportException(
            "preset " + preset.name() + " reads " + preset.kind() + ", not " + kind,
            "use `shopops import " + preset.kind() + "`");
      }
    } else {
      String shopops = ImportAgain.shopops(db);
      String list = OwnLists.writtenBy(header);
      if (list != null) { // shopops' own list of whom to contact (review15 P5)
        throw OwnLists.refusal(name, list, kind, shopops);
      }
      List<Presets.Choice> candidates = Presets.candidates(header, kind);
      Presets.Choice followUpLog =
          candidates.stream()
              .filter(c -> c.preset().kind().equals("followups"))
              .filter(c -> FOLLOW_UP_LOG.stream().allMatch(c.match()::maps))
              .findFirst()
              .orElse(null);
      boolean logAsked = followUpLog != null && kind.equals("followups");
      String within = logAsked ? null : OwnLists.within(header, PresetChoice::followUpColumn);
      if (within != null) { // a list with columns added: never read as customers (tryout31a A2)
        if (followUpLog != null) {
          throw OwnLists.contactsLogged(name, within, kind, shopops);
        }
        HeaderMatch asLog = new HeaderMatch(header, Presets.named("generic-followups").get());
        List<String> missing = FOLLOW_UP_LOG.stream().filter(f -> !asLog.maps(f)).toList();
        throw OwnLists.refusal(
            name, within, kind, shopops, missing.size() == 1 ? missing.get(0) : null);
      }
      EventLogFormat log =
          kind.equals("events") ? null : EventLogFormat.detect(String.join(",", header));
      if (log != null) { // a header-less log: import events reads it without options
        throw anotherKind(name, "events", log.describe(), kind, null);
      }
      Presets.Choice best =
          logAsked ? followUpLog : candidates.isEmpty() ? null : candidates.get(0);
      if (best != null && !best.preset().kind().equals(kind)) {
        Preset other = best.preset();
        // only a confident guess names another kind: a customer_id column alone does not make an
        // invoice-lines file a customer list, nor does a 买家 beside a 金额 make an orders export
        // that lost its 订单号 one: half the columns is not a confident guess (tryout25b B9)
        int mapped = best.match().mappedColumns();
        if (mapped < 3 && mapped * 2 <= header.size()) {
          best =
              candidates.stream()
                  .filter(c -> c.preset().kind().equals(kind))
                  .findFirst()
                  .orElse(null);
        } else {
          if (header.contains("价保金额")) { // not an orders file either (review19 V19)
            throw priceProtection(name);
          }
          String bundled = Presets.bundledFor(header, kind).orElse(null);
          throw anotherKind(name, other.kind(), other.describe(), kind, bundled);
        }
      }
      if (best == null) {
        throw missingRequired(header, name, spec, null);
      }
      preset = best.preset();
      refuseWhatAMappingReads(header, name, kind, preset);
      refusePlatformBuyersAsGeneric(header, name, candidates, best);
    }
    if (options.decimal() != null) {
      preset = preset.withDecimal(options.decimal()); // --decimal, over any layout (tryout17 U9)
    }
    Map<String, String> borrowed = new java.util.LinkedHashMap<>();
    if (options.mapFile() == null) {
      preset = withKnownAliases(header, preset, borrowed);
    }
    HeaderMatch match = new HeaderMatch(header, preset);
    for (String required : spec.required()) {
      if (!match.maps(required)) {
        throw missingRequired(header, name, spec, preset);
      }
    }
    refuseHollow(header, name, spec, match);
    refuseTimeless(header, name, spec, preset, match);
    refuseTwins(header, name, spec, match);
    return new Presets.Choice(preset, match, borrowed);
  }

  /**
   * A platform's preset that leaves one of its fields unread while a column it does not know is
   * that very field under the name another export of the kind gives it (a JD export whose header
   * says 购买数量 / 付款时间, as the Taobao exports do, for 订购数量 / 付款确认时间: review19 V3) reads that column
   * as the field: before, the quantities were blank and the paid times inferred, exit 0. A column
   * the preset knows and leaves unread on purpose (its export columns), a name that another preset
   * reads as another field, or two such columns for one field, are not taken.
   *
   * @param borrowed filled with each column so read and the field it is read as
   */
  static Preset withKnownAliases(List<String> header, Preset preset, Map<String, String> borrowed) {
    if (preset.isGeneric()) {
      return preset;
    }
    HeaderMatch m = new HeaderMatch(header, preset);
    Set<String> known = new java.util.HashSet<>();
    preset.exportColumns().forEach(h -> known.add(HeaderMatch.normalize(h)));
    preset.ignored().forEach(h -> known.add(HeaderMatch.normalize(h)));
    preset.readElsewhere().keySet().forEach(h -> known.add(HeaderMatch.normalize(h)));
    Map<String, List<String>> fields = new java.util.LinkedHashMap<>(preset.fields());
    for (var e : preset.fields().entrySet()) {
      String field = e.getKey();
      if (m.maps(field)) {
        continue;
      }
      String found = null;
      int count = 0;
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (m.readsColumn(i) || h.isBlank() || known.contains(HeaderMatch.normalize(h))) {
          continue;
        }
        if (aliasOnlyOf(h, field, preset)) {
          found = h;
          count++;
        }
      }
      if (count == 1) {
        List<String> aliases = new ArrayList<>(e.getValue());
        aliases.add(found);
        fields.put(field, aliases);
        borrowed.put(found, field);
      }
    }
    return borrowed.isEmpty()
        ? preset
        : preset.with(preset.name(), preset.kind(), fields, preset.status());
  }

  /**
   * Whether another preset of the kind reads the header {@code h} as {@code field}, and none reads
   * it as another field.
   */
  private static boolean aliasOnlyOf(String h, String field, Preset preset) {
    String name = HeaderMatch.normalize(h);
    boolean alias = false;
    for (Preset p : Presets.forKind(preset.kind())) {
      for (var e : p.fields().entrySet()) {
        if (e.getValue().stream().map(HeaderMatch::normalize).anyMatch(name::equals)) {
          if (!e.getKey().equals(field)) {
            return false;
          }
          alias = alias || !p.name().equals(preset.name());
        }
      }
    }
    return alias;
  }

  /** The preset of the kind that names {@code field} {@code header}, for the note. */
  static String presetNaming(String header, String field, Preset preset) {
    String name = HeaderMatch.normalize(header);
    List<Preset> platformsFirst = new ArrayList<>(Presets.forKind(preset.kind()));
    platformsFirst.sort(Comparator.comparing(Preset::isGeneric));
    for (Preset p : platformsFirst) {
      if (p.fields().getOrDefault(field, List.of()).stream()
          .map(HeaderMatch::normalize)
          .anyMatch(name::equals)) {
        return p.name();
      }
    }
    return "?";
  }

  /** Whether a follow-up log layout reads the column {@code header} (渠道, agent, 结果, note…). */
  private static boolean followUpColumn(String header) {
    String name = HeaderMatch.normalize(header);
    return Presets.forKind("followups").stream()
        .flatMap(p -> p.fields().values().stream())
        .flatMap(List::stream)
        .map(HeaderMatch::normalize)
        .anyMatch(name::equals);
  }

  /**
   * Refuses a file that a mapping coming with shopops reads better than the preset recognised for
   * it (Olist order_items.csv: generic-orders would read its order_id and price only, dropping the
   * products and the freight): README "A file that one of them reads and no preset does is refused
   * with the hint `add --map …`".
   */
  private static void refuseWhatAMappingReads(
      List<String> header, String name, String kind, Preset preset) {
    HeaderMatch chosen = new HeaderMatch(header, preset);
    Preset mapping = Presets.bundledReadingMore(header, kind, chosen.mappedColumns()).orElse(null);
    if (mapping == null) {
      return;
    }
    List<String> read = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (chosen.readsColumn(i)) {
        read.add(header.get(i));
      }
    }
    throw new ImportException(
        name
            + ":1: the preset "
            + preset.name()
            + " would read only "
            + String.join(", ", read)
            + " of this file, which looks like "
            + (mapping.label() == null ? mapping.name() : mapping.label()),
        "a mapping file that comes with shopops reads this export: add --map "
            + mapping.name()
            + " (see README \"Mapping files\")");
  }

  /**
   * Refuses a file that the generic layout would read though it carries a marketplace's own columns
   * (a JD 订单号/应付金额, a Tmall 买家实际支付金额) and a buyer column (review18 T17): the generic layout keeps
   * no marketplace, so its buyer (a JD 下单帐号) would be merged with another marketplace's buyer of
   * the same text, and the columns the marketplace's preset knows under its own words (订购数量) would
   * not be read. Refused, not guessed: the hint names the closest preset, the columns of it the
   * file lacks and the file's columns it does not read. A file with no buyer column (a hand-made
   * mix of words) is read by the generic layout as before.
   */
  private static void refusePlatformBuyersAsGeneric(
      List<String> header, String name, List<Presets.Choice> candidates, Presets.Choice best) {
    if (best == null || !best.preset().isGeneric() || !best.match().maps("customer_id")) {
      return;
    }
    Presets.Choice platform =
        candidates.stream()
            .filter(c -> c.preset().kind().equals(best.preset().kind()))
            .filter(c -> com.shopops.domain.order.Platform.ofPreset(c.preset().name()).isPresent())
            .findFirst()
            .orElse(null);
    if (platform == null) {
      return;
    }
    Preset p = platform.preset();
    HeaderMatch m = platform.match();
    List<String> missing = p.detect().stream().filter(h -> !m.hasHeader(h)).toList();
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!m.readsColumn(i)) {
        unread.add(header.get(i).strip());
      }
    }
    throw new ImportException(
        name
            + ":1: this looks like "
            + (p.label() == null ? p.name() : p.label())
            + " ("
            + p.name()
            + "), but the generic layout would read it: its buyers (column \""
            + (best.match().header("customer_id") == null
                ? "customer_id"
                : best.match().header("customer_id").strip())
            + "\") would belong to no marketplace and be merged with another marketplace's buyer"
            + " of the same name",
        "the preset "
            + p.name()
            + " looks for "
            + (missing.isEmpty() ? "-" : String.join(", ", missing))
            + " and does not read "
            + (unread.isEmpty() ? "-" : String.join(", ", unread))
            + ": rename those columns to the export's own words, or import it with --preset "
            + p.name()
            + " (the columns it does not read are left out)");
  }

  /** Refuses a file with two columns of the name a field is read from: which one is meant? */
  private static void refuseTwins(
      List<String> header, String name, KindSpec spec, HeaderMatch match) {
    for (String field : spec.fieldNames()) {
      int twin = match.twinOf(field);
      if (twin >= 0) {
        int first = match.columnsOf(field)[0];
        throw new ImportException(
            name
                + ":1: columns "
                + (Math.min(first, twin) + 1)
                + " and "
                + (Math.max(first, twin) + 1)
                + " are both named \""
                + header.get(first).strip()
                + "\": which one is the "
                + field
                + " is unclear",
            "rename or delete one of them, or name the column to read with a mapping file (--map"
                + " FILE)");
      }
    }
  }

  /**
   * Refuses a file from which only ids (and free text) would be read: it names the columns the file
   * has, the layouts of its kind that come closest and the mapping-file way out.
   */
  private static void refuseHollow(
      List<String> header, String name, KindSpec spec, HeaderMatch match) {
    List<String> substance = SUBSTANCE.getOrDefault(spec.kind(), List.of());
    if (substance.isEmpty() || substance.stream().anyMatch(match::maps)) {
      return;
    }
    List<String> read = new ArrayList<>();
    for (String field : spec.fieldNames()) {
      if (match.maps(field)) {
        read.add(match.label(field));
      }
    }
    List<Preset> closest = new ArrayList<>(Presets.forKind(spec.kind()));
    closest.sort(Comparator.comparingInt(p -> -new HeaderMatch(header, p).knownColumns()));
    String shown =
        closest.subList(0, Math.min(3, closest.size())).stream()
            .map(Preset::name)
            .collect(Collectors.joining(", "));
    throw new ImportException(
        name
            + ":1: only "
            + String.join(", ", read)
            + " would be read; "
            + article(spec.kind())
            + " file needs at least one of "
            + String.join(", ", substance)
            + " (the header has: "
            + shownHeader(header)
            + ")",
        "closest layouts: "
            + shown
            + "; name the columns with a mapping file (--map FILE,"
            + " see README \"Mapping files\") or force a layout with --preset");
  }

  /** The order times, one of which an orders file's rows need to be dated at all. */
  private static final List<String> ORDER_TIMES =
      List.of("created_at", "paid_at", "shipped_at", "delivered_at");

  /**
   * Refuses a generic orders file that would store orders with no time at all while a column it
   * does not read looks like their date (`订单号,金额,日期`: order A1 pending, never created nor paid,
   * said only as "1 column not read: 日期"; tryout23b, the 日期 hollow order). A file without such a
   * column is read as it is: only the ids are required (SPEC), each report says what it lacks.
   */
  private static void refuseTimeless(
      List<String> header, String name, KindSpec spec, Preset preset, HeaderMatch match) {
    if (!"orders".equals(spec.kind()) || !preset.isGeneric()) {
      return;
    }
    if (ORDER_TIMES.stream().anyMatch(match::maps)) {
      return;
    }
    String dated = null;
    for (String column : match.unmappedHeaders()) {
      if (looksLikeADate(column)) {
        dated = column.strip();
        break;
      }
    }
    if (dated == null) {
      return;
    }
    throw new ImportException(
        name
            + ":1: no order time would be read: the column "
            + dated
            + " is not one the generic layout knows, and there is no created_at (下单时间) or"
            + " paid_at (付款时间) column; the orders would be stored with no time (the header has: "
            + shownHeader(header)
            + ")",
        "rename " + dated + " to 下单时间 (created_at), or name it in a mapping file (--map FILE)");
  }

  /** A header that names a date or a time: 日期, 时间, date, time, day. */
  static boolean looksLikeADate(String column) {
    String n = HeaderMatch.normalize(column);
    return n.contains("日期")
        || n.contains("时间")
        || n.contains("date")
        || n.contains("time")
        || n.equals("day")
        || n.equals("日");
  }

  private static String shownHeader(List<String> header) {
    return header.size() > 12
        ? String.join(", ", header.subList(0, 12)) + ", … (" + header.size() + " columns)"
        : String.join(", ", header);
  }

  /**
   * A JD 价保 (price protection) export: refunds without goods back, which shopops has no preset for
   * (its columns are not in the documented export headers); said so, with the way in, rather than
   * sent to {@code import orders}, which refuses it too (review19 V19).
   */
  private static ImportException priceProtection(String name) {
    return new ImportException(
        name
            + ": this looks like a JD 价保 (price protection) export: neither orders nor a 售后"
            + " export, and shopops has no layout for it",
        "each 价保 is a refund without goods back: import the file as returns with a mapping file"
            + " (--map) naming return_id 价保单号, order_id 订单号, sku 商品编号, refund_amount 价保金额,"
            + " requested_at 申请时间, refunded_at 处理时间, and add a quantity column of 0 (see"
            + " docs/returns.md)");
  }

  /** The refusal of a file that another import kind reads ({@code bundled}: a mapping for it). */
  private static ImportException anotherKind(
      String name, String otherKind, String described, String kind, String bundled) {
    return new ImportException(
        name + ": this looks like " + article(otherKind) + " file (" + described + "), not " + kind,
        bundled != null
            ? "a mapping file that comes with shopops reads it as "
                + kind
                + ": add --map "
                + bundled
                + "; or import it with `shopops import "
                + otherKind
                + " "
                + name
                + "`"
            : "import it with `shopops import "
                + otherKind
                + " "
                + name
                + "`, or force a layout with --preset/--map");
  }

  private static ImportException missingRequired(
      List<String> header, String name, KindSpec spec, Preset preset) {
    Set<String> accepted = new LinkedHashSet<>();
    for (String required : spec.required()) {
      if (preset != null) {
        accepted.addAll(preset.fields().getOrDefault(required, List.of()));
      } else {
        for (Preset p : Presets.forKind(spec.kind())) {
          accepted.addAll(p.fields().getOrDefault(required, List.of()));
        }
      }
    }
    String shown = shownHeader(header);
    String bundled = Presets.bundledFor(header, spec.kind()).orElse(null);
    return new ImportException(
        name
            + ":1: missing required column "
            + String.join(", ", spec.required())
            + " (looked for "
            + String.join(", ", accepted)
            + "; the header has: "
            + shown
            + ")",
        bundled != null
            ? "a mapping file that comes with shopops reads this export: add --map "
                + bundled
                + " (see README \"Mapping files\")"
            : "name the columns with a mapping file (--map FILE), or check that this is "
                + article(spec.kind())
                + " export");
  }

  /** "an orders", "a customers": the kind with its article, for messages. */
  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /**
   * The preset a file would be read with when nothing goes wrong, or null: for deciding the order
   * of files before any is imported.
   */
  static Preset guess(ImportOptions options, List<String> header) {
    return options.presetName() != null
        ? Presets.named(options.presetName()).orElse(null)
        : Presets.best(header, options.kind().code()).map(Presets.Choice::preset).orElse(null);
  }
}
