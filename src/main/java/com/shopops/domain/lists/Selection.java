package com.shopops.domain.lists;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A chosen list and what was left out: {@code rows} in list order with the limit applied, every
 * {@link Exclusion} with its count (zero included, in rule order), and {@code eligible}, the number
 * that passed every rule before the limit — so {@code eligible - rows.size()} were cut by {@code
 * --limit}.
 */
public record Selection<R>(List<R> rows, Map<Exclusion, Integer> excluded, int eligible) {
  public Selection {
    rows = List.copyOf(rows);
    EnumMap<Exclusion, Integer> all = new EnumMap<>(Exclusion.class);
    for (Exclusion e : Exclusion.values()) {
      all.put(e, excluded.getOrDefault(e, 0));
    }
    excluded = Collections.unmodifiableMap(all);
  }

  public int chosen() {
    return rows.size();
  }

  public int overLimit() {
    return eligible - rows.size();
  }

  public int excluded(Exclusion rule) {
    return excluded.get(rule);
  }

  /**
   * The stderr summary line, e.g. {@code chosen 120 (limit cut 30); excluded: not matching 900, no
   * consent 40, open return/complaint 3, cooling down 12}.
   */
  public String summary(String lang) {
    boolean zh = lang != null && lang.startsWith("zh");
    StringBuilder b = new StringBuilder();
    b.append(zh ? "选中 " : "chosen ").append(chosen());
    if (overLimit() > 0) {
      b.append(zh ? "（受 --limit 限制未选 " : " (limit cut ").append(overLimit()).append(zh ? "）" : ")");
    }
    b.append(zh ? "；排除：" : "; excluded: ");
    String sep = "";
    for (Map.Entry<Exclusion, Integer> e : excluded.entrySet()) {
      b.append(sep).append(e.getKey().label().in(lang)).append(' ').append(e.getValue());
      sep = zh ? "，" : ", ";
    }
    return b.toString();
  }

  static final class Counter {
    private final EnumMap<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);

    void add(Exclusion e) {
      counts.merge(e, 1, Integer::sum);
    }

    Map<Exclusion, Integer> counts() {
      return counts;
    }
  }
}
