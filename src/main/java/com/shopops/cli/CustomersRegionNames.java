package com.shopops.cli;

import com.shopops.domain.customers.Regions;
import java.util.ArrayList;

/** The completion candidates of {@code --region}: 华东, 华南, … (checked by the commands). */
final class CustomersRegionNames extends ArrayList<String> {
  private static final long serialVersionUID = 1L;

  CustomersRegionNames() {
    super(Regions.NAMES);
  }
}
