package com.shopops.cli;

import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.Language;
import com.shopops.domain.lists.Message;
import com.shopops.render.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A list's reason in the operator's language. The domain writes the zh reason with the machine
 * names of the customer's segment and lifecycle stage ({@code 分群 Champions；生命周期 lapsing}); under zh
 * these parts get the names the 分群 and 生命周期 columns show ({@code 分群 重要价值客户}).
 */
final class ListReasons {
  private static final String PART = "；";

  private ListReasons() {}

  static String text(Message reason, Candidate c, String lang) {
    String text = reason.in(lang);
    if (!reason.zh().equals(text)) {
      return text;
    }
    Messages zh = Messages.of(Language.ZH);
    List<String> parts = new ArrayList<>();
    for (String part : text.split(PART, -1)) {
      parts.add(
          named(
              named(part, "分群 ", "segment", c.segment(), zh),
              "生命周期 ",
              "lifecycle",
              c.lifecycle(),
              zh));
    }
    return String.join(PART, parts);
  }

  private static String named(String part, String label, String column, String code, Messages m) {
    return code != null && part.equals(label + code) ? label + m.value(column, code) : part;
  }
}
