package com.shopops.cli;

import com.shopops.store.Store;
import picocli.CommandLine.IVersionProvider;

/** {@code shopops --version}: the program version and the schema version it writes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {text()};
  }

  /** Prints {@link #text} as picocli would for {@code --version}; returns the exit code 0. */
  static int print(AppContext ctx) {
    ctx.out().println(text());
    ctx.out().flush();
    return com.shopops.app.ExitCodes.OK;
  }

  /** "shopops 0.1.0 (store schema 11)". */
  static String text() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return "shopops "
        + (v == null ? "dev" : v)
        + " (store schema "
        + Store.latestSchemaVersion()
        + ")";
  }

  /**
   * A line that only asks for the version: {@code --version} or {@code -V}, besides at most the
   * root options picocli takes without checking them (-q, --debug, --db PATH, --now TIME). Picocli
   * would print {@link #text} for it and run nothing; answering it before picocli starts saves most
   * of the start-up (its 170 classes, verified by the old verifier and never in the class archive,
   * and the root command's model). Anything else (--help, --lang, a command, a typo) goes through
   * picocli.
   */
  static boolean asksOnlyVersion(String... args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--version") || a.equals("-V")) {
        version = true;
      } else if (a.equals("--db") || a.equals("--now")) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
          return false;
        }
        i++;
      } else if (!(a.equals("-q")
          || a.equals("--quiet")
          || a.equals("--debug")
          || a.startsWith("--db=")
          || a.startsWith("--now="))) {
        return false;
      }
    }
    return version;
  }
}
