package com.shopops.domain.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line items of an order that two exports show at the same snapshot (same status, same times,
 * same refund: neither can be told to be the newer). Neither replaces the other: the order keeps
 * the union of their lines, a line being its item, quantity and money (sku, title, quantity, unit
 * price, amount), as many times as the export that has it most often has it. The platform's item id
 * of a line (JD 商品ID) is not part of what it is: a line takes it from whichever export has it (the
 * file's when both do), so an export without item ids (shopops' own) neither doubles the lines nor
 * drops the ids, and the export with them fills them in. A partial export (a row sample, a filtered
 * re-export) of the same snapshot so never shrinks an order, and an edited order (a line added,
 * same status and times) is not reverted by the export made before the edit, whatever order the two
 * are imported in.
 *
 * <p>Their order: that of the export whose lines contain the other's; else (each has lines the
 * other lacks) the union sorted by line; between two exports with the same lines in another order,
 * the one that sorts first. So the result does not depend on which came first.
 */
public final class SameSnapshotLines {
  private SameSnapshotLines() {}

  /** What the order keeps, and whether the store kept lines the file does not have. */
  public record Merged(List<OrderLine> lines, boolean changed, boolean keptMore) {}

  /** What identifies a line between two exports: everything but its number. */
  private record Item(String sku, String title, Long quantity, Long unitPrice, Long amount) {
    static Item of(OrderLine l) {
      return new Item(l.sku(), l.title(), l.quantity(), l.unitPrice(), l.amount());
    }
  }

  private static final Comparator<Item> ORDER =
      Comparator.comparing(Item::sku, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Item::title, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Item::quantity, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Item::unitPrice, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Item::amount, Comparator.nullsFirst(Comparator.<Long>naturalOrder()));

  /**
   * The lines an order stored with {@code stored} keeps when a file of the same snapshot has {@code
   * file}.
   */
  public static Merged merged(List<OrderLine> stored, List<OrderLine> file) {
    Merged m = mergedItems(stored, file);
    Map<Item, String> ids = new HashMap<>();
    for (List<OrderLine> side : List.of(stored, file)) {
      for (OrderLine l : side) {
        if (l.itemId() != null) {
          ids.put(Item.of(l), l.itemId());
        }
      }
    }
    List<OrderLine> lines = new ArrayList<>(m.lines().size());
    for (OrderLine l : m.lines()) {
      String id = ids.get(Item.of(l));
      lines.add(
          id == null || id.equals(l.itemId())
              ? l
              : new OrderLine(
                  l.lineNo(), l.sku(), l.title(), l.quantity(), l.unitPrice(), l.amount(), id));
    }
    return lines.equals(m.lines())
        ? m
        : new Merged(lines, m.changed() || !lines.equals(stored), m.keptMore());
  }

  private static Merged mergedItems(List<OrderLine> stored, List<OrderLine> file) {
    List<Item> s = items(stored);
    List<Item> f = items(file);
    if (s.equals(f)) {
      return new Merged(stored, false, false);
    }
    Map<Item, Integer> sc = counts(s);
    Map<Item, Integer> fc = counts(f);
    boolean storedCovers = covers(sc, fc);
    boolean fileCovers = covers(fc, sc);
    if (storedCovers && fileCovers) { // the same lines in another order: the one that sorts first
      return compare(s, f) <= 0
          ? new Merged(stored, false, false)
          : new Merged(numbered(f), true, false);
    }
    if (storedCovers) {
      return new Merged(stored, false, true);
    }
    if (fileCovers) {
      return new Merged(numbered(f), true, false);
    }
    Map<Item, Integer> union = new HashMap<>(sc);
    fc.forEach((item, n) -> union.merge(item, n, Math::max));
    List<Item> all = new ArrayList<>();
    union.keySet().stream()
        .sorted(ORDER)
        .forEach(
            item -> {
              for (int i = union.get(item); i > 0; i--) {
                all.add(item);
              }
            });
    return new Merged(numbered(all), true, true);
  }

  private static List<Item> items(List<OrderLine> lines) {
    List<Item> out = new ArrayList<>(lines.size());
    for (OrderLine l : lines) {
      out.add(Item.of(l));
    }
    return out;
  }

  private static Map<Item, Integer> counts(List<Item> items) {
    Map<Item, Integer> out = new HashMap<>();
    for (Item i : items) {
      out.merge(i, 1, Integer::sum);
    }
    return out;
  }

  /** Whether {@code a} has every line of {@code b}, as many times. */
  private static boolean covers(Map<Item, Integer> a, Map<Item, Integer> b) {
    for (Map.Entry<Item, Integer> e : b.entrySet()) {
      if (a.getOrDefault(e.getKey(), 0) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static int compare(List<Item> a, List<Item> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = ORDER.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static List<OrderLine> numbered(List<Item> items) {
    List<OrderLine> out = new ArrayList<>(items.size());
    for (Item i : items) {
      out.add(
          new OrderLine(
              out.size() + 1, i.sku(), i.title(), i.quantity(), i.unitPrice(), i.amount()));
    }
    return out;
  }

  /** Whether two money values of the same snapshot differ with the stored one the larger. */
  public static boolean storedMore(Long stored, Long file) {
    return stored != null && file != null && !Objects.equals(stored, file) && stored > file;
  }
}
