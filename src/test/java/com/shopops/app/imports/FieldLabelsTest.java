package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review11 K2: a refused row names its field in the language of the reader; under zh every field of
 * every kind has a label (a column's, else a field's of its own), so no row error starts in
 * English.
 */
class FieldLabelsTest {
  @Test
  void everyFieldOfEveryKindHasAChineseLabel() {
    Messages zh = Messages.of(Language.ZH);
    List<String> unlabelled = new ArrayList<>();
    for (ImportKind kind : ImportKind.values()) {
      for (String field : kind.handler("x.csv").spec().fieldNames()) {
        if (zh.value("field", field).equals(field) && zh.column(field).equals(field)) {
          unlabelled.add(kind.code() + "." + field);
        }
      }
    }
    assertEquals(List.of(), unlabelled);
  }
}
