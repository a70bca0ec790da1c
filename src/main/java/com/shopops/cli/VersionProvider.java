package com.shopops.cli;

import com.shopops.store.Store;
import picocli.CommandLine.IVersionProvider;

/** {@code shopops --version}: the program version and the schema version it writes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {text()};
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
}
