package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field's position, asked per row, is its place in the kind's list of fields. */
class KindSpecTest {
  @Test
  void eachFieldIsAtItsPlaceInTheListAndAnUnknownOneFails() {
    for (KindSpec spec :
        List.of(
            OrdersHandler.SPEC,
            ShipmentsHandler.SPEC,
            ReturnsHandler.SPEC,
            TrafficHandler.SPEC,
            FollowUpsHandler.SPEC)) {
      List<String> names = spec.fieldNames();
      for (int i = 0; i < names.size(); i++) {
        assertEquals(i, spec.index(names.get(i)), spec.kind() + " " + names.get(i));
      }
    }
    assertEquals(0, OrdersHandler.SPEC.index("order_id"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrdersHandler.SPEC.index("amout"));
    assertEquals("no field amout in kind orders", e.getMessage());
  }

  @Test
  void aFieldDeclaredTwiceIsAtItsFirstPlace() {
    KindSpec spec =
        KindSpec.of("x", "a")
            .field("a", FieldType.TEXT)
            .field("b", FieldType.TEXT)
            .field("a", FieldType.TEXT)
            .build();
    assertEquals(0, spec.index("a"));
    assertEquals(1, spec.index("b"));
  }
}
