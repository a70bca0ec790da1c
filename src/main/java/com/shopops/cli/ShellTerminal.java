package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.render.Messages;
import com.shopops.store.Store;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Terminal;

/**
 * How the shell runs one command on its terminal: on a thread of its own, so that Ctrl-C stops the
 * command and not the shell. Ctrl-C interrupts the thread (an import stops at its next row and
 * rolls back, a wait for a busy store ends) and the SQL statement running on every store the
 * command opened (SQLite's interrupt: a long report or list stops at once, its transaction rolled
 * back).
 */
final class ShellTerminal {
  /** How long a cancelled command may take to stop before the prompt comes back without it. */
  static final long GRACE_MILLIS = 2_000;

  /**
   * The grace period in force: {@link #GRACE_MILLIS}; longer in a test that must see the cancelled
   * command end, whatever the load of the machine.
   */
  static volatile long graceMillis = GRACE_MILLIS;

  /** The stores each command the shell runs has opened, by the command's thread. */
  private static final Map<Thread, Set<Store>> OPENED = new ConcurrentHashMap<>();

  private ShellTerminal() {}

  /** Notes a store a command opened, so that Ctrl-C in the shell can stop its SQL. */
  static void opened(Store store) {
    Set<Store> stores = OPENED.get(Thread.currentThread());
    if (stores != null) {
      stores.add(store);
    }
  }

  /**
   * Whether the shell reads a person at a terminal (prompts, line editing) rather than a script:
   * the launcher says whether stdin is a terminal; without it, whether there is a console.
   */
  static boolean interactive(AppContext ctx) {
    if (ctx.in() != System.in) {
      return false;
    }
    String tty = System.getProperty("shopops.tty.in");
    return tty != null ? tty.equals("1") : System.console() != null;
  }

  /**
   * Runs one command line on a thread of its own and returns its exit code. After Ctrl-C the
   * command's output is held: a command that says itself that it was cancelled (exit 130, an
   * import) or that finished anyway has it shown; any other has it dropped, and one line says it
   * was cancelled. A command that does not stop within {@link #GRACE_MILLIS} is left to finish in
   * the background with its output dropped, and the prompt comes back.
   */
  static int runCancellable(AppContext ctx, Terminal terminal, String[] args, Messages m) {
    Gate out = new Gate(terminal.writer());
    Gate err = new Gate(ctx.err());
    // the width as it is now: it follows resizes of the window
    AppContext command =
        new AppContext(
            new PrintWriter(out),
            new PrintWriter(err, true),
            ctx.in(),
            ctx.env(),
            ctx.wallClock(),
            true,
            ctx.stderrIsTerminal(),
            Math.max(terminal.getWidth(), 40));
    AtomicInteger code = new AtomicInteger(ExitCodes.INTERRUPTED);
    Thread worker = new Thread(() -> code.set(Cli.run(command, args)), "shopops-command");
    worker.setDaemon(true);
    Set<Store> stores = ConcurrentHashMap.newKeySet();
    OPENED.put(worker, stores);
    AtomicLong cancelledAt = new AtomicLong();
    Terminal.SignalHandler previous =
        terminal.handle(
            Terminal.Signal.INT,
            s -> {
              if (cancelledAt.compareAndSet(0, System.nanoTime())) {
                out.hold();
                err.hold();
              }
              worker.interrupt();
              stores.forEach(Store::interrupt);
            });
    try {
      worker.start();
      while (worker.isAlive()) {
        worker.join(50);
        long at = cancelledAt.get();
        if (at == 0 || !worker.isAlive()) {
          continue;
        }
        // SQLite forgets an interrupt that comes between two statements: say it again
        stores.forEach(Store::interrupt);
        if (System.nanoTime() - at > graceMillis * 1_000_000L) {
          out.drop();
          err.drop();
          terminal.writer().println(m.get("shell.abandoned"));
          return ExitCodes.INTERRUPTED;
        }
      }
      if (cancelledAt.get() == 0) {
        return code.get();
      }
      if (code.get() == ExitCodes.INTERRUPTED || code.get() == ExitCodes.OK) {
        out.release();
        err.release();
      } else {
        out.drop();
        err.drop();
        terminal.writer().println(m.get("shell.cancelled"));
      }
      return ExitCodes.INTERRUPTED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      OPENED.remove(worker);
    }
  }

  /**
   * A writer that passes text on; after Ctrl-C it holds it until the command has ended, then passes
   * it on (release) or drops it and all that follows (drop).
   */
  static final class Gate extends Writer {
    private final PrintWriter to;
    private final StringBuilder held = new StringBuilder();
    private boolean holding;
    private boolean open = true;

    Gate(PrintWriter to) {
      this.to = to;
    }

    synchronized void hold() {
      holding = true;
    }

    synchronized void release() {
      if (open) {
        to.write(held.toString());
        to.flush();
      }
      held.setLength(0);
      holding = false;
    }

    synchronized void drop() {
      open = false;
      held.setLength(0);
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
      if (!open) {
        return;
      }
      if (holding) {
        held.append(buf, off, len);
      } else {
        to.write(buf, off, len);
      }
    }

    @Override
    public synchronized void flush() {
      if (open && !holding) {
        to.flush();
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
