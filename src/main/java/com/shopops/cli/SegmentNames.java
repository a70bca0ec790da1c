package com.shopops.cli;

import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.customers.PyramidLayer;
import com.shopops.domain.customers.PyramidPolicy;
import com.shopops.domain.customers.SegmentTable;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.customers.TierPolicy;
import java.util.ArrayList;

/**
 * The completion candidates of {@code customers segment --segment}: the default RFM segments,
 * tiers, lifecycle stages and pyramid layers (a store may configure other tiers and layers; the
 * command checks the name).
 */
final class SegmentNames extends ArrayList<String> {
  SegmentNames() {
    addAll(SegmentTable.defaults().names());
    TierPolicy.defaults().tiers().stream().map(Tier::name).forEach(this::add);
    for (LifecycleStage s : LifecycleStage.values()) {
      add(s.label());
    }
    PyramidPolicy.defaults().layers().stream().map(PyramidLayer::name).forEach(this::add);
    add(PyramidPolicy.defaults().restName());
  }
}
