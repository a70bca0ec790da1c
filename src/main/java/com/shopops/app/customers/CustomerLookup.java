package com.shopops.app.customers;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.domain.customers.BuyerAccounts;
import com.shopops.domain.customers.CustomerIds;
import com.shopops.domain.lists.Masking;
import com.shopops.store.CustomerRecords;
import com.shopops.store.FollowUpStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The customer a typed {@code --customer} argument names, for every command that takes one ({@code
 * customers show}, {@code orders list}, {@code followup add|list}): the id as given when the store
 * knows it (customer list, orders or follow-ups); else, for a phone number, the one customer whose
 * phone has those digits or whose id is the number's {@code tel-} pseudonym (a buyer account that
 * is a phone is stored that way on import, {@link CustomerIds#forPhone}); an email in other letter
 * case than the stored (lowercased) one.
 */
public final class CustomerLookup {
  private final Store store;
  private final CustomerRecords records;

  public CustomerLookup(Store store) {
    this.store = store;
    this.records = new CustomerRecords(store);
  }

  /** Whether the store has a customer record or an order of {@code id}. */
  public boolean known(String id) throws SQLException {
    return records.customer(id).isPresent() || records.hasOrders(id);
  }

  /**
   * The customer {@code given} names, empty when none; refused (exit 1) when a phone number belongs
   * to several customers.
   */
  public Optional<String> find(String given) throws SQLException {
    if (known(given)
        || !new FollowUpStore(store)
            .list(new FollowUpStore.Filter(given, null, null, null))
            .isEmpty()) {
      return Optional.of(given);
    }
    // an email typed as the platform's admin shows it (Alice@Example.com): presets store emails
    // and email-shaped ids lowercased (review12 L13)
    String lower = given.toLowerCase(Locale.ROOT);
    if (given.indexOf('@') > 0 && !lower.equals(given) && known(lower)) {
      return Optional.of(lower);
    }
    if (CustomerRecords.phoneDigits(given).length() < 7) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>(records.byPhone(given));
    Optional<byte[]> key = store.pseudonymKey();
    if (key.isPresent() && CustomerIds.looksLikePhone(given)) {
      String tel = CustomerIds.forPhone(given, key.get());
      if (known(tel)) {
        ids.add(tel);
      }
    }
    if (ids.size() > 1) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "phone "
              + Masking.phone(given)
              + " belongs to "
              + ids.size()
              + " customers: "
              + String.join(", ", ids),
          "show one of them by customer id");
    }
    return ids.stream().findFirst();
  }

  /** {@link #find}, refused (exit 1) when the store has no such customer. */
  public String require(String given) throws SQLException {
    return find(given)
        .orElseThrow(
            () ->
                new UserException(
                    ExitCodes.BAD_INPUT,
                    "no customer " + given + " in " + store.location(),
                    "`shopops customers list` shows the customers; a phone number is matched on"
                        + " its digits"));
  }

  /**
   * The other platform's buyer of the same account name as {@code id} (review14 N5): for a plain
   * id, {@code jd:<id>} when the store has it; for {@code jd:<text>}, the Taobao/Tmall buyer {@code
   * <text>}. Empty when there is none.
   */
  public Optional<String> sameAccountName(String id) throws SQLException {
    Optional<String> text = BuyerAccounts.unscoped(id);
    String other = text.isPresent() ? text.get() : BuyerAccounts.scoped(BuyerAccounts.SCOPED, id);
    return known(other) ? Optional.of(other) : Optional.empty();
  }

  /** {@link #find}, or {@code given} itself when it names nobody (an empty list, not an error). */
  public String orAsGiven(String given) throws SQLException {
    return find(given).orElse(given);
  }
}
