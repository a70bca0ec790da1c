package com.shopops.app.orders;

import com.shopops.domain.order.Order;
import com.shopops.domain.returns.ReturnRecord;
import java.util.List;

/** {@code orders show}: the order with its lines ({@link Order#lines()}) and its returns. */
public record OrderDetail(Order order, List<Return> returns) {
  public OrderDetail {
    returns = List.copyOf(returns);
  }

  /** A return of the order, with the flags the store keeps beside it. */
  public record Return(ReturnRecord record, boolean outsideWindow, boolean notEligible) {}
}
