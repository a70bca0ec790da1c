package com.shopops.domain.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reading the append-only follow-up log.
 *
 * <p><b>Corrections.</b> An entry with {@code corrects = X} replaces entry X (and, through X,
 * whatever X replaced): X no longer counts, and the correction takes X's place in time (its own
 * customer, order and next date count — a correction restates the whole entry). Correcting an old
 * entry therefore never overrides a newer one.
 *
 * <p><b>Threads.</b> A thread is one customer and one order (or the customer in general when no
 * order is named). The latest standing entry of a thread — latest {@code createdAt}, then highest
 * id — decides what is planned for it: its {@code nextAt}, or nothing when it has none (the contact
 * closed the thread).
 *
 * <p><b>Due.</b> A thread is due when that {@code nextAt} is at or before as-of. A next date given
 * as a day means 00:00 of that day in the store zone, so it is due all of that day.
 */
public final class FollowUpLog {
  private FollowUpLog() {}

  /** A thread's deciding entry, and the entry it stands in for when it is a correction. */
  public record Standing(FollowUpEntry entry, FollowUpEntry original) {
    /** When the thread's last contact took place (the original's time for a correction). */
    public Instant at() {
      return original.createdAt();
    }
  }

  /** The entries that still count (not replaced by a correction), each with its original. */
  public static List<Standing> standing(List<FollowUpEntry> entries) {
    Map<Long, FollowUpEntry> byId = new HashMap<>();
    for (FollowUpEntry e : entries) {
      byId.put(e.id(), e);
    }
    Map<Long, FollowUpEntry> replacedBy = new HashMap<>();
    // later corrections of the same entry win (entries are applied in id order)
    List<FollowUpEntry> byIdOrder = new ArrayList<>(entries);
    byIdOrder.sort(Comparator.comparingLong(FollowUpEntry::id));
    for (FollowUpEntry e : byIdOrder) {
      if (e.corrects() != null && byId.containsKey(e.corrects())) {
        replacedBy.put(e.corrects(), e);
      }
    }
    List<Standing> out = new ArrayList<>();
    for (FollowUpEntry e : byIdOrder) {
      if (replacedBy.containsKey(e.id())) {
        continue;
      }
      out.add(new Standing(e, root(e, byId)));
    }
    return out;
  }

  /** The first entry of a correction chain (guards against a cycle in bad data). */
  private static FollowUpEntry root(FollowUpEntry e, Map<Long, FollowUpEntry> byId) {
    FollowUpEntry cur = e;
    int steps = 0;
    while (cur.corrects() != null && byId.containsKey(cur.corrects()) && steps++ < byId.size()) {
      cur = byId.get(cur.corrects());
    }
    return cur;
  }

  /** The deciding entry of every thread (customer + order), in no particular order. */
  public static List<Standing> latestPerThread(List<FollowUpEntry> entries) {
    Map<String, Standing> latest = new LinkedHashMap<>();
    Comparator<Standing> order =
        Comparator.comparing(Standing::at).thenComparingLong(s -> s.original().id());
    for (Standing s : standing(entries)) {
      FollowUpEntry e = s.entry();
      String thread = e.customerId() + "\u0000" + Objects.requireNonNullElse(e.orderId(), "");
      latest.merge(thread, s, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * Threads whose next contact has come as of {@code asOf}, earliest next date first, then customer
   * id.
   */
  public static List<Standing> due(List<FollowUpEntry> entries, Instant asOf) {
    return latestPerThread(entries).stream()
        .filter(s -> s.entry().nextAt() != null && !s.entry().nextAt().isAfter(asOf))
        .sorted(
            Comparator.comparing((Standing s) -> s.entry().nextAt())
                .thenComparing(s -> s.original().customerId())
                .thenComparingLong(s -> s.entry().id()))
        .toList();
  }

  /**
   * Threads whose next contact is still ahead of {@code asOf}: the buyer was reached and a later
   * contact is planned (下次跟进), so a service list leaves the thread alone until then.
   */
  public static List<Standing> waiting(List<FollowUpEntry> entries, Instant asOf) {
    return latestPerThread(entries).stream()
        .filter(s -> s.entry().nextAt() != null && s.entry().nextAt().isAfter(asOf))
        .toList();
  }

  /** The next planned contact of one customer's threads (due or not), or null. */
  public static Standing nextFor(List<FollowUpEntry> entries) {
    return latestPerThread(entries).stream()
        .filter(s -> s.entry().nextAt() != null)
        .min(Comparator.comparing((Standing s) -> s.entry().nextAt()))
        .orElse(null);
  }
}
