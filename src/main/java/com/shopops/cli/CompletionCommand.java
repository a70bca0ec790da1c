package com.shopops.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code shopops generate-completion}: picocli's bash/zsh completion script, with file names for
 * {@code --db}. picocli completes paths only for File and Path options, and {@code --db} is a
 * String because it also takes {@code postgresql://} URLs; its empty case is given picocli's own
 * file completion.
 */
@Command(
    name = "generate-completion",
    version = "generate-completion",
    mixinStandardHelpOptions = true,
    helpCommand = true,
    optionListHeading = "Options:%n",
    description = {
      "Generate bash/zsh completion script for ${ROOT-COMMAND-NAME:-the root command of this"
          + " command}.",
      "Run the following command to give `${ROOT-COMMAND-NAME:-$PARENTCOMMAND}` TAB completion in"
          + " the current shell:",
      "",
      "  source <(${PARENT-COMMAND-FULL-NAME:-$PARENTCOMMAND} ${COMMAND-NAME})",
      ""
    })
final class CompletionCommand implements Runnable {
  /** The options that name a file although their type is a String. */
  private static final String[] PATH_OPTIONS = {"--db"};

  @Spec CommandSpec spec;

  @Override
  public void run() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    spec.commandLine().getOut().print(withPathCompletion(script));
    spec.commandLine().getOut().print('\n');
    spec.commandLine().getOut().flush();
  }

  /** The script with file completion in the (empty) case of each of {@link #PATH_OPTIONS}. */
  static String withPathCompletion(String script) {
    for (String option : PATH_OPTIONS) {
      script =
          script.replace(
              "    " + option + ")\n      return\n",
              "    "
                  + option
                  + ")\n"
                  + "      type compopt &>/dev/null && compopt -o filenames\n"
                  + "      COMPREPLY=( $( compgen -f -- \"${curr_word}\" ) ) # files\n"
                  + "      return\n");
    }
    return script;
  }
}
