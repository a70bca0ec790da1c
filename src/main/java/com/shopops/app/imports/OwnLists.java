package com.shopops.app.imports;

import com.shopops.text.Bundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * shopops' own lists ({@code export followup --kind K}, {@code export promotion}, docs/lists.md
 * "Columns"), recognised by their exact column set: such a file is a list of whom to contact, not a
 * record of a contact, and read as orders or customers it would store a list's words (a delay
 * list's {@code at_risk}) as data (review15 P5). The sets are the exports' columns as
 * FollowUpListTables and ExportPromotionCommand write them (docs/lists.md "Columns").
 */
final class OwnLists {
  private OwnLists() {}

  /** The command that writes each list, and its columns. */
  static final Map<String, List<String>> COLUMNS = columns();

  private static Map<String, List<String>> columns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "export promotion",
        List.of(
            "customer_id",
            "name",
            "phone",
            "email",
            "region",
            "segment",
            "tier",
            "reason",
            "offer",
            "offer_code"));
    m.put(
        "export followup --kind winback",
        List.of(
            "customer_id",
            "name",
            "phone",
            "email",
            "segment",
            "tier",
            "lifecycle",
            "last_order",
            "days_since_last_order",
            "usual_gap_days",
            "reason",
            "offer",
            "offer_code"));
    m.put(
        "export followup --kind delay",
        List.of(
            "order_id",
            "customer_id",
            "name",
            "phone",
            "status",
            "ship_by",
            "hours_late",
            "hours_left",
            "message"));
    m.put(
        "export followup --kind returns",
        List.of(
            "return_id",
            "order_id",
            "customer_id",
            "name",
            "phone",
            "waiting_for",
            "waiting_since",
            "hours_waiting",
            "refund_overdue",
            "refund_amount",
            "message"));
    m.put(
        "export followup --kind satisfaction",
        List.of("order_id", "customer_id", "name", "phone", "delivered_at", "message"));
    m.put(
        "export followup --kind anniversary",
        List.of(
            "customer_id",
            "name",
            "phone",
            "email",
            "month",
            "years",
            "bought",
            "reason",
            "offer",
            "offer_code"));
    m.put(
        "export followup --kind vip",
        List.of(
            "customer_id",
            "name",
            "phone",
            "email",
            "tier",
            "segment",
            "last_contact",
            "days_since_contact",
            "reason"));
    return m;
  }

  /** The command that wrote a file with this header, or null for a file that is no such list. */
  static String writtenBy(List<String> header) {
    Set<String> cols = names(header);
    for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
      // the zh labels of n columns are at most n names: a wider header is not that list in
      // Chinese, and the zh bundle is not read for it (most files: 4 ms of every import)
      if (cols.equals(Set.copyOf(e.getValue()))
          || (cols.size() <= e.getValue().size() && cols.equals(chinese(e.getValue())))) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The command that wrote a list that this wider header holds whole (every column of the list, in
   * English or as the Chinese export labels it, plus columns {@code added} accepts: the channel and
   * agent the hint of {@link #refusal} asks for, an outcome, a note), or null. A header much wider
   * than any list (a platform's export) is no such list, and the zh bundle is not read for it; a
   * list's columns among others that are not such additions are some other file's (an orders file
   * with a delivered_at and a message column is no satisfaction list).
   */
  static String within(List<String> header, Predicate<String> added) {
    Set<String> cols = names(header);
    for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
      int n = e.getValue().size();
      if (cols.size() <= n || cols.size() > n + ADDED_AT_MOST) {
        continue;
      }
      for (Set<String> list : List.of(Set.copyOf(e.getValue()), chinese(e.getValue()))) {
        if (cols.containsAll(list)
            && header.stream()
                .filter(h -> !h.isBlank() && !list.contains(h.strip().toLowerCase(Locale.ROOT)))
                .allMatch(added)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** How many columns an operator adds to a list at most: every field of a follow-up log. */
  private static final int ADDED_AT_MOST = FollowUpsHandler.SPEC.fieldNames().size();

  private static Set<String> names(List<String> header) {
    return header.stream()
        .map(h -> h.strip().toLowerCase(Locale.ROOT))
        .filter(h -> !h.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * The headers a list exported in Chinese ({@code --lang zh}: xlsx, or its csv saved by WPS) has:
   * each column's zh label ({@code column.<name>}), the one the export writes.
   */
  private static Set<String> chinese(List<String> columns) {
    ResourceBundle zh = Zh.BUNDLE;
    return columns.stream()
        .map(c -> zh.containsKey("column." + c) ? zh.getString("column." + c) : c)
        .map(h -> h.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** The zh bundle, read the first time a header is compared with it. */
  private static final class Zh {
    static final ResourceBundle BUNDLE = Bundle.load(Bundle.BASE + "_zh.properties");
  }

  /**
   * The refusal of a shopops list imported as {@code kind}: what it is, and how the contacts made
   * from it are logged (a channel and an agent per row, then {@code import followups}).
   */
  static ImportException refusal(String name, String list, String kind, String shopops) {
    return refusal(name, list, kind, shopops, null);
  }

  /**
   * As {@link #refusal(String, String, String, String)}, for a list with one of channel and agent
   * added: {@code missing} the other one (null: neither is there).
   */
  static ImportException refusal(
      String name, String list, String kind, String shopops, String missing) {
    String hint =
        "to log the contacts made from it, add the columns channel and agent (渠道, 客服) with how"
            + " and by whom each customer was reached, then `"
            + shopops
            + " import followups "
            + ImportAgain.quoted(name)
            + "` (docs/customers-cli.md, \"The follow-up log\")";
    if (kind.equals("followups") && missing != null) {
      return new ImportException(
          name
              + ": this is a shopops `"
              + list
              + "` list (whom to contact), not a follow-up log: it has no "
              + missing
              + " column",
          hint);
    }
    if (kind.equals("followups")) {
      return new ImportException(
          name
              + ": this is a shopops `"
              + list
              + "` list (whom to contact), not a follow-up log: it has no channel or agent",
          hint);
    }
    return new ImportException(
        name
            + ": this is a shopops `"
            + list
            + "` list (whom to contact), not what `shopops import "
            + kind
            + "` reads",
        hint);
  }

  /**
   * The refusal of a shopops list with the columns channel and agent added (the contacts made from
   * it) imported as {@code kind}, not as followups: read as customers it stored nothing and said "3
   * unchanged" (tryout31a A2). {@code shopops}: the command with the store it ran on.
   */
  static ImportException contactsLogged(String name, String list, String kind, String shopops) {
    return new ImportException(
        name
            + ": this is a shopops `"
            + list
            + "` list with the columns channel and agent added: a follow-up log, not what `shopops"
            + " import "
            + kind
            + "` reads",
        "log the contacts with `"
            + shopops
            + " import followups "
            + ImportAgain.quoted(name)
            + "`");
  }
}
