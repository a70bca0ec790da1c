package com.shopops.app.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which layout a file is read with: a mapping file (--map), a preset named with --preset, else the
 * preset recognised from the header (across kinds, so that a file of another kind is refused with
 * the command that imports it), else the kind's generic layout when its aliases find every required
 * column.
 */
final class PresetChoice {
  private PresetChoice() {}

  static Presets.Choice choose(
      ImportOptions options, List<String> header, String name, KindSpec spec) {
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
                          "presets for " + kind + ": "
                              + Presets.forKind(kind).stream().map(Preset::name)
                                  .collect(Collectors.joining(", "))));
      if (!preset.kind().equals(kind)) {
        throw new ImportException(
            "preset " + preset.name() + " reads " + preset.kind() + ", not " + kind,
            "use `shopops import " + preset.kind() + "`");
      }
    } else {
      var detected = Presets.detect(header, kind);
      if (detected.isPresent() && !detected.get().preset().kind().equals(kind)) {
        Preset other = detected.get().preset();
        // only a confident guess names another kind: a customer_id column alone does not make an
        // invoice-lines file a customer list
        int mapped = detected.get().match().mappedColumns();
        if (mapped < 3 && mapped * 2 < header.size()) {
          Preset own = fallback(header, spec);
          if (own == null) {
            throw missingRequired(header, name, spec, null);
          }
          detected = Optional.of(new Presets.Choice(own, new HeaderMatch(header, own)));
        } else {
          throw new ImportException(
            name + ": this looks like " + article(other.kind()) + " file (" + other.describe()
                + "), not " + kind,
              "import it with `shopops import " + other.kind() + " " + name
                  + "`, or force a layout with --preset/--map");
        }
      }
      preset = detected.map(Presets.Choice::preset).orElseGet(() -> fallback(header, spec));
      if (preset == null) {
        throw missingRequired(header, name, spec, null);
      }
    }
    HeaderMatch match = new HeaderMatch(header, preset);
    for (String required : spec.required()) {
      if (!match.maps(required)) {
        throw missingRequired(header, name, spec, preset);
      }
    }
    return new Presets.Choice(preset, match);
  }

  /**
   * No preset's detect headers are all there, e.g. a hand-made file headed 订单编号,付款时间,金额: the
   * generic layout of this kind when its aliases find every required field, else null. (Platform
   * presets are only ever chosen by their detect headers: Shopify's "Name" is no order id elsewhere.)
   */
  private static Preset fallback(List<String> header, KindSpec spec) {
    return Presets.named("generic-" + spec.kind())
        .filter(p -> spec.required().stream().allMatch(new HeaderMatch(header, p)::maps))
        .orElse(null);
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
    String shown = header.size() > 12
        ? String.join(", ", header.subList(0, 12)) + ", … (" + header.size() + " columns)"
        : String.join(", ", header);
    return new ImportException(
        name + ":1: missing required column " + String.join(", ", spec.required())
            + " (looked for " + String.join(", ", accepted) + "; the header has: " + shown + ")",
        "name the columns with a mapping file (--map FILE), or check that this is "
            + article(spec.kind()) + " export");
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
        : Presets.detect(header, options.kind().code()).map(Presets.Choice::preset).orElse(null);
  }
}
