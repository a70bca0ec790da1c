package com.shopops.cli;

import com.shopops.store.Store;
import picocli.CommandLine.Option;

/**
 * {@code --agent}: who acts, where a person acts (an import, a list undone). The rule of every
 * command that records someone ({@link #or}): the name given, else the store's user.
 */
final class AgentOption {
  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who does this, as the store records it: the import's user, the list's undone_by, the"
              + " rule's changed_by (default: your login name for a store file; on PostgreSQL the"
              + " database user, and for an import your login name with the database user beside"
              + " it where they differ).")
  String agent;

  /** --agent, else the store's user. */
  String of(BaseCommand cmd, Store store) {
    return or(agent, cmd, store);
  }

  /** --agent, else who runs the command ({@link Store#operator}): an import's user. */
  String operator(BaseCommand cmd, Store store) {
    return operator(agent, cmd, store);
  }

  /**
   * --agent, else who runs the command ({@link Store#operator}: the login name on both backends):
   * for imports and parcel removals (tryout27a A4).
   */
  static String operator(String given, BaseCommand cmd, Store store) {
    return given != null && !given.isBlank() ? given.strip() : store.operator(cmd.ctx().env());
  }

  /** The name given ({@code --agent}), else the store's user ({@link Store#user}). */
  static String or(String given, BaseCommand cmd, Store store) {
    return given != null && !given.isBlank() ? given.strip() : store.user(cmd.ctx().env());
  }
}
