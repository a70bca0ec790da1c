package com.shopops.app.imports;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How one export layout maps onto shopops fields. Built-in presets live as data in
 * {@code src/main/resources/presets/}; a user mapping file ({@code --map FILE}, JSON or YAML) has
 * the same shape. {@code fields} maps a field to the headers that may carry it, tried in order for
 * every row (the first non-empty one wins); a preset is a candidate for a file when every header in
 * {@code detect} is present. {@code null_values} are cell texts that mean "no value" in this
 * export (R writes {@code NA}), read as empty cells.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Preset(
    @JsonProperty("name") String name,
    @JsonProperty("kind") String kind,
    @JsonProperty("label") String label,
    @JsonProperty("detect") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> detect,
    @JsonProperty("fields") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        Map<String, List<String>> fields,
    @JsonProperty("status") Map<String, String> status,
    @JsonProperty("date_formats")
        @JsonAlias("date_format")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> dateFormats,
    @JsonProperty("lines_only") boolean linesOnly,
    @JsonProperty("lowercase") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> lowercase,
    @JsonProperty("null_values") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> nullValues,
    @JsonProperty("notes") String notes) {

  public Preset {
    detect = detect == null ? List.of() : List.copyOf(detect);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    status = status == null ? Map.of() : Map.copyOf(status);
    dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
    lowercase = lowercase == null ? List.of() : List.copyOf(lowercase);
    nullValues = nullValues == null ? List.of() : List.copyOf(nullValues);
  }

  public String describe() {
    return label == null || label.isBlank() ? name : name + " (" + label + ")";
  }
}
