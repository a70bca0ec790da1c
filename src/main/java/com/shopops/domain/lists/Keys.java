package com.shopops.domain.lists;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How names given on the command line or in configuration are matched against segment, tier,
 * lifecycle and region names: case, spaces and punctuation are ignored, so {@code "Can't Lose
 * Them"}, {@code cant-lose-them} and {@code CANT_LOSE_THEM} are the same segment, and {@code first
 * purchase} matches {@code FIRST_PURCHASE}. Chinese names (金牌, 华东) are letters and are compared as
 * they are.
 */
public final class Keys {
  private Keys() {}

  static String of(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  static Set<String> of(Set<String> names) {
    if (names == null) {
      return Set.of();
    }
    return names.stream()
        .filter(n -> n != null && !n.isBlank())
        .map(Keys::of)
        .collect(Collectors.toUnmodifiableSet());
  }

  static boolean in(Set<String> keys, String name) {
    return name != null && keys.contains(of(name));
  }

  /** The name among {@code names} that {@code given} means, as these rules match names. */
  public static Optional<String> find(Collection<String> names, String given) {
    String key = of(given);
    return names.stream().filter(n -> n != null && of(n).equals(key)).findFirst();
  }
}
