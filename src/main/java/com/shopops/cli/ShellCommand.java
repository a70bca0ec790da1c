package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.render.Messages;
import com.shopops.store.IdLookup;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.shell.jline3.PicocliJLineCompleter;

@Command(
    name = "shell",
    description = {
      "An interactive shell: every shopops command without typing `shopops`, with history",
      "($XDG_STATE_HOME/shopops/history, else ~/.local/state/shopops/history), line editing and",
      "TAB completion of commands, options, option values, and order, customer and return ids.",
      "The global options given to `shopops shell` (--db, --now) apply to every command.",
      "Ctrl-C cancels the running command (an import is rolled back) and returns to the prompt.",
      "`exit` or Ctrl-D leaves."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops --db shop.db shell", "  shopops> orders show SO2026<TAB>"})
final class ShellCommand extends BaseCommand {

  /** How long a cancelled command may take to stop before the prompt comes back without it. */
  static final long GRACE_MILLIS = 2_000;

  @Override
  public Integer call() throws IOException {
    List<String> globals = new ArrayList<>();
    globals.add("--db");
    globals.add(storePath().toString());
    if (root().now != null) {
      globals.add("--now");
      globals.add(root().now);
    }
    // dumb(true): piped input gets a plain terminal without JLine's warning about it
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return loop(ctx(), terminal, globals, storePath(), messages());
    }
  }

  /** Reads and runs command lines on the terminal until exit, quit or Ctrl-D. */
  static int loop(AppContext ctx, Terminal terminal, List<String> globals, Path store, Messages m) {
    CommandLine spec = Cli.build(ctx);
    Completer completer =
        new AggregateCompleter(
            new PicocliJLineCompleter(spec.getCommandSpec()), new IdCompleter(store, ctx));
    Path history = historyFile(ctx.env());
    try {
      java.nio.file.Files.createDirectories(history.getParent());
    } catch (IOException e) {
      // no history file: the shell still works
    }
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("shopops")
            .completer(completer)
            .parser(new DefaultParser())
            .variable(LineReader.HISTORY_FILE, history)
            .build();
    terminal.writer().println(m.get("shell.banner", store));
    terminal.writer().flush();
    while (true) {
      String line;
      try {
        line = reader.readLine("shopops> ");
      } catch (UserInterruptException e) {
        continue; // Ctrl-C clears the line
      } catch (EndOfFileException e) {
        break;
      }
      List<String> words = reader.getParsedLine().words();
      words = words.stream().filter(w -> !w.isEmpty()).toList();
      if (words.isEmpty()) {
        continue;
      }
      if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
        break;
      }
      if (words.get(0).equals("shell")) {
        terminal.writer().println(m.get("shell.nested"));
        continue;
      }
      List<String> args = new ArrayList<>(globals);
      args.addAll(words);
      runCancellable(ctx, terminal, args.toArray(new String[0]), m);
      terminal.writer().flush();
    }
    return ExitCodes.OK;
  }

  /**
   * Runs one command line on a thread of its own. Ctrl-C interrupts that thread, not the shell: an
   * import stops at its next row and rolls back; a command that does not stop within {@link
   * #GRACE_MILLIS} is left to finish in the background with its output dropped, and the prompt
   * comes back.
   */
  static void runCancellable(AppContext ctx, Terminal terminal, String[] args, Messages m) {
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
    Thread worker = new Thread(() -> Cli.run(command, args), "shopops-command");
    worker.setDaemon(true);
    AtomicLong cancelledAt = new AtomicLong();
    Terminal.SignalHandler previous =
        terminal.handle(
            Terminal.Signal.INT,
            s -> {
              cancelledAt.compareAndSet(0, System.nanoTime());
              worker.interrupt();
            });
    try {
      worker.start();
      while (worker.isAlive()) {
        worker.join(50);
        long at = cancelledAt.get();
        if (at != 0 && worker.isAlive() && System.nanoTime() - at > GRACE_MILLIS * 1_000_000L) {
          out.shut();
          err.shut();
          terminal.writer().println(m.get("shell.cancelled"));
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  /** A writer that passes text on until it is shut, then drops it (a cancelled command's). */
  static final class Gate extends Writer {
    private final PrintWriter to;
    private volatile boolean open = true;

    Gate(PrintWriter to) {
      this.to = to;
    }

    void shut() {
      open = false;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      if (open) {
        to.write(buf, off, len);
      }
    }

    @Override
    public void flush() {
      if (open) {
        to.flush();
      }
    }

    @Override
    public void close() {
      flush();
    }
  }

  /** $XDG_STATE_HOME/shopops/history, else $HOME/.local/state/shopops/history. */
  static Path historyFile(java.util.Map<String, String> env) {
    String state = env.get("XDG_STATE_HOME");
    if (state == null || state.isBlank()) {
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      return Paths.get(home, ".local", "state", "shopops", "history");
    }
    return Paths.get(state, "shopops", "history");
  }

  /**
   * Completes order ids after `orders show` and `returns add`, customer ids after `customers show`
   * and return ids after `returns update`. With more than {@link #MAX_CANDIDATES} matches it offers
   * longer prefixes (no space after them), so each TAB narrows one step.
   */
  static final class IdCompleter implements Completer {
    static final int MAX_CANDIDATES = 50;

    /** The id a command's first argument is, by the command's words. */
    static final java.util.Map<String, String> ID_AFTER =
        java.util.Map.of(
            "orders show", "orders",
            "customers show", "customers",
            "returns add", "orders",
            "returns update", "returns");

    private final Path store;
    private final AppContext ctx;

    IdCompleter(Path store, AppContext ctx) {
      this.store = store;
      this.ctx = ctx;
    }

    @Override
    public void complete(
        LineReader reader, org.jline.reader.ParsedLine line, List<Candidate> candidates) {
      List<String> w = line.words();
      int i = line.wordIndex();
      if (i < 2) {
        return;
      }
      String table = ID_AFTER.get(w.get(i - 2) + " " + w.get(i - 1));
      if (table == null) {
        return;
      }
      try (Store s = Store.open(store, ctx.wallClock().get())) {
        candidates.addAll(candidates(new IdLookup(s).complete(table, line.word(), MAX_CANDIDATES)));
      } catch (RuntimeException | java.sql.SQLException e) {
        // no completion is better than an error in the middle of typing
      }
    }

    /** Whole ids as complete candidates; prefixes as incomplete ones, so no space is appended. */
    static List<Candidate> candidates(IdLookup.Completions c) {
      List<Candidate> out = new ArrayList<>(c.values().size());
      for (String v : c.values()) {
        out.add(
            c.complete() ? new Candidate(v) : new Candidate(v, v, null, null, null, null, false));
      }
      return out;
    }
  }
}
