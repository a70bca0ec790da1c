package com.shopops.domain.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line items of an order that two exports show at the same snapshot (same status, same times,
 * same refund: neither can be told to be the newer). A line is known by its item: the sku; a line
 * without one only by its title, which is then its item. Lines of items only one export has are
 * kept from both (an order split over two files, a row sample, a filtered re-export never shrinks
 * an order, and a line added in the shop is not dropped by the export made before). An item both
 * have at other quantities or money (an order edited in the shop: 1 × 80.00 became 2 × 40.00, a
 * price corrected in a hand-made file) takes the imported file's lines of that item in place of the
 * stored ones (tryout28b B1: the two were kept side by side, 3 units bought): the file being
 * imported corrects the line, so that re-importing the newer export repairs an order merged before.
 * An item both have at the same quantities and money keeps it as many times as the export that has
 * it most often (two engraved mugs, one in a row sample). The title of a line with a sku is not
 * part of what it is (a listing renamed between two exports, tryout26b B3), nor is the platform's
 * item id (JD 商品ID): a line takes each from the file where it has one, else keeps the stored one.
 *
 * <p>Their order: that of the export whose lines contain the other's; else (each has lines the
 * other lacks) the union sorted by line; between two exports with the same lines in another order,
 * the one that sorts first.
 */
public final class SameSnapshotLines {
  private SameSnapshotLines() {}

  /**
   * What the order keeps, and whether the store kept lines the file does not have; {@code
   * moneyFollows}: the order keeps exactly the file's lines (by item, quantity and money) and they
   * add up to the file's goods amount, so the money the file states for them comes with them
   * (tryout29b B1: a price corrected down kept the old goods amount, sales at the old price).
   */
  public record Merged(
      List<OrderLine> lines, boolean changed, boolean keptMore, boolean moneyFollows) {}

  /**
   * A line between two exports: its item (the sku; the title only for a line without one), quantity
   * and money. Not its number, not the title of a line with a sku, not its platform item id. Lines
   * of one item at other quantities or money are the same line corrected ({@link #corrected}).
   */
  private record Item(String sku, String title, Long quantity, Long unitPrice, Long amount) {
    static Item of(OrderLine l) {
      boolean noSku = l.sku() == null || l.sku().isBlank();
      return new Item(
          noSku ? null : l.sku(),
          noSku ? l.title() : null,
          l.quantity(),
          l.unitPrice(),
          l.amount());
    }

    /** The item alone: its sku, or its title when it has none; no quantity, no money. */
    Item item() {
      return new Item(sku, title, null, null, null);
    }
  }

  private static final Comparator<Item> ORDER =
      Comparator.comparing(Item::sku, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Item::title, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Item::quantity, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Item::unitPrice, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Item::amount, Comparator.nullsFirst(Comparator.<Long>naturalOrder()));

  /** The lines in the merged order, and whether they are the stored ones in the stored order. */
  private record Keyed(List<Item> items, boolean storedOrder, boolean keptMore) {}

  /**
   * The lines an order stored with {@code stored} keeps when a file of the same snapshot has {@code
   * file}.
   */
  public static Merged merged(List<OrderLine> stored, List<OrderLine> file) {
    return merged(stored, file, null, null);
  }

  /**
   * {@link #merged}, knowing the goods amounts of the stored order and of the file's ({@code null}:
   * not known): a stored order whose lines do not add up to its goods holds two exports' lines side
   * by side (merged so by an older shopops, tryout28b B1), and a file whose lines do replaces the
   * stored lines of each item it has, even where it has only some of them.
   */
  public static Merged merged(
      List<OrderLine> stored, List<OrderLine> file, Long storedGoods, Long fileGoods) {
    return merged(stored, file, storedGoods, fileGoods, false);
  }

  /**
   * Whether an export of this layout ({@code source}, the preset) that has an order has all its
   * lines, with their goods amount stated beside them: a Shopify orders export lists every line of
   * each order it holds, one row per line grouped by Name, the order's Subtotal on its first row
   * (DOMAIN.md 4.1; its "export selected" and filters choose orders, not lines). A generic,
   * WooCommerce, Olist or mapped file may be a row sample or one of split files (Online Retail
   * 536520), and its goods are its rows summed, which prove nothing.
   */
  public static boolean wholeOrders(String source) {
    return "shopify-orders".equals(source);
  }

  /**
   * Whether an order row's money is whole: its goods less discount plus shipping is its stated
   * total (no total: nothing to hold against). A Shopify row cut out by hand leaves the Subtotal
   * and Total stating the lost line (tryout30b B1: goods 80.00 read from the lines left, total
   * 100.00), and a total with taxes the export's lines do not show cannot prove the lines whole
   * either: such an order keeps an item only the store has, as for any other layout.
   */
  public static boolean moneyWhole(Long goods, Long discount, Long shipping, Long total) {
    return goods != null
        && (total == null
            || goods - (discount == null ? 0 : discount) + (shipping == null ? 0 : shipping)
                == total);
  }

  /**
   * {@link #merged}, knowing whether the file has the whole order ({@code fileWhole}: of a layout
   * of {@link #wholeOrders}, its goods amount read, not derived): where its lines also add up to
   * that goods amount (a row cut out by hand would not), they replace the stored ones whole, so a
   * line removed in the shop goes (tryout29b B2: it stayed, a return of it was accepted); without
   * export times the last import's lines stand, as for a corrected line. Otherwise an item only the
   * store has is kept (a split file, a row sample).
   */
  public static Merged merged(
      List<OrderLine> stored,
      List<OrderLine> file,
      Long storedGoods,
      Long fileGoods,
      boolean fileWhole) {
    boolean repair = storedGoods != null && !adds(stored, storedGoods) && adds(file, fileGoods);
    boolean whole =
        fileWhole && adds(file, fileGoods) && !counts(items(stored)).equals(counts(items(file)));
    List<OrderLine> kept = whole ? file : corrected(stored, file, repair);
    boolean corrected = kept != stored;
    Keyed k = mergedItems(kept, file);
    Map<Item, ArrayDeque<OrderLine>> fromFile = byItem(file);
    Map<Item, ArrayDeque<OrderLine>> fromStored = byItem(stored);
    Map<Item, OrderLine> storedOfItem = new HashMap<>();
    for (OrderLine l : stored) {
      storedOfItem.putIfAbsent(Item.of(l).item(), l);
    }
    List<OrderLine> lines = new ArrayList<>(k.items().size());
    for (Item item : k.items()) {
      OrderLine f = poll(fromFile, item);
      OrderLine s = poll(fromStored, item);
      String sku = f != null ? f.sku() : s.sku();
      String title = f != null && f.title() != null ? f.title() : s != null ? s.title() : null;
      if (s == null && f != null) {
        s = storedOfItem.get(item.item()); // a corrected line keeps the stored line's item id
      }
      String id = f != null && f.itemId() != null ? f.itemId() : s != null ? s.itemId() : null;
      int no = k.storedOrder() && !corrected ? stored.get(lines.size()).lineNo() : lines.size() + 1;
      lines.add(
          new OrderLine(no, sku, title, item.quantity(), item.unitPrice(), item.amount(), id));
    }
    boolean changed = !lines.equals(stored);
    boolean follows = counts(items(lines)).equals(counts(items(file))) && adds(file, fileGoods);
    return new Merged(changed ? lines : stored, changed, k.keptMore(), follows);
  }

  /**
   * The stored lines with each item that the file has at other quantities or money (not the same
   * lines, more or fewer times) replaced by the file's lines of that item, where the stored item's
   * first line was; {@code stored} itself when there is none.
   */
  private static List<OrderLine> corrected(
      List<OrderLine> stored, List<OrderLine> file, boolean repair) {
    Map<Item, java.util.Set<Item>> storedKinds = kinds(stored);
    Map<Item, java.util.Set<Item>> fileKinds = kinds(file);
    java.util.Set<Item> replaced = new java.util.HashSet<>();
    for (Map.Entry<Item, java.util.Set<Item>> e : fileKinds.entrySet()) {
      java.util.Set<Item> had = storedKinds.get(e.getKey());
      // the file's lines of an item all among the stored ones (a row sample of an invoice that
      // has the item twice at two quantities) take nothing away, unless the store is repaired
      if (had != null && !had.equals(e.getValue()) && (repair || !had.containsAll(e.getValue()))) {
        replaced.add(e.getKey());
      }
    }
    if (replaced.isEmpty()) {
      return stored;
    }
    List<OrderLine> out = new ArrayList<>();
    java.util.Set<Item> placed = new java.util.HashSet<>();
    for (OrderLine l : stored) {
      Item item = Item.of(l).item();
      if (!replaced.contains(item)) {
        out.add(l);
      } else if (placed.add(item)) {
        for (OrderLine f : file) {
          if (Item.of(f).item().equals(item)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /** Whether the lines (each with an amount) add up to {@code goods}; false when not known. */
  private static boolean adds(List<OrderLine> lines, Long goods) {
    if (goods == null || lines.isEmpty()) {
      return false;
    }
    long sum = 0;
    for (OrderLine l : lines) {
      if (l.amount() == null) {
        return false;
      }
      sum += l.amount();
    }
    return sum == goods;
  }

  /** The distinct lines (quantity and money) of each item. */
  private static Map<Item, java.util.Set<Item>> kinds(List<OrderLine> lines) {
    Map<Item, java.util.Set<Item>> out = new HashMap<>();
    for (OrderLine l : lines) {
      Item i = Item.of(l);
      out.computeIfAbsent(i.item(), x -> new java.util.HashSet<>()).add(i);
    }
    return out;
  }

  private static Map<Item, ArrayDeque<OrderLine>> byItem(List<OrderLine> lines) {
    Map<Item, ArrayDeque<OrderLine>> out = new HashMap<>();
    for (OrderLine l : lines) {
      out.computeIfAbsent(Item.of(l), x -> new ArrayDeque<>()).add(l);
    }
    return out;
  }

  private static OrderLine poll(Map<Item, ArrayDeque<OrderLine>> lines, Item item) {
    ArrayDeque<OrderLine> q = lines.get(item);
    return q == null ? null : q.poll();
  }

  private static Keyed mergedItems(List<OrderLine> stored, List<OrderLine> file) {
    List<Item> s = items(stored);
    List<Item> f = items(file);
    if (s.equals(f)) {
      return new Keyed(s, true, false);
    }
    Map<Item, Integer> sc = counts(s);
    Map<Item, Integer> fc = counts(f);
    boolean storedCovers = covers(sc, fc);
    boolean fileCovers = covers(fc, sc);
    if (storedCovers && fileCovers) { // the same lines in another order: the one that sorts first
      return compare(s, f) <= 0 ? new Keyed(s, true, false) : new Keyed(f, false, false);
    }
    if (storedCovers) {
      return new Keyed(s, true, true);
    }
    if (fileCovers) {
      return new Keyed(f, false, false);
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
    return new Keyed(all, false, true);
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

  /** Whether two money values of the same snapshot differ with the stored one the larger. */
  public static boolean storedMore(Long stored, Long file) {
    return stored != null && file != null && !Objects.equals(stored, file) && stored > file;
  }
}
