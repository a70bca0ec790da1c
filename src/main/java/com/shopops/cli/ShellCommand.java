package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.render.Messages;
import com.shopops.store.IdLookup;
import com.shopops.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.shell.jline3.PicocliJLineCompleter;

@Command(
    name = "shell",
    description = {
      "An interactive shell for shopops commands.",
      "An interactive shell: every shopops command without typing `shopops`, with history "
          + "($XDG_STATE_HOME/shopops/history, else ~/.local/state/shopops/history), line editing "
          + "and TAB completion of commands, options, option values, and order, customer and return "
          + "ids.",
      "The global options given to `shopops shell` (--db, --now) apply to every command.",
      "Ctrl-C cancels the running command (its changes rolled back) and returns to the "
          + "prompt.",
      "`exit` or Ctrl-D leaves.",
      "With stdin not a terminal (`shopops shell < script`) it runs the lines without "
          + "prompts, skipping blank ones and # comments, and stops at the first that fails, "
          + "exiting with its code (as `bash -e`); --keep-going runs them all and exits with the "
          + "last failure's code."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  shopops --db shop.db shell",
      "  shopops> orders show SO2026<TAB>",
      "  shopops --db shop.db shell < morning.txt"
    })
final class ShellCommand extends BaseCommand {

  @Option(
      names = "--keep-going",
      description =
          "Piped input: run every line even after one fails, and exit with the last failure's"
              + " code (without it the shell stops at the first failing line, as `bash -e`).")
  boolean keepGoing;

  @Override
  public Integer call() throws IOException {
    List<String> globals = new ArrayList<>();
    globals.add("--db");
    globals.add(storeName()); // a file or a postgresql:// URL, as given
    if (root().now != null) {
      globals.add("--now");
      globals.add(root().now);
    }
    if (!ShellTerminal.interactive(ctx())) {
      return script(ctx(), globals, keepGoing, messages());
    }
    // dumb(true): a terminal JLine does not know gets a plain one without a warning about it
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return loop(ctx(), terminal, globals, storeName(), messages());
    }
  }

  /** Reads and runs command lines on the terminal until exit, quit or Ctrl-D. */
  static int loop(
      AppContext ctx, Terminal terminal, List<String> globals, String store, Messages m) {
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
      ShellTerminal.runCancellable(ctx, terminal, args.toArray(new String[0]), m);
      terminal.writer().flush();
    }
    return ExitCodes.OK;
  }

  /**
   * Runs the command lines read from stdin (not a terminal): no prompts, no line editing. Blank
   * lines and lines starting with # are skipped. Stops at the first line that fails and returns its
   * exit code, or with keepGoing runs every line and returns the last failure's code.
   */
  static int script(AppContext ctx, List<String> globals, boolean keepGoing, Messages m)
      throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
    DefaultParser parser = new DefaultParser();
    parser.setEofOnUnclosedQuote(true);
    int failed = ExitCodes.OK;
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int code;
      List<String> words;
      try {
        words = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words();
        words = words.stream().filter(w -> !w.isEmpty()).toList();
      } catch (SyntaxError e) {
        words = null;
      }
      if (words != null && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
        break;
      }
      if (words == null || words.get(0).equals("shell")) {
        ctx.err().println(m.get(words == null ? "shell.unclosed" : "shell.nested.line", n, line));
        code = ExitCodes.USAGE;
      } else {
        List<String> args = new ArrayList<>(globals);
        args.addAll(words);
        code = Cli.run(ctx, args.toArray(new String[0]));
      }
      ctx.out().flush();
      if (code != ExitCodes.OK) {
        failed = code;
        if (!keepGoing) {
          ctx.err().println(m.get("shell.stopped", n, code));
          ctx.err().flush();
          return code;
        }
      }
    }
    ctx.err().flush();
    return failed;
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
   * and return ids after `returns update` and `returns show`. With more than {@link
   * #MAX_CANDIDATES} matches it offers longer prefixes (no space after them), so each TAB narrows
   * one step.
   */
  static final class IdCompleter implements Completer {
    static final int MAX_CANDIDATES = 50;

    /** The id a command's first argument is, by the command's words. */
    static final java.util.Map<String, String> ID_AFTER =
        java.util.Map.of(
            "orders show", "orders",
            "customers show", "customers",
            "returns add", "orders",
            "returns update", "returns",
            "returns show", "returns");

    private final String store;
    private final AppContext ctx;

    IdCompleter(String store, AppContext ctx) {
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
      try (Store s = Store.open(store, ctx.env(), ctx.wallClock().get(), null)) {
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
