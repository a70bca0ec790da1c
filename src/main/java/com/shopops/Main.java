package com.shopops;

import com.shopops.cli.AppContext;
import com.shopops.cli.Cli;

/** The entry point: the only place that exits the process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    AppContext ctx = AppContext.system();
    int code = Cli.run(ctx, args);
    ctx.out().flush();
    ctx.err().flush();
    System.exit(code);
  }
}
