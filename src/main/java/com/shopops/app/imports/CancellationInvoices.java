package com.shopops.app.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The negative rows of an export that writes cancellations as invoices of their own (UCI Online
 * Retail: an invoice number starting with C, negative quantities). Such an invoice does not name
 * the invoice it cancels, so it cannot become a return of a stored order ({@code import returns}
 * needs the order id) and is not imported; a negative quantity on a normal invoice is a stock
 * adjustment (damaged, lost, counted again: price 0, no customer), no sale either. Each row is
 * rejected with a reason that says which of the two it is, and the import's notes say what was left
 * out, so that net_sales (which then deducts nothing) is not mistaken for net of cancellations.
 */
final class CancellationInvoices {
  /** The layouts whose invoice numbers starting with C are cancellations. */
  private static final List<String> LAYOUTS = List.of("online-retail");

  private long rows;
  private long amount;
  private long adjustments;

  /** The rule for this layout, or null when its negative rows are not read this way. */
  static CancellationInvoices of(Preset preset) {
    return LAYOUTS.contains(preset.name()) ? new CancellationInvoices() : null;
  }

  /** Whether the invoice (order id) is a cancellation. */
  static boolean isCancellation(String invoice) {
    return invoice.length() > 1 && (invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c');
  }

  /** Why a row of a cancellation invoice is not imported; counts it and its amount. */
  String cancelled(String invoice, Long rowAmount) {
    rows++;
    if (rowAmount != null) {
      amount = Math.addExact(amount, rowAmount);
    }
    return "a cancellation (C-invoice \""
        + invoice
        + "\"): not imported, this export does not name the invoice it cancels";
  }

  /** Why a row with a quantity below 1 on a normal invoice is not imported; counts it. */
  String adjustment(long quantity) {
    adjustments++;
    return "a negative quantity on a normal invoice (stock adjustment, "
        + quantity
        + "): not imported, it is no sale";
  }

  /** What the operator should know once the file is read: what was left out and what it means. */
  List<String> notes(String file, String currency) {
    List<String> notes = new ArrayList<>();
    if (rows > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d cancellation %s (%s %s) not imported: net_sales does not deduct them"
                  + " (a C-invoice does not name the invoice it cancels)",
              file,
              rows,
              rows == 1 ? "row" : "rows",
              String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(amount, 2)),
              currency));
    }
    if (adjustments > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d %s with a negative quantity on a normal invoice (stock adjustments) not"
                  + " imported",
              file,
              adjustments,
              adjustments == 1 ? "row" : "rows"));
    }
    return notes;
  }
}
