package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Funnel math for {@code metrics funnel}: visitors → viewed SKU → cart → order → paid. The store
 * counts the distinct visitors reaching each stage in the period; this class turns the counts into
 * rates.
 *
 * <ul>
 *   <li>step conversion = count / count of the stage before; null for the first stage and when the
 *       stage before is 0.
 *   <li>overall conversion = count / count of the first stage (1.0000 for the first stage itself);
 *       null when the first stage is 0.
 * </ul>
 *
 * Rates are scale 4, HALF_UP, and are not capped at 1: a later stage can exceed an earlier one when
 * visitors skip a step (add to cart from a list page without opening the SKU), and hiding that
 * would hide a tracking question.
 */
public final class Funnel {
  public static final String VISITORS = "visitors";
  public static final String VIEWED_SKU = "viewed_sku";
  public static final String CART = "cart";
  public static final String ORDER = "order";
  public static final String PAID = "paid";

  private Funnel() {}

  /** A stage and the number of visitors who reached it. */
  public record Stage(String name, long count) {
    public Stage {
      Objects.requireNonNull(name, "name");
      if (count < 0) {
        throw new IllegalArgumentException(name + " count cannot be negative: " + count);
      }
    }
  }

  /** A stage with its conversion from the previous stage and from the first. */
  public record Step(
      String name, long count, BigDecimal stepConversion, BigDecimal overallConversion) {}

  /** The five standard stages. */
  public static List<Step> compute(
      long visitors, long viewedSku, long cart, long order, long paid) {
    return compute(
        List.of(
            new Stage(VISITORS, visitors),
            new Stage(VIEWED_SKU, viewedSku),
            new Stage(CART, cart),
            new Stage(ORDER, order),
            new Stage(PAID, paid)));
  }

  /** Any stages, first to last. */
  public static List<Step> compute(List<Stage> stages) {
    List<Step> out = new ArrayList<>(stages.size());
    if (stages.isEmpty()) {
      return out;
    }
    long first = stages.get(0).count();
    Long before = null;
    for (Stage s : stages) {
      BigDecimal step = before == null ? null : Ratios.rate(s.count(), before);
      out.add(new Step(s.name(), s.count(), step, Ratios.rate(s.count(), first)));
      before = s.count();
    }
    return out;
  }
}
