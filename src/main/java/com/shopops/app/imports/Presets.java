package com.shopops.app.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
          "generic-returns.json",
          "taobao-refunds.json",
          "jd-refunds.json",
          "generic-followups.json",
          "zh-followups.json",
          "generic-traffic.json",
          "cn-traffic.json",
          "generic-events.json",
          "rees46-events.json",
          "generic-reviews.json",
          "generic-products.json");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static List<Preset> all;

  private Presets() {}

  public static synchronized List<Preset> all() {
    if (all == null) {
      List<Preset> list = new ArrayList<>();
      for (String name : BUILT_IN) {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name)) {
          if (in == null) {
            throw new IllegalStateException("preset missing from the jar: " + name);
          }
          list.add(JSON.readValue(in, Preset.class));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read built-in preset " + name, e);
        }
      }
      all = List.copyOf(list);
    }
    return all;
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

  public static List<Preset> forKind(String kind) {
    return all().stream().filter(p -> p.kind().equals(kind)).toList();
  }

  public static Optional<Preset> named(String name) {
    return all().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Reads a user mapping file: JSON, or YAML when the name ends in .yml/.yaml. */
  public static Preset load(Path file, String kind) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper = lower.endsWith(".yml") || lower.endsWith(".yaml") ? YAML : JSON;
    Preset p;
    try {
      p = mapper.readValue(Files.readAllBytes(file), Preset.class);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new ImportException(
          file + where + ": not a valid mapping file: " + (e.getOriginalMessage() != null
              && e.getOriginalMessage().contains("NullPointerException")
              ? "a value is null or missing where text is needed" : e.getOriginalMessage()),
          "see README \"Mapping files\" for the format");
    } catch (IOException e) {
      throw new ImportException("cannot read mapping file " + file + ": " + e.getMessage(), null);
    }
    if (p == null || p.fields().isEmpty()) {
      throw new ImportException(
          file + ": the mapping file has no \"fields\"", "see README \"Mapping files\"");
    }
    if (p.kind() != null && !p.kind().equals(kind)) {
      throw new ImportException(
          file + ": this mapping is for " + p.kind() + ", not " + kind,
          "use `shopops import " + p.kind() + "`");
    }
    String name = p.name() == null ? "map:" + file.getFileName() : p.name();
    return new Preset(
        name, kind, p.label(), p.detect(), p.fields(), p.status(), p.dateFormats(), p.linesOnly(),
        p.lowercase(), p.nullValues(), p.notes());
  }

  /** The outcome of matching a header against every preset. */
  record Choice(Preset preset, HeaderMatch match) {}

  /**
   * The preset that reads most of the file's columns among those whose {@code detect} headers are
   * all present, over every kind; ties prefer the requested kind, then built-in order.
   */
  static Optional<Choice> detect(List<String> headers, String kind) {
    Choice best = null;
    for (Preset p : all()) {
      if (p.detect().isEmpty()) {
        continue;
      }
      HeaderMatch m = new HeaderMatch(headers, p);
      if (!p.detect().stream().allMatch(m::hasHeader)) {
        continue;
      }
      if (best == null
          || m.mappedColumns() > best.match().mappedColumns()
          || (m.mappedColumns() == best.match().mappedColumns()
              && p.kind().equals(kind)
              && !best.preset().kind().equals(kind))) {
        best = new Choice(p, m);
      }
    }
    return Optional.ofNullable(best);
  }
}
