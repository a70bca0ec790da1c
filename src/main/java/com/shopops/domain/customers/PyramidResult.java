package com.shopops.domain.customers;

import java.util.List;

/** Members ranked by spend (highest first) and one summary per layer, top first, rest last. */
public record PyramidResult(List<PyramidMember> members, List<PyramidLayerSummary> layers) {
  public PyramidResult {
    members = List.copyOf(members);
    layers = List.copyOf(layers);
  }
}
