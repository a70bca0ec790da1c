package com.shopops.domain.returns;

import com.shopops.domain.order.OrderDiscount;
import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order as the return rules see it: who bought it, when it was delivered, what was paid, its
 * lines.
 *
 * @param amount the goods amount (fen), null when unknown
 * @param total goods plus shipping (fen), null when unknown
 * @param lines empty for an order imported without lines
 * @param refunded what the platform's order export says was refunded (退款金额, Refunded Amount), null
 *     when it does not say: proof that at least that much was paid, for a platform whose total is
 *     net of refunds (a fully refunded Tmall order's 买家实际支付金额 is 0.00)
 * @param shipping the order's shipping fee (fen, 买家应付邮费), null when unknown: a refund on a line may
 *     include it (办法 Art.18), the order cap ({@code total}) still guarding the sum
 * @param platform the marketplace it was sold on, null for none ({@link Platform#ofPreset}): its
 *     return window may differ ({@link ReturnPolicy#forPlatform})
 * @param refundStatedAt when {@code refunded} was first stated (the store's {@code
 *     ReturnFigures.statedAt}), null when not known: the stated refund may contain only the
 *     returns' refunds paid by then ({@link #statedBeyond})
 */
public record OrderFacts(
    String orderId,
    String customerId,
    Instant deliveredAt,
    Long amount,
    Long total,
    String status,
    List<Line> lines,
    Long refunded,
    Long shipping,
    Platform platform,
    Instant refundStatedAt) {

  /**
   * A builder of order {@code orderId} whose other facts are unknown (null; no lines): the caller
   * names each fact it knows, so a new fact touches only this record.
   */
  public static Builder builder(String orderId) {
    return new Builder(orderId);
  }

  /** Builds an {@link OrderFacts}; every fact not set is null, the lines empty. */
  public static final class Builder {
    private final String orderId;
    private String customerId;
    private Instant deliveredAt;
    private Long amount;
    private Long total;
    private String status;
    private List<Line> lines = List.of();
    private Long refunded;
    private Long shipping;
    private Platform platform;
    private Instant refundStatedAt;

    private Builder(String orderId) {
      this.orderId = orderId;
    }

    public Builder customerId(String v) {
      customerId = v;
      return this;
    }

    public Builder deliveredAt(Instant v) {
      deliveredAt = v;
      return this;
    }

    public Builder amount(Long v) {
      amount = v;
      return this;
    }

    public Builder total(Long v) {
      total = v;
      return this;
    }

    public Builder status(String v) {
      status = v;
      return this;
    }

    public Builder lines(List<Line> v) {
      lines = v;
      return this;
    }

    public Builder refunded(Long v) {
      refunded = v;
      return this;
    }

    public Builder shipping(Long v) {
      shipping = v;
      return this;
    }

    public Builder platform(Platform v) {
      platform = v;
      return this;
    }

    public Builder refundStatedAt(Instant v) {
      refundStatedAt = v;
      return this;
    }

    public OrderFacts build() {
      return new OrderFacts(
          orderId,
          customerId,
          deliveredAt,
          amount,
          total,
          status,
          lines,
          refunded,
          shipping,
          platform,
          refundStatedAt);
    }
  }

  /**
   * One line of the order: SKU, units bought, amount paid (fen, null when unknown), category, and
   * the platform's item id beside the SKU (JD 商品ID, Tmall 商品ID; null when the export has none).
   */
  public record Line(
      String sku, long quantity, Long amount, String category, String itemId, Long listed) {
    /**
     * A line paid as it lists ({@code listed}, its amount before the order's discount, null: the
     * same as {@code amount}).
     */
    public Line(String sku, long quantity, Long amount, String category, String itemId) {
      this(sku, quantity, amount, category, itemId, null);
    }

    /** A line without a platform item id. */
    public Line(String sku, long quantity, Long amount, String category) {
      this(sku, quantity, amount, category, null);
    }

    /** Its share of the order's discount: what it lists less what was paid for it, 0 if none. */
    public long discountShare() {
      return listed == null || amount == null ? 0L : Math.max(0L, listed - amount);
    }
  }

  /**
   * The line a return names by {@code named}: its SKU, else the platform item id of the order's
   * lines (a JD 售后 export names the product by 商品编号 while the order export's SKU is the shop's 货号).
   * {@link LineMatch#sku} is the SKU the return is stored under: the line's, so a line has one name
   * everywhere. An order imported without lines takes any name, as {@link #sells}.
   */
  public LineMatch line(String named) {
    java.util.Objects.requireNonNull(named, "named");
    if (lines.isEmpty()) {
      return new LineMatch(named, List.of(named));
    }
    for (Line l : lines) {
      if (named.equals(l.sku())) {
        return new LineMatch(named, List.of(named));
      }
    }
    List<String> skus = new ArrayList<>();
    for (Line l : lines) {
      if (named.equals(l.itemId())) {
        String sku = l.sku() != null ? l.sku() : named;
        if (!skus.contains(sku)) {
          skus.add(sku);
        }
      }
    }
    return new LineMatch(skus.size() == 1 ? skus.get(0) : null, skus);
  }

  /**
   * What a return's product name matched: {@code sku}, the SKU to store (null when nothing or more
   * than one line's SKU matched); {@code candidates}, the SKUs it matched (two or more: the item id
   * of lines with different SKUs, such as two colours under one JD 商品ID).
   */
  public record LineMatch(String sku, List<String> candidates) {
    public LineMatch {
      candidates = List.copyOf(candidates);
    }

    /** Whether the name fits no line of the order. */
    public boolean none() {
      return sku == null && candidates.isEmpty();
    }

    /** Whether the name is the item id of lines with different SKUs. */
    public boolean ambiguous() {
      return candidates.size() > 1;
    }
  }

  public OrderFacts {
    lines = List.copyOf(lines);
  }

  /**
   * The order's lines as what was paid for each: their amounts less their shares of the order's
   * {@code discount} (the discount on the whole order its lines do not show: a Tmall 满减, a Shopify
   * Discount Amount), spread by the one rule {@link OrderDiscount#spread}, so that a refund of a
   * line is judged against what was paid for it (review20 X5: a 239.00 serum of a 328.00 order paid
   * 298.00 was paid 217.14). The lines as they are without a discount, or when a line has no
   * amount. A negative discount is a price raise (改价加价, tryout23b A14): the lines carry their
   * shares of it. For a refund a person enters ({@code returns add|update}); a platform's refund
   * export is held to the lines' own amounts, the platform allocating the discount by its own rule
   * (a 满减 may apply to some items only).
   */
  public static List<Line> paidLines(List<Line> lines, Long discount) {
    if (discount == null || discount == 0 || lines.isEmpty()) {
      return lines;
    }
    long[] amounts = new long[lines.size()];
    for (int i = 0; i < amounts.length; i++) {
      Long a = lines.get(i).amount();
      if (a == null) {
        return lines;
      }
      amounts[i] = a;
    }
    long[] paid = OrderDiscount.spread(amounts, discount);
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < paid.length; i++) {
      Line l = lines.get(i);
      out.add(new Line(l.sku(), l.quantity(), paid[i], l.category(), l.itemId(), l.amount()));
    }
    return out;
  }

  /**
   * What the refund the order export states ({@link #refunded}, 退款金额, Refunded Amount) gives back
   * beyond the refunds of {@code returns} it may contain: those paid by the time it was first
   * stated ({@link #refundStatedAt}; not known: every refund paid). A refund paid after it (a 价保
   * entered by hand after the export) comes on top of it; never below 0. The domain twin of the
   * store's {@code ReturnFigures.refunded}, which net sales and customers' spent take off
   * (tryout23b A3): returns' refunds + this is what the order has been refunded.
   */
  public long statedBeyond(List<ReturnRecord> returns) {
    if (refunded == null || refunded <= 0) {
      return 0L;
    }
    long inside = 0;
    for (ReturnRecord r : returns) {
      Instant paid = r.refundedAt();
      if (r.counts() && paid != null && (refundStatedAt == null || !paid.isAfter(refundStatedAt))) {
        inside = Math.addExact(inside, r.refundAmount());
      }
    }
    return Math.max(0L, refunded - inside);
  }

  /** At least what the platform says it refunded of the order was paid for it. */
  private Long notBelowRefunded(Long paid) {
    if (refunded == null) {
      return paid;
    }
    return paid == null ? refunded : Math.max(paid, refunded);
  }

  /** Whether the order has a line with this SKU (any SKU when it has no lines). */
  public boolean sells(String sku) {
    return sku == null || lines.isEmpty() || lines.stream().anyMatch(l -> sku.equals(l.sku()));
  }

  /** The distinct SKUs of the order's lines, in line order. */
  public List<String> skus() {
    return lines.stream().map(Line::sku).filter(Objects::nonNull).distinct().toList();
  }

  /**
   * What was bought and paid for {@code sku}: its lines summed (a SKU may sit on two lines); the
   * whole order (goods plus shipping) when {@code sku} is null. An order imported without lines
   * caps any return at the goods amount, with {@code unitsClaimed} as its quantity (units are
   * unknown). Null when no amount is known.
   */
  public LinePurchase purchase(String sku, int unitsClaimed) {
    if (lines.isEmpty()) {
      Long paid =
          notBelowRefunded(
              sku == null && total != null ? total : (amount != null ? amount : total));
      return paid == null ? null : new LinePurchase(orderId, sku, Math.max(1, unitsClaimed), paid);
    }
    long qty = 0;
    long paid = 0;
    boolean anyAmount = false;
    for (Line l : lines) {
      if (sku == null || sku.equals(l.sku())) {
        qty += l.quantity();
        if (l.amount() != null) {
          paid += l.amount();
          anyAmount = true;
        }
      }
    }
    if (sku == null) {
      Long whole = notBelowRefunded(total != null ? total : amount);
      return whole == null ? null : new LinePurchase(orderId, null, (int) qty, whole);
    }
    return anyAmount ? new LinePurchase(orderId, sku, (int) qty, paid) : null;
  }

  /**
   * The share of the order's discount on {@code units} units of {@code sku}'s lines (the line's
   * share × units ÷ its units, rounded down): what a platform may refund of them beyond what they
   * were paid, allocating the discount by its own rule (tryout21 Z3) — not shipping.
   */
  public long discountShare(String sku, int units) {
    long qty = 0;
    long share = 0;
    for (Line l : lines) {
      if (sku != null && sku.equals(l.sku())) {
        qty += l.quantity();
        share += l.discountShare();
      }
    }
    if (qty <= 0 || share == 0) {
      return 0L;
    }
    return units >= qty
        ? share
        : java.math.BigInteger.valueOf(share)
            .multiply(java.math.BigInteger.valueOf(Math.max(1, units)))
            .divide(java.math.BigInteger.valueOf(qty))
            .longValueExact();
  }

  /**
   * The units a return of {@code sku} covers when its source does not say: the whole line (its
   * lines summed), or 1 when the order has no lines or the line no units.
   */
  public int wholeLineUnits(String sku) {
    LinePurchase line = lines.isEmpty() ? null : purchase(sku, 1);
    return line == null ? 1 : Math.max(1, line.quantity());
  }

  /**
   * The units a return of {@code sku} covers when its source gives no quantity but a refund: the
   * fewest units whose price covers {@code refund} (refund ÷ unit price, rounded up), at most the
   * line; the whole line ({@link #wholeLineUnits}) when the refund or the line's amount is unknown.
   * A 45.00 refund of one of two 45.00 units is 1 unit, not 2 (review16 Q8).
   */
  public int unitsRefunded(String sku, Long refund) {
    LinePurchase line = lines.isEmpty() ? null : purchase(sku, 1);
    if (line == null || refund == null || refund <= 0 || line.amountPaid() <= 0) {
      return wholeLineUnits(sku);
    }
    long q = Math.max(1, line.quantity());
    long units = -Math.floorDiv(-Math.multiplyExact(refund, q), line.amountPaid());
    return (int) Math.max(1, Math.min(q, units));
  }

  /** The category of a SKU on this order, or null. */
  public String category(String sku) {
    for (Line l : lines) {
      if (Objects.equals(sku, l.sku()) && l.category() != null) {
        return l.category();
      }
    }
    return null;
  }
}
