package com.shopops.cli;

import com.shopops.app.imports.ImportKind;
import com.shopops.app.imports.ImportOptions;
import com.shopops.app.imports.InputFormat;
import com.shopops.app.imports.Presets;
import com.shopops.parse.TextSniffer;
import com.shopops.parse.ValueException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed options of {@code import} and {@code imports}: a bad value is a usage error (exit 2)
 * raised by picocli, naming the option.
 */
final class ImportOptionTypes {
  private ImportOptionTypes() {}

  /** {@code --encoding}: a charset by any of its names; an unknown one is a usage error. */
  static final class Encoding implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return TextSniffer.charsetNamed(value);
      } catch (ValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --decimal}: {@code ,} or {@code .}, as a mapping file's {@code decimal:} says it. */
  static final class DecimalSign implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.strip();
      if (v.equals(",") || v.equals(".")) {
        return v;
      }
      throw new TypeConversionException("expected one of [, .] but was '" + value + "'");
    }
  }

  /**
   * An enum option read by its lower-case code, named that way in the message for a bad value
   * (picocli's own enum message would list the constants' upper-case names).
   */
  abstract static class Codes<E extends Enum<E>> implements ITypeConverter<E> {
    private final E[] values;

    Codes(E[] values) {
      this.values = values;
    }

    @Override
    public E convert(String value) {
      for (E e : values) {
        if (e.toString().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + Arrays.toString(values)
              + " (case-insensitive) but was '"
              + value
              + "'");
    }
  }

  static final class Kind extends Codes<ImportKind> {
    Kind() {
      super(ImportKind.values());
    }
  }

  static final class OnError extends Codes<ImportOptions.OnError> {
    OnError() {
      super(ImportOptions.OnError.values());
    }
  }

  static final class Format extends Codes<InputFormat> {
    Format() {
      super(InputFormat.values());
    }
  }

  /** {@code --preset} completion: the built-in presets and the events log formats. */
  static final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Presets.names().iterator();
    }
  }

  /** {@code --delimiter}: one character, or tab ({@code \\t}, {@code tab}); null: sniffed. */
  static Character delimiter(String given) {
    if (given == null) {
      return null;
    }
    String d = given.equals("\\t") || given.equalsIgnoreCase("tab") ? "\t" : given;
    if (d.length() != 1) {
      throw new com.shopops.app.UserException(
          com.shopops.app.ExitCodes.USAGE, "--delimiter takes one character, or tab", null);
    }
    return d.charAt(0);
  }
}
