package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.store.IdLookup;
import com.shopops.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
      "($XDG_STATE_HOME/shopops/history, else ~/.local/state/shopops/history), line editing and TAB completion of commands, options, order and",
      "customer ids. The global options given to `shopops shell` (--db, --now) apply to every",
      "command. `exit` or Ctrl-D leaves."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops --db shop.db shell", "  shopops> orders show SO2026<TAB>"})
final class ShellCommand extends BaseCommand {

  @Override
  public Integer call() throws IOException {
    List<String> globals = new ArrayList<>();
    globals.add("--db");
    globals.add(storePath().toString());
    if (root().now != null) {
      globals.add("--now");
      globals.add(root().now);
    }
    CommandLine spec = Cli.build(ctx());
    // dumb(true): piped input gets a plain terminal without JLine's warning about it
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      Completer completer =
          new AggregateCompleter(
              new PicocliJLineCompleter(spec.getCommandSpec()),
              new IdCompleter(storePath(), ctx()));
      Path history = historyFile(ctx().env());
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
      terminal
          .writer()
          .println(
              "shopops shell on "
                  + storePath()
                  + " — `help` lists the commands,"
                  + " `exit` leaves.");
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
          terminal.writer().println("already in the shell");
          continue;
        }
        // the width as it is now: it follows resizes of the window
        AppContext shellCtx =
            new AppContext(
                terminal.writer(),
                ctx().err(),
                ctx().in(),
                ctx().env(),
                ctx().wallClock(),
                true,
                ctx().stderrIsTerminal(),
                Math.max(terminal.getWidth(), 40));
        List<String> args = new ArrayList<>(globals);
        args.addAll(words);
        Cli.run(shellCtx, args.toArray(new String[0]));
        terminal.writer().flush();
      }
    }
    return ExitCodes.OK;
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
   * Completes order ids after `orders show` and customer ids after `customers show`. With more than
   * {@link #MAX_CANDIDATES} matches it offers longer prefixes (no space after them), so each TAB
   * narrows one step.
   */
  static final class IdCompleter implements Completer {
    static final int MAX_CANDIDATES = 50;

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
      String kind = w.get(i - 2) + " " + w.get(i - 1);
      String table;
      if (kind.equals("orders show")) {
        table = "orders";
      } else if (kind.equals("customers show")) {
        table = "customers";
      } else {
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
