package com.shopops.domain.order;

/**
 * An order's goods amount and paid total from the money its export states: the one rule for every
 * layout (minor units, null when unknown).
 *
 * <ul>
 *   <li>The total is what the buyer paid, shipping included, refunds not deducted: the stated paid
 *       total ({@code order_total}: 买家实际支付金额, 应付金额…), plus what was paid from a balance beside it
 *       ({@code balance_paid}: JD 余额支付, review11 K27), plus the stated refund when the export's
 *       paid total is already net of it ({@code netOfRefund}: a Tmall 订单报表 or 子订单 export, review11
 *       K12), up to what the order was worth. Without a stated paid total, a paid order's total is
 *       its value ({@code order_value}: 总金额), marked derived; an unpaid order has none. A paid
 *       order's balance still owed ({@code outstanding}: Shopify Outstanding Balance of a {@code
 *       partially_paid} order) is not paid: taken off (review17 R12).
 *   <li>The goods amount is the one read (买家应付货款, the lines); else an unpaid order's value less
 *       shipping (its paid total, 0.00, says nothing of it), else the total less shipping: both
 *       marked derived (review11 K1).
 * </ul>
 */
public final class PaidTotal {
  private PaidTotal() {}

  /** How the goods amount was had: read from the export. */
  public static final int READ = 0;

  /** Derived from the paid total the export states (less shipping). */
  public static final int FROM_PAID_TOTAL = 1;

  /** Derived from the order's value (总金额, less shipping): an unpaid order's, or a paid one's. */
  public static final int FROM_ORDER_VALUE = 2;

  /**
   * Summed from the lines of a line-items file (a row that states no status and no time: Olist
   * order_items.csv, a generic {@code order_id,sku,quantity,amount}): the furthest from what an
   * orders export states, so that such a stated amount is never replaced by it, and a later items
   * file's lines take it with them (items27).
   */
  public static final int FROM_LINES = 3;

  /**
   * The order's money as stored; {@code amountDerived}: {@link #READ}, {@link #FROM_PAID_TOTAL},
   * {@link #FROM_ORDER_VALUE} or {@link #FROM_LINES} (a lower one wins over a higher one, whatever
   * the import order).
   */
  public record Money(Long amount, int amountDerived, Long total, boolean totalDerived) {}

  /**
   * What of the money an export states is net of the refund it states (review11 K12, review13 M8).
   */
  public enum NetOfRefund {
    /** Nothing: the paid total and the goods are what was paid and sold. */
    NONE,
    /**
     * The paid total (a Tmall 订单报表's 买家实际支付金额); the goods read are what was sold (the 订单报表's
     * 买家应付货款, a 子订单 export's lines once each has its own refund added back, {@link #lineSold}).
     */
    PAID_TOTAL,
    /** The paid total and, without one, the goods read (net lines beside a refund per order). */
    PAID_TOTAL_AND_GOODS
  }

  /**
   * What a line was sold for, from what its buyer paid net of its refund ({@code paid}: a Tmall 子订单
   * export's 买家实付金额 beside its 退款金额): the two added, so that a line is what was sold whatever was
   * refunded of it later, as the order total is (K12); at most what the line lists ({@code listed}:
   * 商品价格 × 购买数量, when known) unless the buyer paid more: an export whose paid amount is not net
   * after all (实付 50.00 beside 退款 50.00 on a 50.00 line) must not count its refund twice.
   *
   * @return null when nothing was read as paid
   */
  public static Long lineSold(Long paid, Long refunded, Long listed) {
    if (paid == null || refunded == null || refunded <= 0) {
      return paid;
    }
    long sold = Math.addExact(paid, refunded);
    return listed == null ? sold : Math.min(sold, Math.max(paid, listed));
  }

  /**
   * How an order's goods amount was had, as stored: {@link #FROM_LINES} where the one read is the
   * sum of its rows' amounts, each row one of its lines ({@code summedLines}: a generic orders
   * export of one row per line, README "an order's goods amount is the sum of its rows' amount";
   * WooCommerce's line totals), so that a later line-items file's lines take it with them as they
   * take an Olist items file's (amount29, tryout28a A2: 65.00 stayed beside lines of 85.00). An
   * amount an export states for the order (a Tmall 订单报表's 买家应付货款, a 子订单 export's paid lines net of
   * refunds, Shopify's or JD's lines beside a stated subtotal or value) stays read.
   */
  public static int summedFromLines(Money money, boolean summedLines) {
    return summedLines && money.amount() != null && money.amountDerived() == READ
        ? FROM_LINES
        : money.amountDerived();
  }

  /**
   * The money an order's rows state, by name (minor units, null when the export does not say): what
   * {@link #of} decides the order's goods amount and paid total from (review13 M7: six bare {@code
   * Long}s compiled with any two swapped).
   *
   * @param amount the goods amount read from the export (its column or its lines)
   * @param shippingFee the shipping fee read
   * @param orderTotal what the export says was paid (买家实际支付金额, Total…)
   * @param refunded the refund the export states
   * @param orderValue the order's value (总金额)
   * @param balancePaid the part paid from a balance beside the stated total (JD 余额支付)
   * @param outstanding what the buyer has still to pay of the stated total (Shopify {@code
   *     Outstanding Balance}: a {@code partially_paid} order, an item added by an order edit)
   */
  public record StatedMoney(
      Long amount,
      Long shippingFee,
      Long orderTotal,
      Long refunded,
      Long orderValue,
      Long balancePaid,
      Long outstanding) {

    /** The money of an export that states no outstanding balance. */
    public StatedMoney(
        Long amount,
        Long shippingFee,
        Long orderTotal,
        Long refunded,
        Long orderValue,
        Long balancePaid) {
      this(amount, shippingFee, orderTotal, refunded, orderValue, balancePaid, null);
    }

    /**
     * The money of a presale with only its deposit (定金) paid, open or closed (tryout22a A8): what
     * it sold is the deposit, the goods the deposit less the shipping stated, so that the total is
     * at most the deposit (a 实付 50.00 beside 退款 50.00 is not 100.00) and total = amount + shipping.
     */
    public StatedMoney onlyDeposit(long deposit) {
      long shipping = shippingFee == null ? 0 : shippingFee;
      return new StatedMoney(
          Math.max(0, deposit - shipping),
          shippingFee,
          orderTotal,
          refunded,
          Math.max(deposit, shipping),
          balancePaid,
          outstanding);
    }

    /** The same money with the goods amount read another way (the order's lines summed). */
    public StatedMoney withAmount(Long goods) {
      return new StatedMoney(
          goods, shippingFee, orderTotal, refunded, orderValue, balancePaid, outstanding);
    }
  }

  /**
   * @param stated the money the export states
   * @param net what of the stated money is net of the stated refund
   * @param paid whether the order was paid (it has a paid time)
   */
  public static Money of(StatedMoney stated, NetOfRefund net, boolean paid) {
    Long readAmount = stated.amount();
    Long shippingFee = stated.shippingFee();
    Long statedTotal = stated.orderTotal();
    Long orderValue = stated.orderValue();
    Long balancePaid = stated.balancePaid();
    Long refunded = stated.refunded();
    long refundBack = net != NetOfRefund.NONE && refunded != null ? refunded : 0;
    // a net paid total plus its refund is at most what the order was worth (总金额, else the goods
    // and shipping read): an export whose paid total is not net after all (实际支付 66.00 beside
    // 退款金额 66.00 on a 66.00 order) must not have its refund counted twice in sales
    Long worth =
        orderValue != null
            ? orderValue
            : readAmount != null ? Long.valueOf(readAmount + orZero(shippingFee)) : null;
    if (refundBack > 0 && statedTotal != null && worth != null) {
      refundBack = Math.min(refundBack, Math.max(0, worth - statedTotal - orZero(balancePaid)));
    }
    Long total = null;
    boolean totalDerived = false;
    if (statedTotal != null) {
      total = Math.addExact(Math.addExact(statedTotal, orZero(balancePaid)), refundBack);
    } else if (orderValue != null && paid) {
      // no paid total: a paid order's value (总金额, gross of any refund), whatever else the file
      // states, so that a subset of the 订单报表 gives the same store (review18 T10: 买家应付货款 and
      // 退款金额 beside 总金额 had the refund added on top of it)
      total = orderValue;
      totalDerived = true;
    } else if (refundBack != 0 && readAmount != null) {
      // no order total, its goods read and its refund (a 子订单 export: its lines, each with its
      // 退款金额 already added back; else net lines beside a refund per order)
      long goodsBack = net == NetOfRefund.PAID_TOTAL_AND_GOODS ? refundBack : 0;
      total = Math.addExact(Math.addExact(readAmount, orZero(shippingFee)), goodsBack);
    }
    Long outstanding = stated.outstanding();
    if (paid && total != null && outstanding != null && outstanding > 0) {
      // sales are what was paid: a balance still owed is not (review17 R12); a negative balance
      // (the shop owes the buyer after an edit) changes nothing paid
      total = Math.max(0, total - outstanding);
    }
    if (readAmount != null) {
      return new Money(readAmount, READ, total, totalDerived);
    }
    boolean fromValue = (!paid && orderValue != null) || totalDerived;
    Long base = !paid && orderValue != null ? orderValue : total;
    Long amount = base == null ? null : base - orZero(shippingFee);
    return new Money(
        amount,
        amount == null ? READ : fromValue ? FROM_ORDER_VALUE : FROM_PAID_TOTAL,
        total,
        totalDerived);
  }

  /**
   * The discount an export states by its money alone: the order's value (JD 订单金额, shipping
   * included, before its 促销优惠 and coupons) less what was paid for it (应付金额 plus 余额支付), when that is
   * more than nothing and the paid total is not net of a refund (review19 V5: a coupon order showed
   * goods 100.00, total 90.00 and no discount). Null otherwise.
   */
  public static Long discountFromValue(StatedMoney stated, NetOfRefund net) {
    if (net != NetOfRefund.NONE || stated.orderValue() == null || stated.orderTotal() == null) {
      return null;
    }
    long off = stated.orderValue() - stated.orderTotal() - orZero(stated.balancePaid());
    return off > 0 ? off : null;
  }

  /**
   * An order's paid figures as the store holds them, or as a Taobao/Tmall 订单报表 states them: the
   * total (实付 plus the 退款金额 it is net of), the stated refund, the goods paid (买家应付货款) and the
   * shipping (买家应付邮费). Minor units; goods and shipping null when not known.
   */
  public record Held(long total, long refunded, Long goods, Long shipping) {
    /** What the buyer has paid net of the stated refund (the 订单报表's 实付). */
    public long paidNet() {
      return total - refunded;
    }
  }

  /**
   * A newer 订单报表 lowering 实付 with the order's goods paid and shipping unchanged (tryout23b A1):
   * what the store keeps.
   *
   * @param paidBefore the 实付 the store held (its total less its stated refund)
   * @param paidAfter the 实付 the file states
   * @param refundedBefore the refund the store held
   * @param refundStated the 退款金额 the file states
   * @param total the total kept: what was paid, as the store held it
   * @param refundHeld the refund the store holds now: the total less the file's 实付
   */
  public record Lowered(
      long paidBefore,
      long paidAfter,
      long refundedBefore,
      long refundStated,
      long total,
      long refundHeld) {
    /** Whether the store's refund moves (else the same file again: nothing new to say). */
    public boolean moves() {
      return refundHeld != refundedBefore;
    }

    /**
     * Whether the file's 退款金额 has not grown beyond the refund the store held: the refund the store
     * now holds is only its reading of the lower 实付, not a refund the file states (tryout25a A3).
     */
    public boolean statesNoNewRefund() {
      return refundStated <= refundedBefore;
    }
  }

  /**
   * The one rule for a 订单报表 whose 实付 + 退款金额 is below the total the store holds while its goods paid
   * (买家应付货款) and shipping did not move, so 总金额 did not either. A Taobao/Tmall price can only be
   * changed (改价) before payment, and that changes 买家应付货款; coupons, 红包 and 满减 are taken at payment,
   * so the earlier export's 实付 + 退款金额 already showed them. After payment, a lower 实付 is money given
   * back to the buyer (a partial refund or 价保 the 退款金额 column has not caught up with): the paid
   * total stays what it was (the day's sales were paid), and the refund held is the total less the
   * file's 实付 — as a file stating that refund in 退款金额 gives, so that the buyer's net is the file's
   * 实付 either way. Null when the file's total is not below the stored one, or the goods paid or
   * shipping differ (a 改价: {@link OrderDiscount#repriced}), or either is not known, or the file's
   * 退款金额 grew (it states the refund itself: the file's figures are taken).
   */
  public static Lowered paidLowered(Held stored, Held file) {
    if (stored.goods() == null
        || !stored.goods().equals(file.goods())
        || orZero(stored.shipping()) != orZero(file.shipping())
        || file.total() >= stored.total()
        // a 退款金额 that grew states a refund: the file's own figures, in whatever order the
        // exports come (OlderExportUnchangedTest, tryout20 Y1); the rule is for 实付 alone moving
        || file.refunded() > stored.refunded()
        || file.refunded() < 0
        || file.paidNet() < 0) {
      return null;
    }
    return new Lowered(
        stored.paidNet(),
        file.paidNet(),
        stored.refunded(),
        file.refunded(),
        stored.total(),
        stored.total() - file.paidNet());
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }
}
