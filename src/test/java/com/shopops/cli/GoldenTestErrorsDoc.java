package com.shopops.cli;

import com.shopops.cli.GoldenTestFile.Case;
import com.shopops.cli.GoldenTestFile.Fixture;
import com.shopops.cli.GoldenTestFile.Item;
import com.shopops.cli.GoldenTestFile.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Renders docs/errors.md, the catalogue of error messages, from the golden files in errors/. */
final class GoldenTestErrorsDoc {
  private GoldenTestErrorsDoc() {}

  /** The exit codes as the help lists them (ExitCodes.MEANINGS, the one list), a line each. */
  static String exitCodes() {
    StringBuilder b = new StringBuilder();
    for (String m : com.shopops.app.ExitCodes.MEANINGS) {
      int colon = m.indexOf(':');
      b.append("- ")
          .append(m, 0, colon)
          .append(" ")
          .append(m.substring(colon + 1).replace("--", "`--").replaceAll("(`--[\\w.-]+)", "$1`"))
          .append('\n');
    }
    return b.toString();
  }

  static String render(Path errorsDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(errorsDir)) {
      files = s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
    StringBuilder b = new StringBuilder();
    b.append("# Error messages\n\n")
        .append(
            "<!-- Generated from src/test/resources/golden/errors/ by GoldenTest: do not edit."
                + " Change the golden\n     files and run `mvn -o test -Dtest=GoldenTest"
                + " -Dgolden.update=true`. -->\n\n")
        .append(
            "Every message shopops prints when something is wrong, each with a command that"
                + " gets it and\nthe exit code (`app/ExitCodes.java`, as `shopops --help` lists"
                + " them):\n\n")
        .append(exitCodes())
        .append('\n')
        .append(
            "Messages go to stderr and start with `shopops:`; a `hint:` line says what to do."
                + " `$STORE` is the\nstore (`--db`), `$TMP` a scratch directory, `$FIXTURES` the test"
                + " files under\n`src/test/resources/golden/fixtures/`.\n");
    for (Path f : files) {
      String name = errorsDir.relativize(f).toString();
      GoldenTestFile golden = GoldenTestFile.parse(name, Files.readString(f));
      List<String> head = new ArrayList<>();
      List<String> comment = new ArrayList<>();
      StringBuilder before = new StringBuilder(); // setup steps and files since the last case
      boolean inHead = true;
      b.append('\n');
      for (Item item : golden.items) {
        if (item instanceof Text t) {
          if (t.line().isBlank()) {
            if (inHead && !head.isEmpty()) {
              inHead = false;
              section(b, head, name);
            }
            comment.clear();
            before.setLength(0);
          } else if (inHead) {
            head.add(text(t.line()));
          } else {
            comment.add(text(t.line()));
          }
          continue;
        }
        if (inHead) {
          inHead = false;
          section(b, head, name);
        }
        if (item instanceof Fixture fx) {
          before.append("$ cat $TMP/").append(fx.name()).append('\n').append(fx.content());
          if (!fx.content().isEmpty() && !fx.content().endsWith("\n")) {
            before.append('\n');
          }
        } else if (item instanceof Case c && !c.pinned()) {
          before.append("$ ").append(c.command()).append('\n');
        } else if (item instanceof Case c) {
          b.append('\n');
          if (!comment.isEmpty()) {
            b.append(String.join(" ", comment)).append(" — ");
          }
          b.append("exit ")
              .append(c.expect().exit())
              .append(":\n\n```console\n")
              .append(before)
              .append("$ ")
              .append(c.command())
              .append('\n')
              .append(c.expect().err());
          if (!c.expect().err().isEmpty() && !c.expect().err().endsWith("\n")) {
            b.append('\n');
          }
          b.append("```\n");
          comment.clear();
          before.setLength(0);
        }
      }
    }
    return b.toString();
  }

  private static void section(StringBuilder b, List<String> head, String name) {
    b.append("## ").append(head.isEmpty() ? name : head.get(0)).append("\n\n");
    if (head.size() > 1) {
      b.append(String.join("\n", head.subList(1, head.size()))).append("\n\n");
    }
    b.append("(`src/test/resources/golden/errors/").append(name).append("`)\n");
  }

  private static String text(String commentLine) {
    return commentLine.replaceFirst("^#\\s?", "");
  }
}
