package com.shopops.app.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a built-in preset file (the jar's {@code /presets/*.json}, the one source of their content)
 * without Jackson: every import starts by reading the 26 of them, and Jackson's parser and record
 * binding, compiled anew on every start, cost about 0.35 s of CPU of each import's fixed cost
 * (docs/benchmarks.md, session 16). The files are plain JSON objects of text, lists of text,
 * objects of either, and true/false; this reader gives the same {@link Preset} as {@code
 * ObjectMapper.readValue(…, Preset.class)} with the record's annotations (a single text where a
 * list is expected is a list of one, {@code date_format} is {@code date_formats}, an unknown key is
 * an error), which {@code PresetJsonTest} pins for every built-in preset. User mapping files (JSON
 * or YAML, with the operator's error messages) are still read with Jackson ({@link Presets#load}).
 */
final class PresetJson {
  private final String text;
  private final String name;
  private int at;

  private PresetJson(String text, String name) {
    this.text = text;
    this.name = name;
  }

  /**
   * The preset of a built-in file's text; {@code name} says which, for messages ("built-in preset
   * jd-orders.json").
   */
  static Preset read(String text, String name) {
    PresetJson p = new PresetJson(text, name);
    if (text.startsWith("\uFEFF")) {
      p.at = 1; // a byte order mark, which Jackson skips too
    }
    p.space();
    Object root = p.value();
    p.space();
    if (p.at != text.length()) {
      throw p.bad("text after the object");
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw p.bad("not an object");
    }
    return p.preset(map);
  }

  private Preset preset(Map<?, ?> m) {
    for (Object key : m.keySet()) {
      if (!KEYS.contains(key)) {
        throw bad("unknown key \"" + key + "\"");
      }
    }
    if (m.containsKey("date_formats") && m.containsKey("date_format")) {
      throw bad("both date_formats and date_format");
    }
    return new Preset(
        text(m, "name"),
        text(m, "kind"),
        text(m, "label"),
        texts(m, "detect"),
        fields(m.get("fields")),
        textMap(m, "status"),
        texts(m, m.containsKey("date_format") ? "date_format" : "date_formats"),
        flag(m, "lines_only"),
        texts(m, "lowercase"),
        texts(m, "null_values"),
        text(m, "notes"),
        texts(m, "export_columns"),
        texts(m, "not_generic"),
        textMap(m, "money"),
        texts(m, "date_only"),
        textMap(m, "read_elsewhere"),
        text(m, "currency"),
        texts(m, "ignored"),
        flag(m, "paid_net_of_refund"),
        text(m, "zone"),
        text(m, "decimal"),
        flag(m, "one_row_per_order"),
        flag(m, "one_row_per_unit"));
  }

  /** The keys of {@link Preset}'s JSON form (its {@code @JsonProperty} names and the alias). */
  static final List<String> KEYS =
      List.of(
          "name",
          "kind",
          "label",
          "detect",
          "fields",
          "status",
          "date_formats",
          "date_format",
          "lines_only",
          "lowercase",
          "null_values",
          "notes",
          "export_columns",
          "not_generic",
          "money",
          "date_only",
          "read_elsewhere",
          "currency",
          "ignored",
          "paid_net_of_refund",
          "zone",
          "decimal",
          "one_row_per_order",
          "one_row_per_unit");

  private String text(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw bad(key + ": must be text");
  }

  private boolean flag(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null || v instanceof Boolean) {
      return v != null && (Boolean) v;
    }
    throw bad(key + ": must be true or false");
  }

  /** A list of text; a single text is a list of one (ACCEPT_SINGLE_VALUE_AS_ARRAY). */
  private List<String> texts(Map<?, ?> m, String key) {
    return texts(m.get(key), key);
  }

  private List<String> texts(Object v, String key) {
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return List.of(s);
    }
    if (v instanceof List<?> l) {
      List<String> out = new ArrayList<>(l.size());
      for (Object o : l) {
        if (o != null && !(o instanceof String)) {
          throw bad(key + ": must be a list of text");
        }
        out.add((String) o);
      }
      return out;
    }
    throw bad(key + ": must be a list of text");
  }

  private Map<String, String> textMap(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw bad(key + ": must be an object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach(
        (k, x) -> {
          if (x != null && !(x instanceof String)) {
            throw bad(key + "." + k + ": must be text");
          }
          out.put((String) k, (String) x);
        });
    return out;
  }

  private Map<String, List<String>> fields(Object v) {
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw bad("fields: must be an object");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    map.forEach((k, x) -> out.put((String) k, texts(x, "fields." + k)));
    return out;
  }

  // --- the JSON text ---

  private Object value() {
    if (at >= text.length()) {
      throw bad("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      default:
        if (text.startsWith("true", at)) {
          at += 4;
          return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
          at += 5;
          return Boolean.FALSE;
        }
        if (text.startsWith("null", at)) {
          at += 4;
          return null;
        }
        throw bad("unexpected '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    at++; // {
    Map<String, Object> m = new LinkedHashMap<>();
    space();
    if (peek() == '}') {
      at++;
      return m;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw bad("a key must be text");
      }
      String key = string();
      space();
      expect(':');
      space();
      if (m.containsKey(key)) {
        throw bad("key \"" + key + "\" twice");
      }
      m.put(key, value());
      space();
      char c = next();
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        throw bad("',' or '}' expected");
      }
    }
  }

  private List<Object> array() {
    at++; // [
    List<Object> l = new ArrayList<>();
    space();
    if (peek() == ']') {
      at++;
      return l;
    }
    while (true) {
      space();
      l.add(value());
      space();
      char c = next();
      if (c == ']') {
        return l;
      }
      if (c != ',') {
        throw bad("',' or ']' expected");
      }
    }
  }

  private String string() {
    at++; // "
    int start = at;
    // the common case: no escape, one substring
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        return text.substring(start, at++);
      }
      if (c == '\\') {
        break;
      }
      at++;
    }
    StringBuilder sb = new StringBuilder(text.substring(start, at));
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw bad("bad \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw bad("bad \\u escape");
          }
          at += 4;
        }
        default -> throw bad("bad escape \\" + e);
      }
    }
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw bad("unexpected end");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw bad("'" + c + "' expected");
    }
  }

  private IllegalStateException bad(String what) {
    return new IllegalStateException("cannot read " + name + " at character " + at + ": " + what);
  }
}
