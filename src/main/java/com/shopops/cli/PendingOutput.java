package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.render.OutputFormat;
import com.shopops.render.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;

/**
 * A command's output in the chosen format, made visible in two steps: {@link #prepare} writes --out
 * to a temp file beside it (or, for stdout, only checks the options), {@link #publish} renames it
 * into place (or prints to stdout, through the pager on a terminal). {@link BaseCommand#render}
 * publishes at once; an exported list publishes only once its contacts are recorded and {@link
 * #discard}s when recording fails, so no file exists without its contacts.
 */
final class PendingOutput {
  /** Writes in some format with some options. */
  interface Emitter {
    void emit(OutputFormat format, RenderOptions options, Writer out) throws IOException;
  }

  /** Writes a workbook. */
  interface BinaryEmitter {
    void emit(RenderOptions options, OutputStream out) throws IOException;
  }

  private final BaseCommand cmd;
  private final java.util.function.BooleanSupplier toStdout; // null when writing --out
  private final Path tmp;
  private final Path target;
  private final String what;

  private PendingOutput(
      BaseCommand cmd,
      java.util.function.BooleanSupplier toStdout,
      Path tmp,
      Path target,
      String what) {
    this.cmd = cmd;
    this.toStdout = toStdout;
    this.tmp = tmp;
    this.target = target;
    this.what = what;
  }

  /**
   * Checks the options and, for --out, writes the temp file. {@code what} names the content in
   * "Wrote …" ("12 rows"), {@code example} the workbook in the hint when xlsx lacks --out.
   */
  static PendingOutput prepare(
      BaseCommand cmd,
      OutputOptions o,
      ZoneId zone,
      Emitter emitter,
      BinaryEmitter binary,
      String what,
      String example) {
    OutputFormat format = cmd.format(o);
    if (!format.isText() && o.out == null) {
      throw new UserException(
          ExitCodes.USAGE,
          "--format xlsx needs --out FILE.xlsx",
          "a workbook is a binary file: name where it goes, e.g. --out " + example);
    }
    if (format.isText() && o.limit != null && o.limit < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
    }
    if (o.out == null) {
      return new PendingOutput(cmd, () -> print(cmd, o, zone, emitter, format), null, null, what);
    }
    OutputTarget.check(o.out, o.force);
    RenderOptions ro =
        new RenderOptions(
                zone, 0, format.isText() && !o.raw, format.isText() && o.excel, o.limit, 0)
            .withMessages(cmd.messages());
    Path tmp = null;
    try {
      tmp = OutputTarget.tempBeside(o.out);
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
        if (format.isText()) {
          Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
          emitter.emit(format, ro, w);
          w.flush();
        } else {
          binary.emit(ro, out);
        }
      }
      return new PendingOutput(cmd, null, tmp, o.out, what);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw OutputTarget.writeFailed(o.out, e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  /**
   * Prints to stdout (paged on a terminal taller or wider than the output), or renames --out.
   *
   * @return false when the reader of stdout went away before all of it was written ({@code | head})
   */
  boolean publish() {
    if (toStdout != null) {
      return toStdout.getAsBoolean();
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      discard();
      throw OutputTarget.writeFailed(target, e);
    }
    cmd.info(cmd.messages().get("note.wrote", what, target));
    return true;
  }

  /** Removes the temp file, if any. */
  void discard() {
    deleteQuietly(tmp);
  }

  private static boolean print(
      BaseCommand cmd, OutputOptions o, ZoneId zone, Emitter emitter, OutputFormat format) {
    AppContext ctx = cmd.ctx();
    boolean toTerminal = ctx.stdoutIsTerminal();
    RenderOptions ro =
        new RenderOptions(
                zone,
                toTerminal ? ctx.terminalWidth() : 0,
                !o.raw,
                o.excel,
                o.limit,
                toTerminal ? RenderOptions.DEFAULT_TABLE_ROW_CAP : 0,
                toTerminal && Terminals.colour(ctx, o.noColor))
            .withMessages(cmd.messages());
    try {
      if (toTerminal && !o.noPager && ctx.terminalHeight() > 0) {
        java.io.StringWriter page = new java.io.StringWriter();
        emitter.emit(format, ro, page);
        Terminals.show(ctx, page.toString());
      } else {
        emitter.emit(format, ro, ctx.out());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cmd.flushStdout();
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the failure being reported is the one that matters
    }
  }
}
