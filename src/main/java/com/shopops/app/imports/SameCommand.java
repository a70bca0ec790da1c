package com.shopops.app.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the order lists of one {@code import orders} command found, for the items files (Taobao
 * 宝贝报表) the same command imports after them ({@link FileOrder}): which orders' rows lost to the
 * stored snapshot (an older export). The line items of an older export never replace the stored
 * ones (review18 T9: an older 订单报表 + 宝贝报表 pair imported after the newer pair kept the order as it
 * was but put the old SKU back). An order that one list of the command found older and another did
 * not (two exports' pairs in one command) is not taken as older: its items file is read as before.
 */
final class SameCommand {
  /** By order id: whether every order list of the command that had it found it older. */
  private final Map<String, Boolean> older = new HashMap<>();

  /** The orders of the list being read, until {@link #listRead}. */
  private final Set<String> listed = new HashSet<>();

  /** Whether an items file follows in the command (else nothing is kept). */
  private final boolean itemsFollow;

  SameCommand(boolean itemsFollow) {
    this.itemsFollow = itemsFollow;
  }

  /** An order of the order list being read. */
  void listed(String orderId) {
    if (itemsFollow) {
      listed.add(orderId);
    }
  }

  /** The order list is written: {@code olderIds}, its orders whose stored snapshot is newer. */
  void listRead(Set<String> olderIds) {
    for (String id : listed) {
      older.merge(id, olderIds.contains(id), Boolean::logicalAnd);
    }
    listed.clear();
  }

  /** The list was not written (a dry run or a refused file is not a verdict on its orders). */
  void listDropped() {
    listed.clear();
  }

  /** Whether an order list of this command (before the items file) had the order. */
  boolean listedWith(String orderId) {
    return older.containsKey(orderId);
  }

  /** Whether the order lists of this command found the order older than the stored one. */
  boolean older(String orderId) {
    return Boolean.TRUE.equals(older.get(orderId));
  }
}
