package com.shopops.domain.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What writing a list records for each customer on it (the store keeps it; {@code --dry-run} keeps
 * nothing): the cool-down, {@code vip} and {@code customers show} read it back, and {@code lists
 * undo} deletes a list's records by {@code listName}.
 */
public record ContactRecord(String customerId, ListKind kind, String listName, Instant at) {
  public ContactRecord {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(listName, "listName");
    Objects.requireNonNull(at, "at");
  }

  /**
   * One record per customer on the list, in list order, however many rows name them (a customer
   * with two delayed orders is contacted once).
   */
  public static List<ContactRecord> forRows(
      List<? extends ListRow> rows, ListKind kind, String listName, Instant at) {
    Set<String> seen = new LinkedHashSet<>();
    for (ListRow r : rows) {
      seen.add(r.customerId());
    }
    List<ContactRecord> out = new ArrayList<>(seen.size());
    for (String id : seen) {
      out.add(new ContactRecord(id, kind, listName, at));
    }
    return out;
  }
}
