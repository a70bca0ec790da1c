package com.shopops.app.lists;

import com.shopops.domain.lists.PromotionRow;
import com.shopops.domain.lists.Selection;

/** The promotion list and the cool-down it was chosen with (the summary says it). */
public record PromotionList(Selection<PromotionRow> selection, int cooldownDays) {}
