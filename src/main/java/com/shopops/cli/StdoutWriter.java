package com.shopops.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a PrintWriter that keeps the reason of a failed write. A PrintWriter (and
 * System.out, a PrintStream) swallows the IOException and only tells later, through {@link
 * #checkError}, that something failed; this one also remembers what ("No space left on device",
 * "Broken pipe"), so that the error can say why and a closed pipe can be told apart.
 */
final class StdoutWriter extends PrintWriter {
  private final Watch watch;

  StdoutWriter(OutputStream out) {
    this(new Watch(out));
  }

  private StdoutWriter(Watch watch) {
    super(new OutputStreamWriter(watch, StandardCharsets.UTF_8), false);
    this.watch = watch;
  }

  /** The first write that failed, or null. */
  IOException failure() {
    return watch.failure;
  }

  /** Whether a write failed because the reader went away (`| head`): not an error of the output. */
  static boolean closedPipe(IOException e) {
    String m = e == null ? null : e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed"));
  }

  /** Passes the bytes on; remembers the first failure, after which nothing more is tried. */
  private static final class Watch extends FilterOutputStream {
    IOException failure;

    Watch(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
