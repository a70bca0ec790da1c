package com.shopops.io.table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing shown whole (an order, a customer): its fields as a one-row {@link Table}, and named
 * lists that belong to it (line items, returns, follow-ups). A terminal shows "field value" lines
 * then each list as a table; json/jsonl give one object with the lists as arrays; csv/tsv give the
 * fields only (one header, one row), since a CSV file holds one table.
 */
public final class RecordView {
  private final Table fields;
  private final Map<String, Table> lists = new LinkedHashMap<>();

  public RecordView(Table fields) {
    if (fields.rows().size() != 1) {
      throw new IllegalArgumentException("a record view needs exactly one row of fields");
    }
    this.fields = fields;
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
