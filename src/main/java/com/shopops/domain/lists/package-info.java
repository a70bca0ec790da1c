/**
 * Promotion and follow-up lists (docs/lists.md), pure rules: who is on a list, why, with which
 * offer or message, and what was left out. The store fills the input records ({@link
 * com.shopops.domain.lists.Candidate}, {@link com.shopops.domain.lists.DeliveredOrder}, {@link
 * com.shopops.domain.lists.DelayedOrder}, {@link com.shopops.domain.lists.PendingReturn}); the
 * command maps the rows to a table — masking phone, name and email with {@link
 * com.shopops.domain.lists.Masking} unless {@code --unmasked} (rows carry raw values) — prints
 * {@link com.shopops.domain.lists.Selection#summary} to stderr and, unless {@code --dry-run},
 * stores {@link com.shopops.domain.lists.ContactRecord#forRows}.
 *
 * <p>Decisions where the spec is silent:
 *
 * <ul>
 *   <li>Consent: only an explicit yes counts; unknown is no (PIPL: consent is given, not presumed).
 *       Marketing kinds (promotion, winback, anniversary, vip) need it; service kinds (delay,
 *       returns, satisfaction) are about the customer's own order and do not.
 *   <li>Cool-down and the vip 30 days are calendar days in the store zone: contacted on day C,
 *       eligible again from day C+N — so exactly 14 days before is eligible. See {@link
 *       com.shopops.domain.lists.Cooldown}.
 *   <li>Exclusions are counted once, under the first rule in {@link
 *       com.shopops.domain.lists.Exclusion} order: not matching, no consent, open return/complaint,
 *       cooling down.
 *   <li>Most valuable first = total spend descending, then customer id; {@code --limit} after
 *       ordering.
 *   <li>{@code --region} matches region or province; {@code --since} is the last order's store
 *       date, inclusive; {@code --min-spend} inclusive; names match ignoring case, spaces and
 *       punctuation; SKUs and categories match exactly.
 *   <li>Offer: by segment, else by tier, else the default.
 * </ul>
 */
package com.shopops.domain.lists;
