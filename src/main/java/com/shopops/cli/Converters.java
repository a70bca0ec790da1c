package com.shopops.cli;

import com.shopops.config.ConfigValues;
import com.shopops.parse.Amounts;
import com.shopops.parse.Dates;
import com.shopops.parse.ValueException;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option value types, registered once: a bad value is a usage error (exit 2) naming the option,
 * raised by picocli before any command runs.
 */
final class Converters {
  private Converters() {}

  static void register(CommandLine cl) {
    cl.registerConverter(LocalDate.class, Converters::date);
    cl.registerConverter(Duration.class, Converters::duration);
  }

  /** {@code 2026-11-20} (and the other date forms imports accept). */
  static LocalDate date(String value) {
    try {
      LocalDate d = Dates.date(value);
      if (d == null) {
        throw new TypeConversionException("a date is required; use YYYY-MM-DD");
      }
      return d;
    } catch (ValueException e) {
      throw new TypeConversionException(e.getMessage() + "; use YYYY-MM-DD");
    }
  }

  /** {@code 24h}, {@code 14d}, {@code 90m}, {@code 1d12h}, ISO {@code PT24H}. */
  static Duration duration(String value) {
    if (value.strip().equals("0")) {
      return Duration.ZERO; // "no time at all" needs no unit
    }
    try {
      return ConfigValues.duration(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /**
   * A name that must say something ({@code --agent}): blank is a usage error, not "unsaid" (an
   * empty {@code $AGENT} in a script would otherwise record someone else silently). For a {@code
   * String} option: {@code converter = Converters.NonBlank.class}.
   */
  static final class NonBlank implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException(
            "a name is required, not \"" + value + "\" (leave the option out for the default)");
      }
      return value.strip();
    }
  }

  /**
   * An amount in minor units (fen): {@code 268.00}, {@code 1,268.5}, {@code ¥268} (as imports read
   * it); blank is no amount. For a {@code Long} option: {@code converter =
   * Converters.Amount.class}.
   */
  static final class Amount implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Amounts.amount(value);
      } catch (ValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
