package com.shopops.text;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong, named by its message key and arguments ({@code
 * Problem.of("reason.lines_without_order", id)}), not by a sentence: the code that finds it (a
 * handler of an import) names it, the edge says it in the operator's language. Its English is the
 * English bundle's text, the one place the sentence is written (review13 M6).
 */
public record Problem(String key, List<String> args) {
  public Problem {
    args = List.copyOf(args);
  }

  /** The problem {@code key} with its arguments, each as its text ({@code String.valueOf}). */
  public static Problem of(String key, Object... args) {
    return new Problem(key, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The arguments as the bundle's {@code {0}}, {@code {1}}… take them. */
  public Object[] parts() {
    return args.toArray();
  }

  /** The English of the problem: the English bundle's text of its key, filled in. */
  public String english() {
    String text = Bundle.lookup(Bundle.english(), key);
    if (text == null) {
      throw new IllegalStateException("no message " + key + " in the English bundle");
    }
    return Bundle.fill(text, parts());
  }

  @Override
  public String toString() {
    return english();
  }
}
