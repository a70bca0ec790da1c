package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReason;
import java.time.Instant;

/**
 * A return request to record ({@code returns add}).
 *
 * @param sku null: the order's only SKU
 * @param at when the buyer asked
 * @param returnId null: {@code RT} + request date + a number
 */
public record NewReturn(
    String orderId, String sku, int quantity, ReturnReason reason, Instant at, String returnId) {}
