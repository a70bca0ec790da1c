package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.imports.ImportException;
import com.shopops.parse.ValueException;
import com.shopops.render.Messages;
import com.shopops.store.StoreErrors;
import com.shopops.store.StoreException;
import picocli.CommandLine;

/**
 * What a failure that escapes a command becomes: its message (and hint) on stderr, one line each,
 * in the language of the command line, and the exit code. Anything shopops does not know, an {@link
 * Error} too (a library that does not link, the heap or stack running out), is the internal error,
 * exit 70, its trace only with {@code --debug}.
 */
final class Failures {
  private Failures() {}

  /** Reports {@code ex}, thrown by the command {@code cl} runs; returns the exit code. */
  static int report(AppContext ctx, Throwable ex, CommandLine cl) {
    boolean debug = debug(cl);
    Messages m = Messages.of(Cli.language(cl));
    int code;
    String hint = null;
    String message = ex.getMessage();
    if (ex instanceof UserException u) {
      code = u.exitCode();
      hint = u.hint();
    } else if (ex instanceof StoreException s) {
      code = ExitCodes.USAGE;
      hint = s.hint();
    } else if (ex instanceof ImportException i) {
      code = ExitCodes.BAD_INPUT;
      hint = i.hint();
    } else if (ex instanceof ValueException) {
      code = ExitCodes.BAD_INPUT;
    } else if (storeError(ex, cl) != null) {
      StoreException s = storeError(ex, cl);
      code = ExitCodes.USAGE;
      message = s.getMessage();
      hint = s.hint();
    } else {
      code = ExitCodes.INTERNAL;
      message =
          m.get("error.internal", ex.toString()) + (debug ? "" : m.get("error.internal_debug"));
      hint = internalHint(ex) == null ? null : m.get(internalHint(ex));
    }
    Cli.printError(ctx, m, message, hint);
    if (debug) {
      ex.printStackTrace(ctx.err());
    }
    ctx.err().flush();
    return code;
  }

  /** Whether the command line asked for --debug (as far as it was parsed). */
  private static boolean debug(CommandLine cl) {
    return cl.getCommandSpec().root().userObject() instanceof ShopopsCommand r && r.debug();
  }

  /** The key of what the user can do about an internal error, if anything: memory, a library. */
  static String internalHint(Throwable ex) {
    if (ex instanceof OutOfMemoryError) {
      return "hint.out_of_memory";
    }
    return ex instanceof LinkageError ? "hint.linkage" : null;
  }

  /** A database failure a user can act on (busy, read-only, damaged, disk full), else null. */
  private static StoreException storeError(Throwable ex, CommandLine cl) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        // a read-only SQLite store is named, with what to do about it
        return cl.getCommandSpec().userObject() instanceof BaseCommand b
                && !com.shopops.store.PgUrl.isPg(b.storeName())
            ? StoreErrors.describe(sql, java.nio.file.Path.of(b.storeName()))
            : StoreErrors.describe(sql);
      }
    }
    return null;
  }
}
