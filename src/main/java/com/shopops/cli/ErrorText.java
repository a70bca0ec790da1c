package com.shopops.cli;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most common errors and hints in the language of the command line. They are made in English
 * where they happen (picocli, the store, the import); here, at the edge where Cli prints them, a
 * message that matches one of the patterns is said again from the bundle, its parts (a path, an
 * option, a value) filled in from the pattern's groups. An unknown message prints as it is; a
 * translated message whose inner part is itself known (an option's bad value) is translated too.
 */
final class ErrorText {
  private record Known(Pattern pattern, String key) {}

  private static final List<Known> KNOWN = List.of(
      known("no store at (.+)", "error.missing_store"),
      known("create one with `shopops init`, or point to yours with --db PATH or \\$SHOPOPS_DB",
          "error.missing_store_any_hint"),
      known("Unknown option: '(.+)'", "error.unknown_option"),
      known("Unmatched argument at index (\\d+): '(.+)'", "error.unmatched"),
      known("Unmatched arguments from index (\\d+): (.+)", "error.unmatched_arguments"),
      known("Missing required option: '(.+)'", "error.missing_option"),
      known("Missing required parameter: '(.+)'", "error.missing_parameter"),
      known("Invalid value for option '(.+?)': (.+)", "error.invalid_option_value"),
      known("Invalid value for positional parameter at index (\\d+) \\((.+?)\\): (.+)",
          "error.invalid_parameter_value"),
      known("\"(.*)\" is not one of (.+)", "error.not_one_of"),
      known("(.+): missing required column (\\S+) \\(looked for (.+); the header has: (.*)\\)",
          "error.missing_required_column"),
      known("(.+) is not a shopops store \\((.+)\\)", "error.not_a_store"),
      known("no command `(.+)`", "error.no_command"),
      known("`shopops help` lists the commands", "error.no_command_hint"),
      known("name a command", "error.name_command"),
      known("`shopops --help` lists them", "error.name_command_hint"));

  private ErrorText() {}

  private static Known known(String regex, String key) {
    return new Known(Pattern.compile(regex), key);
  }

  /** The message in the language of {@code m}; English and unknown messages unchanged. */
  static String translate(Messages m, String message) {
    if (message == null || m.language() == Language.EN) {
      return message;
    }
    for (Known k : KNOWN) {
      Matcher x = k.pattern().matcher(message);
      if (x.matches()) {
        Object[] parts = new Object[x.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          String part = x.group(i + 1);
          parts[i] = i == parts.length - 1 && !part.equals(message) ? translate(m, part) : part;
        }
        return m.get(k.key(), parts);
      }
    }
    return message;
  }
}
