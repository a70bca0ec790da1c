package com.shopops.app.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopops.text.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in presets (data files under {@code /presets/}) and user mapping files, and the choice
 * of a preset from a file's header.
 */
public final class Presets {
  /** Every built-in preset file, in the order they are tried when scores tie. */
  static final List<String> BUILT_IN =
      List.of(
          "generic-orders.json",
          "generic-customers.json",
          "generic-shipments.json",
          "cn-shipments.json",
          "cn-shipments-logistics.json",
          "shopify-orders.json",
          "shopify-customers.json",
          "woocommerce-orders.json",
          "taobao-orders.json",
          "taobao-items.json",
          "taobao-suborders.json",
          "jd-orders.json",
          "olist-orders.json",
          "olist-customers.json",
          "generic-returns.json",
          "taobao-refunds.json",
          "jd-refunds.json",
          "generic-followups.json",
          "zh-followups.json",
          "generic-traffic.json",
          "cn-traffic.json",
          "shopify-sessions.json",
          "generic-events.json",
          "rees46-events.json",
          "generic-reviews.json",
          "generic-products.json",
          "generic-complaints.json");

  /**
   * Jackson, for user mapping files only: made on first use, so that an import with a built-in
   * preset neither loads nor sets it up (the built-in presets are read by {@link PresetJson}).
   */
  private static final class Mappers {
    static final ObjectMapper JSON =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final ObjectMapper YAML =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static List<Preset> all;

  /** Per kind: the headers its generic layout reads as written (before other presets' merge). */
  private static Map<String, Set<String>> genericHeaders;

  private Presets() {}

  public static synchronized List<Preset> all() {
    if (all == null) {
      List<Preset> plain = new ArrayList<>();
      for (String name : BUILT_IN) {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name)) {
          if (in == null) {
            throw new IllegalStateException("preset missing from the jar: " + name);
          }
          plain.add(
              PresetJson.read(
                  new String(in.readAllBytes(), StandardCharsets.UTF_8),
                  "built-in preset " + name));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read built-in preset " + name, e);
        }
      }
      List<Preset> list = new ArrayList<>();
      for (Preset p : plain) {
        list.add(p.isGeneric() ? merged(p, plain) : p);
      }
      genericHeaders = new HashMap<>();
      for (Preset p : plain) {
        if (p.isGeneric()) {
          Set<String> known = new HashSet<>();
          p.fields().values().forEach(l -> l.forEach(h -> known.add(HeaderMatch.normalize(h))));
          genericHeaders.put(p.kind(), known);
        }
      }
      all = List.copyOf(list);
    }
    return all;
  }

  /**
   * A generic layout that also reads the headers of every other preset of its kind (订单付款时间,
   * 买家实际支付金额, Lineitem sku…), after its own, except a preset's {@code not_generic} headers and a
   * header the generic layout already reads as another field. Status words of every preset of the
   * kind are understood too.
   */
  private static Preset merged(Preset generic, List<Preset> presets) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    generic
        .fields()
        .forEach(
            (field, headers) -> {
              fields.put(field, new ArrayList<>(headers));
              headers.forEach(h -> taken.add(HeaderMatch.normalize(h)));
            });
    Map<String, String> status = new LinkedHashMap<>(generic.status());
    for (Preset p : presets) {
      if (p.isGeneric() || !p.kind().equals(generic.kind())) {
        continue;
      }
      Set<String> own = new HashSet<>();
      p.notGeneric().forEach(h -> own.add(HeaderMatch.normalize(h)));
      p.fields()
          .forEach(
              (field, headers) -> {
                for (String h : headers) {
                  String n = HeaderMatch.normalize(h);
                  if (!own.contains(n) && taken.add(n)) {
                    fields.computeIfAbsent(field, f -> new ArrayList<>()).add(h);
                  }
                }
              });
      p.status().forEach(status::putIfAbsent);
    }
    return generic.with(generic.name(), generic.kind(), fields, status);
  }

  /**
   * The headers that show a file is this platform's export: its own headers beyond the id, i.e.
   * those of its fields and export columns that the generic layout of its kind does not read and
   * that carry no required field.
   */
  static Set<String> ownHeaders(Preset p) {
    all();
    Set<String> own = new HashSet<>();
    p.fields().values().forEach(l -> l.forEach(h -> own.add(HeaderMatch.normalize(h))));
    p.exportColumns().forEach(h -> own.add(HeaderMatch.normalize(h)));
    own.removeAll(genericHeaders.getOrDefault(p.kind(), Set.of()));
    KindSpec spec = spec(p.kind());
    if (spec != null) {
      for (String required : spec.required()) {
        p.fields()
            .getOrDefault(required, List.of())
            .forEach(h -> own.remove(HeaderMatch.normalize(h)));
      }
    }
    return own;
  }

  /** The fields of an import kind ({@code orders}), or null for a kind this version lacks. */
  static KindSpec spec(String kind) {
    for (ImportKind k : ImportKind.values()) {
      if (k.code().equals(kind)) {
        return k.handler("").spec();
      }
    }
    return null;
  }

  /** The names {@code --preset} accepts: the built-in presets, then the events log formats. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    all().forEach(p -> names.add(p.name()));
    for (EventLogFormat f : EventLogFormat.values()) {
      names.add(f.key());
    }
    return names;
  }

  /** The names {@code --preset} accepts for a kind (events also take the log formats). */
  public static List<String> namesFor(String kind) {
    List<String> names = new ArrayList<>();
    forKind(kind).forEach(p -> names.add(p.name()));
    if (kind.equals("events")) {
      for (EventLogFormat f : EventLogFormat.values()) {
        names.add(f.key());
      }
    }
    return names;
  }

  public static List<Preset> forKind(String kind) {
    return all().stream().filter(p -> p.kind().equals(kind)).toList();
  }

  public static Optional<Preset> named(String name) {
    return all().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * What is wrong with a mapping file, in an operator's words rather than Jackson's (which names
   * Java classes and character codes).
   */
  static String jsonProblem(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.contains("NullPointerException")) {
      return "a value is null or missing where text is needed";
    }
    if (e instanceof MismatchedInputException mi) {
      if (m.startsWith("No content to map")) {
        return "the file is empty";
      }
      String field =
          mi.getPath().stream()
              .map(
                  r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining())
              .replaceFirst("^\\.", "");
      Class<?> t = mi.getTargetType();
      if (field.isEmpty()) {
        return "a mapping file is one object: {\"kind\": …, \"fields\": {…}}";
      }
      String want =
          t == null
              ? "a value of another kind"
              : java.util.Map.class.isAssignableFrom(t)
                  ? "an object {…}"
                  : java.util.Collection.class.isAssignableFrom(t) || t.isArray()
                      ? "a list […] or text"
                      : t == String.class ? "text" : "a value of another kind";
      return field + ": must be " + want;
    }
    return m.replaceAll(" \\(code \\d+\\)", "");
  }

  /** Reads a user mapping file: JSON, or YAML when the name ends in .yml/.yaml. */
  public static Preset load(Path file, String kind) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Preset p;
    try {
      p =
          isBundled(file)
              ? bundled(file) // the jar's own mapping: read as the built-in presets are
              : (lower.endsWith(".yml") || lower.endsWith(".yaml") ? Mappers.YAML : Mappers.JSON)
                  .readValue(mappingBytes(file), Preset.class);
    } catch (UnrecognizedPropertyException e) {
      List<String> keys = new ArrayList<>();
      e.getKnownPropertyIds().forEach(k -> keys.add(String.valueOf(k)));
      keys.sort(null);
      throw new ImportException(
          file
              + where(e)
              + ": unknown key \""
              + e.getPropertyName()
              + "\""
              + Spelling.didYouMean(e.getPropertyName(), keys),
          "a mapping file's keys: " + String.join(", ", keys));
    } catch (JsonProcessingException e) {
      throw new ImportException(
          file + where(e) + ": not a valid mapping file: " + jsonProblem(e),
          "see README \"Mapping files\" for the format");
    } catch (IOException e) {
      throw new ImportException("cannot read mapping file " + file + ": " + e.getMessage(), null);
    }
    if (p == null || p.fields().isEmpty()) {
      throw new ImportException(
          file + ": the mapping file has no \"fields\"", "see README \"Mapping files\"");
    }
    if (p.kind() != null && spec(p.kind()) == null) {
      List<String> kinds = new ArrayList<>();
      for (ImportKind k : ImportKind.values()) {
        kinds.add(k.code());
      }
      throw new ImportException(
          file + ": kind: unknown kind \"" + p.kind() + "\"" + Spelling.didYouMean(p.kind(), kinds),
          "kinds: " + String.join(", ", kinds));
    }
    if (p.kind() != null && !p.kind().equals(kind)) {
      throw new ImportException(
          file + ": this mapping is for " + p.kind() + ", not " + kind,
          "use `shopops import " + p.kind() + "`");
    }
    check(file, p, spec(kind));
    // by its absolute path, so that advice to import the file again gives --map a path that works
    // from any directory (tryout27a A2); an older shopops kept the file's name only
    String name = p.name() == null ? "map:" + file.toAbsolutePath().normalize() : p.name();
    return p.with(name, kind, p.fields(), p.status());
  }

  /**
   * Mapping files that come with shopops for public exports no platform preset reads (the jar's
   * {@code /mappings/}): {@code --map NAME} takes one by name when no file of that name exists.
   */
  public static final List<String> BUNDLED =
      List.of("online-retail", "olist-order-items", "olist-shipments");

  /** Whether {@code --map} names a bundled mapping (and no file of that name exists). */
  public static boolean isBundled(Path file) {
    return !Files.exists(file)
        && file.getParent() == null
        && BUNDLED.contains(file.getFileName().toString().replaceFirst("\\.json$", ""));
  }

  /**
   * A bundled mapping, read without Jackson ({@link PresetJson}): every import asks whether one of
   * them reads the file better than its preset ({@link #bundledReadingMore}), and Jackson set up
   * for that alone cost the start of every import what the presets' parse did.
   */
  private static Preset bundled(Path file) throws IOException {
    return PresetJson.read(
        new String(mappingBytes(file), StandardCharsets.UTF_8),
        "bundled mapping " + file.getFileName());
  }

  private static byte[] mappingBytes(Path file) throws IOException {
    if (isBundled(file)) {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      try (InputStream in = Presets.class.getResourceAsStream("/mappings/" + name + ".json")) {
        if (in == null) {
          throw new IllegalStateException("mapping missing from the jar: " + name);
        }
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }

  /**
   * The bundled mapping ({@link #BUNDLED}) of kind {@code kind} that reads this header (its
   * required fields and most of its columns), if any: named in the hint of a refusal.
   */
  static Optional<String> bundledFor(List<String> header, String kind) {
    for (String name : BUNDLED) {
      Preset p;
      try {
        p = load(Path.of(name), kind);
      } catch (ImportException e) {
        continue; // a bundled mapping of another kind
      }
      HeaderMatch m = new HeaderMatch(header, p);
      if (spec(kind).required().stream().allMatch(m::maps)
          && m.mappedColumns() * 2 >= header.size()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * The bundled mapping of kind {@code kind} that reads every required field of this header and
   * more of its columns than {@code read} (what the layout chosen for it would read), or empty.
   */
  static Optional<Preset> bundledReadingMore(List<String> header, String kind, int read) {
    for (String name : BUNDLED) {
      Preset p;
      try {
        p = load(Path.of(name), kind);
      } catch (ImportException e) {
        continue; // a bundled mapping of another kind
      }
      HeaderMatch m = new HeaderMatch(header, p);
      if (spec(kind).required().stream().allMatch(m::maps) && m.mappedColumns() > read) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Field names, headers and date patterns of a mapping file, each checked with its key. */
  private static void check(Path file, Preset p, KindSpec spec) {
    String fieldsHint =
        "the fields of " + spec.kind() + ": " + String.join(", ", spec.fieldNames());
    for (var e : p.fields().entrySet()) {
      if (!spec.has(e.getKey())) {
        throw new ImportException(
            file
                + ": fields: unknown field \""
                + e.getKey()
                + "\" for "
                + spec.kind()
                + Spelling.didYouMean(e.getKey(), spec.fieldNames()),
            fieldsHint);
      }
      if (e.getValue().isEmpty() || e.getValue().stream().anyMatch(String::isBlank)) {
        throw new ImportException(
            file + ": fields." + e.getKey() + ": no header named (null or empty)",
            "write the header of the column that carries "
                + e.getKey()
                + ", e.g. "
                + e.getKey()
                + ": [\"Header in the file\"]");
      }
    }
    for (String field : p.dateOnly()) {
      if (!spec.has(field)) {
        throw new ImportException(
            file
                + ": date_only: unknown field \""
                + field
                + "\" for "
                + spec.kind()
                + Spelling.didYouMean(field, spec.fieldNames()),
            fieldsHint);
      }
    }
    for (String field : p.lowercase()) {
      if (!spec.has(field)) {
        throw new ImportException(
            file
                + ": lowercase: unknown field \""
                + field
                + "\" for "
                + spec.kind()
                + Spelling.didYouMean(field, spec.fieldNames()),
            fieldsHint);
      }
    }
    for (var e : p.money().entrySet()) {
      List<String> money =
          spec.fieldNames().stream()
              .filter(f -> spec.kind().equals("orders") && spec.type(f) == FieldType.MONEY)
              .filter(
                  f ->
                      !f.equals("unit_price")
                          && !f.equals("line_discount")
                          && !f.equals("subtotal")
                          && !f.equals("order_discount")
                          && !f.equals("outstanding"))
              .toList();
      if (!money.contains(e.getKey())) {
        throw new ImportException(
            file
                + ": money: \""
                + e.getKey()
                + "\" is not a money field of "
                + spec.kind()
                + " that spans an order's rows"
                + Spelling.didYouMean(e.getKey(), money),
            money.isEmpty()
                ? spec.kind() + " has no such money fields: leave \"money\" out"
                : "money fields: " + String.join(", ", money));
      }
      if (!e.getValue().equals(Preset.PER_LINE) && !e.getValue().equals(Preset.PER_ORDER)) {
        throw new ImportException(
            file
                + ": money."
                + e.getKey()
                + ": \""
                + e.getValue()
                + "\" is neither per_line nor per_order"
                + Spelling.didYouMean(e.getValue(), List.of(Preset.PER_LINE, Preset.PER_ORDER)),
            "per_line: each row carries its own share, summed over the order's rows (freight per"
                + " item, several payment rows); per_order: the order's figure, taken once (JD's"
                + " repeated totals)");
      }
    }
    if (p.zone() != null) {
      try {
        java.time.ZoneId.of(p.zone().strip());
      } catch (java.time.DateTimeException e) {
        throw new ImportException(
            file + ": zone: not a time zone (\"" + p.zone() + "\")",
            "a zone is a region name such as Asia/Shanghai or Europe/Madrid, or an offset such as"
                + " +08:00");
      }
    }
    if (p.amountsDecimal() == null) {
      throw new ImportException(
          file + ": decimal: neither \",\" nor \".\" (\"" + p.decimal() + "\")",
          "decimal: \",\" reads amounts written with a decimal comma (1.234,50 as 1234.50);"
              + " decimal: \".\" (the default) with a decimal point");
    }
    if (p.currency() != null
        && com.shopops.domain.order.CurrencyCode.parse(p.currency()).isEmpty()) {
      throw new ImportException(
          file + ": currency: not an ISO 4217 currency code (\"" + p.currency() + "\")",
          "a currency is a three-letter code such as CNY, EUR or USD");
    }
    for (String pattern : p.dateFormats()) {
      try {
        var unused =
            java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // checks it
      } catch (IllegalArgumentException e) {
        throw new ImportException(
            file + ": date_formats: not a date pattern (\"" + pattern + "\"): " + e.getMessage(),
            "patterns are Java DateTimeFormatter patterns, e.g. \"yyyy/M/d H:mm\"; quote literal"
                + " text in single quotes");
      }
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
  }

  /** The outcome of matching a header against every preset. */
  record Choice(Preset preset, HeaderMatch match, Map<String, String> borrowed) {
    Choice(Preset preset, HeaderMatch match) {
      this(preset, match, Map.of());
    }
  }

  /**
   * Every layout that could read the file, best first: a built-in preset is a candidate when the
   * header carries its kind's required fields and, for a platform's preset, either all its {@code
   * detect} headers or one of its own headers beyond the id. Best reads or knows the most of the
   * file's columns; ties prefer the requested kind, then a platform's preset over the generic
   * layout (the file's columns are a subset of that platform's export), then built-in order.
   */
  static List<Choice> candidates(List<String> headers, String kind) {
    Set<String> present = new HashSet<>();
    headers.forEach(h -> present.add(HeaderMatch.normalize(h)));
    List<Choice> out = new ArrayList<>();
    for (Preset p : all()) {
      KindSpec spec = spec(p.kind());
      HeaderMatch m = new HeaderMatch(headers, p);
      if (spec == null || !spec.required().stream().allMatch(m::maps)) {
        continue;
      }
      if (!p.isGeneric()) {
        boolean detected = !p.detect().isEmpty() && p.detect().stream().allMatch(m::hasHeader);
        if (!detected && ownHeaders(p).stream().noneMatch(present::contains)) {
          continue;
        }
      }
      out.add(new Choice(p, m));
    }
    out.sort(
        Comparator.comparingInt((Choice c) -> -c.match().knownColumns())
            .thenComparing(c -> !c.preset().kind().equals(kind))
            .thenComparing(c -> c.preset().isGeneric()));
    return out;
  }

  /** The best layout of this kind for the header, if any (for ordering files before import). */
  static Optional<Choice> best(List<String> headers, String kind) {
    return candidates(headers, kind).stream()
        .filter(c -> c.preset().kind().equals(kind))
        .findFirst();
  }
}
