package com.shopops.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One golden test file ({@code src/test/resources/golden/**}{@code /*.test}): its items in order,
 * parsed from and printed back to the format described in {@code golden/README.md}.
 */
final class GoldenTestFile {
  static final String NO_NEWLINE = "\\ no newline at end";

  /** A line or an item of a file. */
  sealed interface Item permits Text, Include, Fixture, Case {}

  /** A comment or a blank line, kept as written. */
  record Text(String line) implements Item {}

  /** {@code %include PATH}: the steps of a setup file, relative to the golden folder. */
  record Include(String path) implements Item {}

  /** {@code --- file NAME} … {@code --- end}: a file written under $TMP before the next step. */
  record Fixture(String name, String content) implements Item {}

  /**
   * {@code $ COMMAND}, optional stdin, and its expectations. A case without any expectation block
   * is a setup step: it must exit 0 and its output is not checked.
   */
  record Case(int line, String command, String stdin, Expect expect) implements Item {
    boolean pinned() {
      return expect != null;
    }

    Case with(Expect e) {
      return new Case(line, command, stdin, e);
    }
  }

  /** What a pinned case prints and returns (an omitted block is empty, an omitted exit 0). */
  record Expect(String out, String err, int exit) {}

  final List<Item> items;

  GoldenTestFile(List<Item> items) {
    this.items = items;
  }

  List<Case> cases() {
    return items.stream().filter(i -> i instanceof Case).map(i -> (Case) i).toList();
  }

  static GoldenTestFile parse(String name, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // the file's final newline
    }
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        items.add(new Text(l));
        i++;
      } else if (l.startsWith("%include ")) {
        items.add(new Include(l.substring(9).strip()));
        i++;
      } else if (l.startsWith("--- file ")) {
        String fname = l.substring(9).strip();
        int start = ++i;
        while (i < lines.size() && !lines.get(i).equals("--- end")) {
          i++;
        }
        if (i == lines.size()) {
          throw new IllegalArgumentException(name + ":" + start + ": --- file without --- end");
        }
        items.add(new Fixture(fname, block(lines.subList(start, i))));
        i++;
      } else if (l.startsWith("$ ")) {
        int at = i + 1;
        String command = l.substring(2).strip();
        i++;
        String stdin = null;
        if (i < lines.size() && lines.get(i).equals("<")) {
          int start = ++i;
          while (i < lines.size() && !isMarker(lines.get(i))) {
            i++;
          }
          stdin = block(lines.subList(start, i));
        }
        String out = "";
        String err = "";
        Integer exit = null;
        boolean any = false;
        if (i < lines.size() && lines.get(i).equals(">")) {
          int start = ++i;
          while (i < lines.size() && !lines.get(i).equals(">2") && !lines.get(i).startsWith(">=")) {
            i++;
          }
          out = block(lines.subList(start, i));
          any = true;
        }
        if (i < lines.size() && lines.get(i).equals(">2")) {
          int start = ++i;
          while (i < lines.size() && !lines.get(i).startsWith(">=")) {
            i++;
          }
          err = block(lines.subList(start, i));
          any = true;
        }
        if (i < lines.size() && lines.get(i).startsWith(">=")) {
          exit = Integer.parseInt(lines.get(i).substring(2).strip());
          i++;
          any = true;
        }
        if (any && exit == null) {
          throw new IllegalArgumentException(name + ":" + at + ": a pinned case ends with >=EXIT");
        }
        if (stdin != null && !any) {
          throw new IllegalArgumentException(name + ":" + at + ": stdin (<) needs expectations");
        }
        items.add(new Case(at, command, stdin, any ? new Expect(out, err, exit) : null));
      } else {
        throw new IllegalArgumentException(
            name
                + ":"
                + (i + 1)
                + ": expected a comment, a blank"
                + " line, %include, --- file or $ COMMAND, not: "
                + l);
      }
    }
    return new GoldenTestFile(items);
  }

  private static boolean isMarker(String l) {
    return l.equals(">") || l.equals(">2") || l.startsWith(">=");
  }

  private static String block(List<String> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    if (lines.get(lines.size() - 1).equals(NO_NEWLINE)) {
      return String.join("\n", lines.subList(0, lines.size() - 1));
    }
    return String.join("\n", lines) + "\n";
  }

  /** The file with every pinned case's expectations printed canonically. */
  String print() {
    StringBuilder b = new StringBuilder();
    for (Item item : items) {
      if (item instanceof Text t) {
        b.append(t.line()).append('\n');
      } else if (item instanceof Include inc) {
        b.append("%include ").append(inc.path()).append('\n');
      } else if (item instanceof Fixture f) {
        b.append("--- file ").append(f.name()).append('\n');
        printBlock(b, f.content());
        b.append("--- end\n");
      } else if (item instanceof Case c) {
        b.append("$ ").append(c.command()).append('\n');
        if (c.stdin() != null) {
          b.append("<\n");
          printBlock(b, c.stdin());
        }
        if (c.expect() != null) {
          if (!c.expect().out().isEmpty()) {
            b.append(">\n");
            printBlock(b, c.expect().out());
          }
          if (!c.expect().err().isEmpty()) {
            b.append(">2\n");
            printBlock(b, c.expect().err());
          }
          b.append(">=").append(c.expect().exit()).append('\n');
        }
      }
    }
    return b.toString();
  }

  private static void printBlock(StringBuilder b, String text) {
    b.append(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      b.append('\n').append(NO_NEWLINE).append('\n');
    }
  }
}
