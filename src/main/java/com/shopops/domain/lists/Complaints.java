package com.shopops.domain.lists;

import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The complaint rule of the lists: who has a complaint still open, and so is left out of the
 * marketing lists and the review request ({@link Exclusion#OPEN_RETURN_OR_COMPLAINT}) — a promotion
 * to someone whose complaint is unresolved reads as not listening, and PIPL's data minimisation
 * argues against using their contact for marketing meanwhile.
 *
 * <p>Complaints imported with {@code import complaints} ({@link Complaint}) are open from their
 * opened time until their closed time ({@link #customersWithOpen}). A shop that records complaints
 * in the follow-up log ({@code followup add}) instead is read too: a customer has an open complaint
 * when the deciding entry of one of their follow-up threads ({@link FollowUpLog#latestPerThread}: a
 * correction replaces what it corrects) mentions a complaint — {@code 投诉}, or {@code complain} in
 * any case (complaint, complained…) — in its outcome or its note, and still plans a next contact. A
 * thread closed without a next date (the complaint handled) no longer counts; nor does an entry
 * created after as-of (a clock set back with {@code --now} sees the log as it was then).
 */
public final class Complaints {
  private Complaints() {}

  /** Whether a follow-up's outcome or note speaks of a complaint. */
  public static boolean mentionsComplaint(String text) {
    return text != null
        && (text.contains("投诉") || text.toLowerCase(Locale.ROOT).contains("complain"));
  }

  /** Whether a thread's deciding entry keeps a complaint open. */
  public static boolean keepsComplaintOpen(FollowUpEntry latest) {
    return latest.nextAt() != null
        && (mentionsComplaint(latest.outcome()) || mentionsComplaint(latest.note()));
  }

  /**
   * The customers with an imported complaint open as of {@code asOf} (opened by then, not closed by
   * then), sorted; a complaint whose customer is unknown names nobody.
   */
  public static Set<String> customersWithOpen(List<Complaint> complaints, Instant asOf) {
    Set<String> out = new TreeSet<>();
    for (Complaint c : complaints) {
      if (c.customerId() != null && c.openAsOf(asOf)) {
        out.add(c.customerId());
      }
    }
    return out;
  }

  /** The customers with an open complaint in the follow-up log as of {@code asOf}, sorted. */
  public static Set<String> openAsOf(List<FollowUpEntry> log, Instant asOf) {
    List<FollowUpEntry> known = new ArrayList<>(log.size());
    for (FollowUpEntry e : log) {
      if (!e.createdAt().isAfter(asOf)) {
        known.add(e);
      }
    }
    Set<String> out = new TreeSet<>();
    for (FollowUpLog.Standing s : FollowUpLog.latestPerThread(known)) {
      if (keepsComplaintOpen(s.entry())) {
        out.add(s.entry().customerId());
      }
    }
    return out;
  }
}
