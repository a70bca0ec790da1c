package com.shopops.app.imports;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.CustomerIds;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.lists.Masking;
import com.shopops.store.CustomerWriter;
import com.shopops.store.ImportSession;
import com.shopops.text.Problem;
import java.sql.SQLException;

/** Customer lists: one row per customer; a later row for the same customer updates it. */
final class CustomersHandler extends RowByRowHandler {
  private byte[] pseudonymKey;
  static final KindSpec SPEC =
      KindSpec.of("customers", "customer_id")
          .field("customer_id", FieldType.TEXT)
          .field("name", FieldType.TEXT)
          .field("first_name", FieldType.TEXT)
          .field("last_name", FieldType.TEXT)
          .field("phone", FieldType.TEXT)
          .field("email", FieldType.TEXT)
          .field("province", FieldType.TEXT)
          .field("city", FieldType.TEXT)
          .field("address", FieldType.TEXT)
          .field("registered_at", FieldType.TIMESTAMP)
          .field("accepts_marketing", FieldType.BOOLEAN)
          .field("order_customer_id", FieldType.TEXT)
          .field("country", FieldType.TEXT)
          .build();

  private static final int ID = SPEC.index("customer_id");
  private static final int NAME = SPEC.index("name");
  private static final int FIRST = SPEC.index("first_name");
  private static final int LAST = SPEC.index("last_name");
  private static final int PHONE = SPEC.index("phone");
  private static final int EMAIL = SPEC.index("email");
  private static final int PROVINCE = SPEC.index("province");
  private static final int CITY = SPEC.index("city");
  private static final int ADDRESS = SPEC.index("address");
  private static final int COUNTRY = SPEC.index("country");
  private static final int REGISTERED = SPEC.index("registered_at");
  private static final int MARKETING = SPEC.index("accepts_marketing");

  /**
   * The customer id an order of this customer carries when it is not the customer's own: Olist
   * gives every order a customer_id of its own, the person is customer_unique_id.
   */
  private static final int ORDER_ID = SPEC.index("order_customer_id");

  /** Per-order customer id to the customer's id, for the orders to be attributed at the end. */
  private final java.util.Map<String, String> personOf = new java.util.HashMap<>();

  /** Per-order customer id to the province, city and region its row gives (Olist's state). */
  private final java.util.Map<String, String[]> placeOf = new java.util.HashMap<>();

  private ImportSession session;
  private ImportSession.Attributed attributed;

  private CustomerWriter writer;

  /** Masked phones and emails (138****0001, a***@x.com) read as not given: never stored. */
  private long maskedPhones;

  private long maskedEmails;

  CustomersHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.session = session;
    this.writer = session.customers();
    this.pseudonymKey = session.pseudonymKey();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    String id = r.text(ID);
    if (com.shopops.domain.customers.MaskedBuyer.isMasked(id)) {
      // review20 X10: a masked id (t**8) names no one; one mask's rows would be one customer
      reject(r, "customer_id", Problem.of("reason.masked_customer_id", id));
      return false;
    }
    String phone = r.text(PHONE);
    if (Masking.isMaskedPhone(phone)) {
      phone = null; // the export's mask: the stored number stays
      maskedPhones++;
    }
    String email = r.text(EMAIL);
    if (Masking.isMaskedEmail(email)) {
      email = null;
      maskedEmails++;
    }
    if (CustomerIds.isPhoneId(id, phone)) {
      id = CustomerIds.forPhone(id, pseudonymKey); // never a phone number as an id
    }
    String perOrder = r.text(ORDER_ID);
    if (perOrder != null && !perOrder.equals(id)) {
      personOf.put(perOrder, id);
    }
    String name = r.text(NAME);
    if (name == null && (r.text(FIRST) != null || r.text(LAST) != null)) {
      name = join(r.text(FIRST), r.text(LAST));
    }
    String province = Regions.province(r.text(PROVINCE), r.text(COUNTRY));
    String city = Regions.city(r.text(CITY));
    if (province == null || city == null) {
      String[] pc = Regions.provinceAndCity(r.text(ADDRESS));
      province = province != null ? province : pc[0];
      city = city != null ? city : pc[1];
    }
    if (perOrder != null && !perOrder.equals(id) && (province != null || city != null)) {
      placeOf.put(perOrder, new String[] {province, city, Regions.region(province).orElse(null)});
    }
    writer.add(
        new Customer(
            id,
            name,
            phone,
            email,
            province,
            city,
            Regions.region(province).orElse(null),
            r.instant(REGISTERED),
            r.bool(MARKETING)));
    return true;
  }

  /** Western order with a space (Ada Lovelace); Chinese names family name first, no space (刘磊). */
  static String join(String first, String last) {
    if (first == null) {
      return last;
    }
    if (last == null) {
      return first;
    }
    if (isHan(first) && isHan(last)) {
      return last + first;
    }
    return first + " " + last;
  }

  private static boolean isHan(String s) {
    return s.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Override
  long[] counts() throws SQLException {
    long[] counts = writer.finish();
    attributed = session.attributeOrders(personOf, placeOf);
    return counts;
  }

  @Override
  public java.util.List<ImportNote> notes(String file) {
    java.util.List<ImportNote> notes = new java.util.ArrayList<>();
    if (maskedPhones > 0) { // the stored numbers are kept
      notes.add(
          ImportNote.of(Problem.of("note.masked_phones", file, ImportNote.grouped(maskedPhones))));
    }
    if (maskedEmails > 0) {
      notes.add(
          ImportNote.of(Problem.of("note.masked_emails", file, ImportNote.grouped(maskedEmails))));
    }
    if (personOf.isEmpty()) {
      return notes;
    }
    notes.add(
        ImportNote.of(
            Problem.of(
                "note.olist_attributed",
                file,
                ImportNote.grouped(personOf.size()),
                ImportNote.grouped(new java.util.HashSet<>(personOf.values()).size()),
                ImportNote.grouped(attributed.moved()))));
    if (attributed.placed() > 0) {
      notes.add(
          ImportNote.of(
              Problem.of("note.olist_placed", file, ImportNote.grouped(attributed.placed()))));
    }
    return notes;
  }

  /** Several rows of one customer merge into one customer: counted once. */
  @Override
  long records(long[] counts, long rows) {
    return counts[3];
  }
}
