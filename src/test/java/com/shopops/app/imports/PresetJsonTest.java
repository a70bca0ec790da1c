package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in presets are read without Jackson at start ({@link PresetJson}); Jackson, with the
 * record's annotations, stays the reader of mapping files. Both must give the same preset: every
 * value, and the order of the fields (the generic layouts merge other presets' headers in it).
 */
class PresetJsonTest {
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void everyBuiltInPresetReadsAsJacksonReadsIt() throws Exception {
    assertEquals(27, Presets.BUILT_IN.size()); // shopify-sessions (review17 R21) the 27th
    for (String name : Presets.BUILT_IN) {
      byte[] bytes;
      try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name)) {
        bytes = in.readAllBytes();
      }
      Preset jackson = JACKSON.readValue(bytes, Preset.class);
      Preset ours = PresetJson.read(new String(bytes, StandardCharsets.UTF_8), name);
      assertEquals(jackson, ours, name);
      assertEquals(
          new ArrayList<>(jackson.fields().entrySet()),
          new ArrayList<>(ours.fields().entrySet()),
          name + ": fields in order");
    }
  }

  @Test
  void everyBundledMappingReadsAsJacksonReadsIt() throws Exception {
    for (String name : Presets.BUNDLED) {
      byte[] bytes;
      try (InputStream in = Presets.class.getResourceAsStream("/mappings/" + name + ".json")) {
        bytes = in.readAllBytes();
      }
      Preset jackson = JACKSON.readValue(bytes, Preset.class);
      Preset ours = PresetJson.read(new String(bytes, StandardCharsets.UTF_8), name);
      assertEquals(jackson, ours, name);
      assertEquals(
          new ArrayList<>(jackson.fields().entrySet()),
          new ArrayList<>(ours.fields().entrySet()),
          name + ": fields in order");
    }
  }

  @Test
  void theShapesJacksonAcceptsGiveTheSamePreset() throws Exception {
    // a single text where a list is expected, the date_format alias, escapes, null, a BOM
    String json =
        "\uFEFF{ \"name\": \"x-orders\", \"kind\": \"orders\", \"detect\": \"Order \\\"No\\\"\","
            + " \"fields\": {\"order_id\": \"Order \\u53f7\", \"sku\": [\"SKU\", \"Item\\\\code\"]},"
            + " \"date_format\": \"yyyy/M/d\", \"lines_only\": true, \"paid_net_of_refund\": false,"
            + " \"money\": {\"freight\": \"per_line\"}, \"notes\": null, \"zone\": \"Asia/Shanghai\","
            + " \"status\": {}, \"ignored\": [] }\n";
    Preset jackson = JACKSON.readValue(json.substring(1), Preset.class);
    Preset ours = PresetJson.read(json, "x");
    assertEquals(jackson, ours);
    assertEquals(List.of("Order \"No\""), ours.detect());
    assertEquals(List.of("Order 号"), ours.fields().get("order_id"));
    assertEquals(List.of("yyyy/M/d"), ours.dateFormats());
  }

  /**
   * Every key of {@link Preset}'s JSON form is one {@link PresetJson} reads (a key added to the
   * record alone — as {@code decimal} was — would otherwise refuse every preset that uses it).
   */
  @Test
  void theReaderKnowsEveryKeyOfThePreset() throws Exception {
    List<String> jsonKeys = new java.util.ArrayList<>();
    for (var c : Preset.class.getRecordComponents()) {
      var p =
          Preset.class
              .getDeclaredField(c.getName())
              .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      jsonKeys.add(p == null ? c.getName() : p.value());
    }
    List<String> read = new java.util.ArrayList<>(PresetJson.KEYS);
    read.remove("date_format"); // the alias
    assertEquals(jsonKeys, read);
  }

  @Test
  void aMistakeInAPresetFileIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                PresetJson.read("{\"name\": \"a\", \"detection\": []}", "built-in preset a.json"));
    assertTrue(
        e.getMessage().startsWith("cannot read built-in preset a.json at character ")
            && e.getMessage().endsWith(": unknown key \"detection\""),
        e.getMessage());
    assertThrows(
        IllegalStateException.class, () -> PresetJson.read("{\"name\": \"a\",}", "a.json"));
    assertThrows(IllegalStateException.class, () -> PresetJson.read("{\"name\": 1}", "a.json"));
  }
}
