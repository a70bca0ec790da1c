package com.shopops.app.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The negative rows of an export that writes cancellations as invoices of their own (UCI Online
 * Retail: an invoice number starting with C, negative quantities). Such an invoice does not name
 * the invoice it cancels, so it cannot become a return of a stored order ({@code import returns}
 * needs the order id) and is not imported; a negative quantity on a normal invoice without a price
 * or a buyer is a stock adjustment (damaged, lost, counted again), no sale either. Both are what
 * this export is made of, not bad rows: each row is kept aside (in the import's record, with a
 * reason that says which of the two it is, and for a cancellation its time and amount), and the
 * import's notes say what was left out, so that net_sales (which then deducts nothing) is not
 * mistaken for net of cancellations. A row that is neither (a C-invoice row that is not negative, a
 * negative quantity with a price or a buyer) is a bad row.
 */
public final class CancellationInvoices {
  /** The layouts whose invoice numbers starting with C are cancellations. */
  private static final List<String> LAYOUTS = List.of("online-retail");

  private long rows;
  private long amount;
  private long adjustments;
  private final java.util.Set<String> invoices = new java.util.HashSet<>();

  /** The rule for this layout, or null when its negative rows are not read this way. */
  static CancellationInvoices of(Preset preset) {
    return LAYOUTS.contains(preset.name()) ? new CancellationInvoices() : null;
  }

  /** Whether the invoice (order id) is a cancellation. */
  static boolean isCancellation(String invoice) {
    return invoice.length() > 1 && (invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c');
  }

  /**
   * Why a row of a cancellation invoice is not imported; counts it and its amount. The reason is
   * what the store keeps of the row (a rejected row of the import): it says the invoice's time
   * (store zone) and the row's amount, which {@link #skipped} reads back for the notes of metrics.
   */
  String cancelled(String invoice, Instant at, ZoneId zone, Long rowAmount) {
    rows++;
    invoices.add(invoice);
    if (rowAmount != null) {
      amount = Math.addExact(amount, rowAmount);
    }
    return "a cancellation (C-invoice \""
        + invoice
        + "\""
        + (at == null ? "" : " of " + WHEN.format(at.atZone(zone)))
        + (rowAmount == null ? "" : ", " + BigDecimal.valueOf(rowAmount, 2).toPlainString())
        + "): not imported, this export does not name the invoice it cancels";
  }

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern CANCELLED =
      Pattern.compile(
          "a cancellation \\(C-invoice \"(.*)\""
              + "(?: of (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d))?(?:, (-?\\d+\\.\\d\\d))?\\): ");

  /** What every reason {@link #cancelled} writes says: what the store looks for. */
  public static final String REASON_PREFIX = "a cancellation (C-invoice ";

  /** The cancellations an import left out in [from, to), as its rejected rows say. */
  public record Skipped(long invoices, long amount) {}

  /**
   * What the rejected rows ({@code import_id}, reason; in import order) of imports that left out
   * cancellations say of [from, to): the invoices dated in it and their amount (minor units). An
   * invoice imported again counts once, as its latest import says it.
   */
  public static Skipped skipped(
      List<java.util.Map.Entry<Long, String>> rejected, Instant from, Instant to, ZoneId zone) {
    java.util.Map<String, long[]> byInvoice = new java.util.HashMap<>(); // import, at, amount
    for (var e : rejected) {
      Matcher m = CANCELLED.matcher(e.getValue());
      if (!m.find() || m.group(2) == null) {
        continue; // no time recorded (an import before this rule): not placed in a period
      }
      long at = LocalDateTime.parse(m.group(2), WHEN).atZone(zone).toInstant().getEpochSecond();
      long minor =
          m.group(3) == null ? 0 : new BigDecimal(m.group(3)).movePointRight(2).longValue();
      long[] v = byInvoice.get(m.group(1));
      if (v == null || v[0] < e.getKey()) {
        byInvoice.put(m.group(1), new long[] {e.getKey(), at, minor});
      } else if (v[0] == e.getKey()) {
        v[2] = Math.addExact(v[2], minor);
      }
    }
    long n = 0;
    long total = 0;
    for (long[] v : byInvoice.values()) {
      if (v[1] >= from.getEpochSecond() && v[1] < to.getEpochSecond()) {
        n++;
        total = Math.addExact(total, v[2]);
      }
    }
    return new Skipped(n, total);
  }

  /**
   * Whether a row of a normal invoice is a stock adjustment: a quantity below 1, no price (or 0)
   * and no buyer.
   */
  static boolean isStockAdjustment(Long quantity, Object unitPrice, String customerId) {
    return quantity != null
        && quantity < 1
        && (unitPrice == null || Long.valueOf(0).equals(unitPrice))
        && customerId == null;
  }

  /** What a stock adjustment is kept aside as; counts it. */
  String adjustment(long quantity) {
    adjustments++;
    return "a negative quantity on a normal invoice (stock adjustment, "
        + quantity
        + "): not imported, it is no sale";
  }

  /** Why a quantity below 1 on a normal invoice that is no stock adjustment is a bad row. */
  static com.shopops.text.Problem negativeOnSale(long quantity) {
    return com.shopops.text.Problem.of("reason.negative_on_sale", quantity);
  }

  /** Why a row of a cancellation invoice whose quantity is not negative is a bad row. */
  static com.shopops.text.Problem notNegative(String invoice, Long quantity) {
    return com.shopops.text.Problem.of(
        "reason.cancellation_not_negative", invoice, quantity == null ? "none" : quantity);
  }

  /** What the operator should know once the file is read: what was kept aside and what it means. */
  List<String> notes(String file, String currency) {
    List<String> notes = new ArrayList<>();
    if (rows > 0) {
      int n = invoices.size();
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s (%,d %s, %s %s) kept aside, not deducted from net_sales: a C-invoice"
                  + " does not name the invoice it cancels; `shopops metrics` says it per period",
              file,
              n,
              n == 1 ? "cancellation" : "cancellations",
              rows,
              rows == 1 ? "row" : "rows",
              String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(amount, 2)),
              currency));
    }
    if (adjustments > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d stock %s (a negative quantity on a normal invoice, no price, no buyer) kept"
                  + " aside: no sale",
              file,
              adjustments,
              adjustments == 1 ? "adjustment" : "adjustments"));
    }
    return notes;
  }
}
