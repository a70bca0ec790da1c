package com.shopops.app.lists;

import java.time.Instant;

/**
 * How a list was written, for its record.
 *
 * @param name the operator's name for it; null or blank: {@code KIND-yyyyMMdd-HHmm} of {@code at}
 * @param file where it was written; null for stdout
 * @param at when (the {@code --now} of the export, else the wall clock)
 * @param dryRun record nothing
 * @param agent who made it ({@code --agent}, else the store's user); null: not known
 */
public record ListWrite(String name, String file, Instant at, boolean dryRun, String agent) {
  /** A list whose maker is not known. */
  public ListWrite(String name, String file, Instant at, boolean dryRun) {
    this(name, file, at, dryRun, null);
  }
}
