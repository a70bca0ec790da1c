package com.shopops.cli;

import com.shopops.store.Store;
import picocli.CommandLine.IVersionProvider;

/** {@code shopops --version}: the program version and the schema version it writes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "shopops " + (v == null ? "dev" : v) + " (store schema " + Store.latestSchemaVersion() + ")"
    };
  }
}
