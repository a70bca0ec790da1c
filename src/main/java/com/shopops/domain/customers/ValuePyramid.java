package com.shopops.domain.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customer value pyramid (top 1% / next 4% / next 15% / rest by spend).
 *
 * <p><b>Cut counts.</b> Layer boundaries are cumulative: with n customers the first k layers hold
 * the top ⌈n × (their cumulative share)⌉ customers — rounded up, so the top layer is never empty
 * while there is a customer (n = 50: top 1% = ⌈0.5⌉ = 1 customer; n = 100: top 1 / next 4 / next 15
 * / rest 80). Integer arithmetic, no floating point.
 *
 * <p><b>Ties.</b> Customers with equal spend are kept together in the higher layer: when the cut
 * falls inside a run of equal spend, the layer grows to take the whole run and the next layer
 * shrinks (possibly to nothing). Nobody ranks below someone who spent the same. Within a layer the
 * listing order is spend descending, then customer id.
 */
public final class ValuePyramid {
  private ValuePyramid() {}

  public static PyramidResult build(List<CustomerSpend> customers, PyramidPolicy policy) {
    List<CustomerSpend> sorted =
        customers.stream()
            .sorted(
                Comparator.comparingLong(CustomerSpend::spend)
                    .reversed()
                    .thenComparing(CustomerSpend::customerId))
            .toList();
    int n = sorted.size();
    long total = 0;
    for (CustomerSpend c : sorted) {
      total = Math.addExact(total, c.spend());
    }

    List<String> names = new ArrayList<>();
    policy.layers().forEach(l -> names.add(l.name()));
    names.add(policy.restName());
    int[] end = new int[names.size()]; // exclusive end position of each layer
    long cumulativeBp = 0;
    int prev = 0;
    for (int i = 0; i < policy.layers().size(); i++) {
      cumulativeBp += policy.layers().get(i).basisPoints();
      int cut = (int) ((n * cumulativeBp + 9_999) / 10_000); // ⌈n × share⌉
      int e = Math.max(prev, cut);
      while (e > 0 && e < n && sorted.get(e).spend() == sorted.get(e - 1).spend()) {
        e++; // keep a run of equal spend together, in the higher layer
      }
      end[i] = e;
      prev = e;
    }
    end[names.size() - 1] = n;

    List<PyramidMember> members = new ArrayList<>(n);
    List<PyramidLayerSummary> layers = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < names.size(); i++) {
      long spend = 0;
      for (int p = start; p < end[i]; p++) {
        CustomerSpend c = sorted.get(p);
        members.add(new PyramidMember(c.customerId(), c.spend(), p + 1, names.get(i)));
        spend = Math.addExact(spend, c.spend());
      }
      boolean empty = start == end[i];
      layers.add(
          new PyramidLayerSummary(
              names.get(i),
              end[i] - start,
              spend,
              total == 0
                  ? java.math.BigDecimal.ZERO.setScale(4)
                  : SegmentSummary.ratio(spend, total, 4),
              empty ? null : sorted.get(end[i] - 1).spend(),
              empty ? null : sorted.get(start).spend()));
      start = end[i];
    }
    return new PyramidResult(members, layers);
  }
}
