package com.shopops.app.lists;

import com.shopops.domain.lists.PromotionRow;
import com.shopops.domain.lists.Selection;
import java.util.List;

/**
 * The promotion list and the cool-down it was chosen with (the summary says it).
 *
 * @param notes what the list's reader should know, in English (said again under zh by the bundles):
 *     when not one customer has a consent value, why the list is empty and how to record consent
 *     (review11 K24)
 */
public record PromotionList(
    Selection<PromotionRow> selection, int cooldownDays, List<String> notes) {
  /** When there are customers and not one has a marketing consent value (yes or no). */
  public static final String NO_CONSENT_KNOWN =
      "no customer has a marketing consent value: every customer is left out (no consent);"
          + " import a customer file with an accepts_marketing column (yes/no, 是/否, 同意/不同意)";
}
