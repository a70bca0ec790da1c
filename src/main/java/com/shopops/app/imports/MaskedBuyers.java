package com.shopops.app.imports;

import com.shopops.domain.customers.MaskedBuyer;
import com.shopops.text.Problem;
import java.util.HashSet;
import java.util.Set;

/**
 * The orders of one file whose buyer id is masked (review20 X10, {@link MaskedBuyer}): each is
 * given the buyer its phone or receiver names, or none, and the file's note says how many of each.
 */
final class MaskedBuyers {
  private final byte[] key;
  private long orders;
  private String example;
  private final Set<String> byPhone = new HashSet<>();
  private final Set<String> byReceiver = new HashSet<>();
  private long without;

  MaskedBuyers(byte[] key) {
    this.key = key;
  }

  /**
   * The customer id of an order: {@code id} itself when it is not masked, else the buyer its phone
   * or receiver names (null: none), counted.
   */
  String buyer(String id, String name, String phone) {
    if (!MaskedBuyer.isMasked(id)) {
      return id;
    }
    orders++;
    if (example == null) {
      example = id;
    }
    MaskedBuyer.Identity who = MaskedBuyer.of(name, phone, key);
    switch (who.source()) {
      case PHONE -> byPhone.add(who.id());
      case RECEIVER -> byReceiver.add(who.id());
      case NONE -> without++;
    }
    return who.id();
  }

  /** The file's note, null when no order had a masked buyer id. */
  Problem note(String file) {
    if (orders == 0) {
      return null;
    }
    return Problem.of(
        "note.import_masked_buyers",
        file,
        ImportNote.grouped(orders),
        example,
        ImportNote.grouped(byPhone.size()),
        ImportNote.grouped(byReceiver.size()),
        ImportNote.grouped(without));
  }
}
