package com.shopops.app.returns;

import static com.shopops.app.imports.ImportAgain.quoted;
import static com.shopops.app.imports.ImportAgain.shopops;

/**
 * The returns commands an operator pastes from advice, each naming the store in use ({@code --db},
 * as {@link com.shopops.app.imports.ImportAgain#shopops} does): withdrawing a return and recording
 * its units again (tryout30a A3, tryout30b B5: {@code shopops returns add} went to the default
 * store, without the order, SKU or units it needs).
 */
public final class ReturnCommands {
  private ReturnCommands() {}

  /** {@code shopops --db STORE returns update ID --status withdrawn}. */
  public static String withdraw(String db, String returnId) {
    return shopops(db) + " returns update " + quoted(returnId) + " --status withdrawn";
  }

  /**
   * {@code shopops --db STORE returns add ORDER --sku SKU --quantity N --reason R}: {@code reason}
   * a stored code ({@code no_reason}; null: other), written as the option takes it.
   */
  public static String add(String db, String orderId, String sku, long units, String reason) {
    String why = reason == null ? "other" : reason.replace('_', '-');
    return shopops(db)
        + " returns add "
        + quoted(orderId)
        + " --sku "
        + quoted(sku)
        + " --quantity "
        + units
        + " --reason "
        + quoted(why);
  }
}
