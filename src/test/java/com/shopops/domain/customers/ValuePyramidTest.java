package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePyramidTest {

  static List<CustomerSpend> distinct(int n) {
    List<CustomerSpend> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new CustomerSpend(String.format("c%03d", i), i * 100L));
    }
    return out;
  }

  static List<Integer> counts(PyramidResult r) {
    return r.layers().stream().map(PyramidLayerSummary::customers).toList();
  }

  @Test
  void hundredCustomersSplitOneFourFifteenEighty() {
    PyramidResult r = ValuePyramid.build(distinct(100), PyramidPolicy.defaults());
    assertEquals(List.of(1, 4, 15, 80), counts(r));
    assertEquals(
        List.of("top 1%", "next 4%", "next 15%", "rest"),
        r.layers().stream().map(PyramidLayerSummary::layer).toList());
    PyramidMember top = r.members().get(0);
    assertEquals(new PyramidMember("c100", 10_000, 1, "top 1%"), top);
    assertEquals(9_600L, r.layers().get(1).minSpend()); // c096..c099
    assertEquals(9_900L, r.layers().get(1).maxSpend());
  }

  @Test
  void cutCountsRoundUp() {
    // 50 customers: ⌈0.5⌉ = 1, ⌈2.5⌉ = 3, ⌈10⌉ = 10 → 1, 2, 7, 40
    assertEquals(
        List.of(1, 2, 7, 40), counts(ValuePyramid.build(distinct(50), PyramidPolicy.defaults())));
    // 3 customers: ⌈0.03⌉ = ⌈0.15⌉ = ⌈0.6⌉ = 1 → 1, 0, 0, 2
    assertEquals(
        List.of(1, 0, 0, 2), counts(ValuePyramid.build(distinct(3), PyramidPolicy.defaults())));
    assertEquals(
        List.of(1, 0, 0, 0), counts(ValuePyramid.build(distinct(1), PyramidPolicy.defaults())));
  }

  @Test
  void equalSpendAtACutStaysTogetherInTheHigherLayer() {
    List<CustomerSpend> in = new ArrayList<>(distinct(8)); // 100..800
    in.add(new CustomerSpend("b", 1_000));
    in.add(new CustomerSpend("a", 1_000));
    // 10 customers: cuts 1, 1, 2; the top cut falls between a and b (both ¥10) → top takes both
    PyramidResult r = ValuePyramid.build(in, PyramidPolicy.defaults());
    assertEquals(List.of(2, 0, 0, 8), counts(r));
    assertEquals(new PyramidMember("a", 1_000, 1, "top 1%"), r.members().get(0));
    assertEquals(new PyramidMember("b", 1_000, 2, "top 1%"), r.members().get(1));
    PyramidLayerSummary empty = r.layers().get(1);
    assertNull(empty.minSpend());
    assertEquals(0, empty.spend());
    assertEquals(new BigDecimal("0.0000"), empty.spendShare());
  }

  @Test
  void allEqualSpendIsOneLayer() {
    List<CustomerSpend> in = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      in.add(new CustomerSpend("c" + i, 500));
    }
    assertEquals(List.of(30, 0, 0, 0), counts(ValuePyramid.build(in, PyramidPolicy.defaults())));
  }

  @Test
  void spendSharesAndNobody() {
    PyramidResult r = ValuePyramid.build(distinct(100), PyramidPolicy.defaults());
    // total = 100 × 101 / 2 × 100 = 505,000; top = 10,000 → 0.0198
    assertEquals(new BigDecimal("0.0198"), r.layers().get(0).spendShare());
    PyramidResult none = ValuePyramid.build(List.of(), PyramidPolicy.defaults());
    assertEquals(List.of(0, 0, 0, 0), counts(none));
  }

  @Test
  void policyIsValidated() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PyramidPolicy(List.of(new PyramidLayer("all", 10_001)), "rest"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PyramidPolicy(List.of(new PyramidLayer("rest", 100)), "rest"));
    assertThrows(IllegalArgumentException.class, () -> new PyramidLayer("x", 0));
  }
}
