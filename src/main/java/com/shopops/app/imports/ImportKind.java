package com.shopops.app.imports;

import java.util.function.Function;

/**
 * The kinds of file this version imports, each with the handler that turns its rows into records.
 */
public enum ImportKind {
  ORDERS("orders", OrdersHandler::new),
  CUSTOMERS("customers", CustomersHandler::new),
  SHIPMENTS("shipments", ShipmentsHandler::new),
  RETURNS("returns", ReturnsHandler::new),
  FOLLOWUPS("followups", FollowUpsHandler::new),
  TRAFFIC("traffic", TrafficHandler::new),
  EVENTS("events", EventsHandler::new),
  REVIEWS("reviews", ReviewsHandler::new),
  PRODUCTS("products", ProductsHandler::new),
  COMPLAINTS("complaints", ComplaintsHandler::new);

  private final String code;
  private final Function<String, KindHandler> handler;

  ImportKind(String code, Function<String, KindHandler> handler) {
    this.code = code;
    this.handler = handler;
  }

  /** The kind as the command line, presets and the imports table name it: {@code orders}. */
  public String code() {
    return code;
  }

  /** A new handler for one file of this kind, {@code file} as messages name it. */
  KindHandler handler(String file) {
    return handler.apply(file);
  }

  /** The code: what picocli shows as a completion candidate and in its messages. */
  @Override
  public String toString() {
    return code;
  }
}
