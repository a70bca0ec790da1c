package com.shopops.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The JSON and YAML readers of the configured tables (segments, tiers, offers), made the first time
 * a table is given as JSON or YAML: building them loads about 380 Jackson classes, which a command
 * that only reads the config's plain values (every short command) never needs.
 */
final class Mappers {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Mappers() {}
}
