package com.shopops.domain.lists;

/** A row of any list: it names the customer, so that writing the list can record the contact. */
public interface ListRow {
  String customerId();
}
