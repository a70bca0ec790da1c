package com.shopops.app.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields one import kind understands, in a fixed order (the index of a field in a {@link
 * ParsedRow}), with the fields a file must carry.
 */
public final class KindSpec {
  private final String kind;
  private final List<String> required;
  private final Map<String, FieldType> types = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();

  /**
   * Each field's position: {@link #index} is asked per row and per order (seven money fields of
   * every order), and a search of the list was 3-4 % of an orders import's CPU.
   */
  private final Map<String, Integer> positions = new java.util.HashMap<>();

  private KindSpec(String kind, List<String> required) {
    this.kind = kind;
    this.required = List.copyOf(required);
  }

  public static Builder of(String kind, String... required) {
    return new Builder(new KindSpec(kind, List.of(required)));
  }

  public String kind() {
    return kind;
  }

  public List<String> required() {
    return required;
  }

  public List<String> fieldNames() {
    return Collections.unmodifiableList(names);
  }

  public FieldType type(String field) {
    return types.get(field);
  }

  public boolean has(String field) {
    return types.containsKey(field);
  }

  /** The position of a field in a parsed row; fails fast on a typo in code. */
  public int index(String field) {
    Integer i = positions.get(field);
    if (i == null) {
      throw new IllegalArgumentException("no field " + field + " in kind " + kind);
    }
    return i;
  }

  public int size() {
    return names.size();
  }

  /** Builds a spec field by field. */
  public static final class Builder {
    private final KindSpec spec;

    private Builder(KindSpec spec) {
      this.spec = spec;
    }

    public Builder field(String name, FieldType type) {
      spec.types.put(name, type);
      spec.positions.putIfAbsent(name, spec.names.size()); // the first, as indexOf
      spec.names.add(name);
      return this;
    }

    public KindSpec build() {
      for (String r : spec.required) {
        if (!spec.types.containsKey(r)) {
          throw new IllegalStateException("required field " + r + " not declared");
        }
      }
      return spec;
    }
  }
}
