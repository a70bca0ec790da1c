package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where {@code --out} (and every other file shopops writes) may go: a new path in an existing
 * directory, or with {@code --force} an existing regular file. Never a directory, a device or a
 * pipe (a rename would replace the node itself).
 */
final class OutputTarget {
  private OutputTarget() {}

  static void check(Path target, boolean force) {
    check(target, force, "--out");
  }

  /**
   * The checks for a file named by {@code option} ("--out", or "FILE" for a positional argument
   * such as the backup's), which the hints name.
   */
  static void check(Path target, boolean force, String option) {
    boolean out = option.startsWith("--");
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UserException(
          ExitCodes.USAGE,
          "cannot write " + target + ": directory " + dir + " does not exist",
          "create it first (mkdir -p " + dir + "), or choose another " + option);
    }
    if (Files.isDirectory(target)) {
      throw new UserException(
          ExitCodes.USAGE,
          "cannot write " + target + ": it is a directory",
          "name a file, e.g. "
              + (out
                  ? option
                      + " "
                      + target.resolve(
                          option.equals("--out") ? "list.csv" : "report." + option.substring(2))
                  : target.resolve("shop.db")));
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(target)) {
      if (!Files.isRegularFile(target)) {
        throw new UserException(
            ExitCodes.USAGE,
            "cannot write " + target + ": it is not a regular file (a device, pipe or socket)",
            option
                + " takes a new file name or an existing regular file"
                + (out ? "; use stdout for a pipe" : ""));
      }
      if (!force) {
        throw new UserException(
            ExitCodes.USAGE, target + " already exists", "pass --force to replace it");
      }
    }
  }

  /**
   * A new empty file beside {@code target}, created with the permissions the user's umask gives (no
   * explicit mode: a list or report is shared as any file the shell would create).
   */
  static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      Path tmp =
          dir.resolve(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong())
                  + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      } catch (AccessDeniedException e) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "cannot write " + target + ": permission denied in " + dir,
            "choose a directory you can write to");
      }
    }
  }

  /** A write that failed half-way (disk full, quota): a message, the target left as it was. */
  static UserException writeFailed(Path target, IOException e) {
    String why =
        e instanceof FileSystemException fse && fse.getReason() != null
            ? fse.getReason()
            : e.getMessage();
    return new UserException(
        ExitCodes.BAD_INPUT,
        "cannot write " + target + ": " + why,
        "nothing was written there; free some space or choose another --out");
  }
}
