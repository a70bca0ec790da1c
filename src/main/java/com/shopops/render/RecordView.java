package com.shopops.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing shown whole (an order, a customer): its fields as a one-row {@link Table}, and named
 * lists that belong to it (line items, returns, follow-ups). A terminal shows "field value" lines
 * (fields without a value left out) then each list as a table; json/jsonl give one object with the
 * lists as arrays; csv/tsv give the fields (one header, one row), then each list after a blank line
 * and a {@code # name} line, with its own header.
 */
public final class RecordView {
  private final Table fields;
  private String fieldsKey;
  private final Map<String, Table> lists = new LinkedHashMap<>();

  public RecordView(Table fields) {
    if (fields.rows().size() != 1) {
      throw new IllegalArgumentException("a record view needs exactly one row of fields");
    }
    this.fields = fields;
  }

  /**
   * In json, put the fields under this key ({@code {"customer": {…}, "orders": […]}}) instead of at
   * the top level — for records whose fields share a name with one of their lists.
   */
  public RecordView nestFieldsAs(String key) {
    this.fieldsKey = key;
    return this;
  }

  public String fieldsKey() {
    return fieldsKey;
  }

  public RecordView addList(String name, Table rows) {
    lists.put(name, rows);
    return this;
  }

  public Table fields() {
    return fields;
  }

  public Map<String, Table> lists() {
    return lists;
  }
}
