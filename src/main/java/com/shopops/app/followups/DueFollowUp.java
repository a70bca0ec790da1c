package com.shopops.app.followups;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.FollowUpLog;

/**
 * A thread whose next contact has come.
 *
 * @param standing the thread's latest entry (and the one it corrects)
 * @param customer the customer list's row; null when the customer is not on it
 * @param daysOverdue days from the planned day to the as-of day (store zone)
 */
public record DueFollowUp(FollowUpLog.Standing standing, Customer customer, long daysOverdue) {}
