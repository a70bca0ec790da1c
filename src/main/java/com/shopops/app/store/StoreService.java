package com.shopops.app.store;

import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/** Creating a store ({@code shopops init}). */
public final class StoreService {
  private StoreService() {}

  /** A store just created: where, its zone, the schema version it was migrated to. */
  public record Created(String location, ZoneId zone, int schemaVersion, String currency) {}

  /**
   * Creates the store at {@code path} with its time zone, migrated to the latest schema.
   *
   * @throws com.shopops.store.StoreException when a store is there already (a usage error)
   */
  public static Created create(Path path, ZoneId zone, Instant now) {
    return create(path, zone, "CNY", now);
  }

  /** As {@link #create(Path, ZoneId, Instant)}, with the currency of orders that name none. */
  public static Created create(Path path, ZoneId zone, String currency, Instant now) {
    try (Store store = Store.create(path, zone, currency, now)) {
      return new Created(store.location(), zone, store.schemaVersion(), currency);
    }
  }

  /**
   * As {@link #create(Path, ZoneId, String, Instant)} for the store {@code db} names: an SQLite
   * file or a {@code postgresql://} URL (its password from {@code env} when the URL has none).
   */
  public static Created create(
      String db, java.util.Map<String, String> env, ZoneId zone, String currency, Instant now) {
    try (Store store = Store.create(db, env, zone, currency, now)) {
      return new Created(store.location(), zone, store.schemaVersion(), currency);
    }
  }

  /**
   * Copies the store {@code src} into {@code dst} (each a file or a {@code postgresql://} URL) and
   * verifies it ({@code shopops store copy}), waiting for a busy one as {@code waiting} says; see
   * {@link com.shopops.store.StoreCopy}.
   */
  public static com.shopops.store.StoreCopy.Result copy(
      String src,
      String dst,
      java.util.Map<String, String> env,
      Instant now,
      com.shopops.store.Store.Waiting waiting) {
    // an upgraded source or target said as every command says it (upgrade26)
    return com.shopops.store.StoreCopy.copy(
        src, dst, env, now, waiting, com.shopops.app.maintenance.StoreCare::upgrade);
  }
}
