package com.shopops.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * How to import: the kind, a forced preset or mapping file, the encoding and delimiter when not
 * sniffed, what to do with bad rows, whether to write at all, and the sheet of an .xlsx workbook
 * (null: the first), the traffic channel a file without a channel column is imported under (null:
 * none, the store total), how the file's amounts write their decimals ({@code ","} or {@code "."};
 * null: as the layout says, a decimal point unless its mapping file says {@code decimal: ","}), and
 * when the order exports were made (null: not said), and how a rejected row's reason is worded in
 * the rejects file (null: English).
 */
public record ImportOptions(
    ImportKind kind,
    String presetName,
    Path mapFile,
    Charset encoding,
    Character delimiter,
    OnError onError,
    Path rejectsFile,
    boolean dryRun,
    InputFormat inputFormat,
    String sheet,
    String channel,
    String decimal,
    java.time.Instant exportedAt,
    java.util.function.UnaryOperator<String> reasonText) {

  /**
   * The defaults for {@code kind}: the layout recognised from the header, the encoding and the
   * delimiter sniffed, a bad row refuses its file, written, the first sheet of a workbook, no
   * traffic channel. The {@code with…} methods change one option each.
   */
  public static ImportOptions of(ImportKind kind) {
    return new Fields(kind).options();
  }

  /** These options, with the layout forced to the preset {@code name}. */
  public ImportOptions withPreset(String name) {
    return with(f -> f.presetName = name);
  }

  /** These options, with the columns named by the mapping file {@code file}. */
  public ImportOptions withMap(Path file) {
    return with(f -> f.mapFile = file);
  }

  /** These options, with the file read in {@code charset} (null: sniffed). */
  public ImportOptions withEncoding(Charset charset) {
    return with(f -> f.encoding = charset);
  }

  /** These options, with the fields split at {@code c} (null: sniffed). */
  public ImportOptions withDelimiter(Character c) {
    return with(f -> f.delimiter = c);
  }

  /** These options, with what a bad row does to its file. */
  public ImportOptions withOnError(OnError mode) {
    return with(f -> f.onError = mode);
  }

  /** These options, with the rejected rows written to {@code file}. */
  public ImportOptions withRejectsFile(Path file) {
    return with(f -> f.rejectsFile = file);
  }

  /** These options, read and checked and, when {@code dry}, not written. */
  public ImportOptions withDryRun(boolean dry) {
    return with(f -> f.dryRun = dry);
  }

  /** These options, with an event file read as {@code format} (null: recognised). */
  public ImportOptions withInputFormat(InputFormat format) {
    return with(f -> f.inputFormat = format);
  }

  /** These options, with the sheet {@code name} of an .xlsx workbook read (null: the first). */
  public ImportOptions withSheet(String name) {
    return with(f -> f.sheet = name);
  }

  /** These options, with every row of a traffic file in {@code name}. */
  public ImportOptions withChannel(String name) {
    return with(f -> f.channel = name);
  }

  /**
   * These options, with the file's amounts read with the decimal {@code sign} ({@code ","} or
   * {@code "."}) whatever the layout (tryout17 U9: a Shopify export resaved by a Spanish Excel
   * keeps its preset); null: as the layout says.
   */
  public ImportOptions withDecimal(String sign) {
    return with(f -> f.decimal = sign);
  }

  /**
   * These options, with the files' export made at {@code at} ({@code import orders --exported-at};
   * null: not said, a Taobao/Tmall download's name may say it).
   */
  public ImportOptions withExportedAt(java.time.Instant at) {
    return with(f -> f.exportedAt = at);
  }

  /**
   * These options, with a rejected row's reason written to the rejects file as {@code say} words it
   * (the operator's language: review18 T6; null: the English reason).
   */
  public ImportOptions withReasonText(java.util.function.UnaryOperator<String> say) {
    return with(f -> f.reasonText = say);
  }

  /** A rejected row's reason (English, as stored) as the rejects file says it. */
  String rejectReason(String english) {
    return reasonText == null ? english : reasonText.apply(english);
  }

  private ImportOptions with(java.util.function.Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return f.options();
  }

  /** The options as they are changed, one {@code with…} at a time. */
  private static final class Fields {
    private ImportKind kind;
    private String presetName;
    private Path mapFile;
    private Charset encoding;
    private Character delimiter;
    private OnError onError = OnError.ABORT;
    private Path rejectsFile;
    private boolean dryRun;
    private InputFormat inputFormat;
    private String sheet;
    private String channel;
    private String decimal;
    private java.time.Instant exportedAt;
    private java.util.function.UnaryOperator<String> reasonText;

    Fields(ImportKind kind) {
      this.kind = kind;
    }

    Fields(ImportOptions o) {
      kind = o.kind;
      presetName = o.presetName;
      mapFile = o.mapFile;
      encoding = o.encoding;
      delimiter = o.delimiter;
      onError = o.onError;
      rejectsFile = o.rejectsFile;
      dryRun = o.dryRun;
      inputFormat = o.inputFormat;
      sheet = o.sheet;
      channel = o.channel;
      decimal = o.decimal;
      exportedAt = o.exportedAt;
      reasonText = o.reasonText;
    }

    ImportOptions options() {
      return new ImportOptions(
          kind,
          presetName,
          mapFile,
          encoding,
          delimiter,
          onError,
          rejectsFile,
          dryRun,
          inputFormat,
          sheet,
          channel,
          decimal,
          exportedAt,
          reasonText);
    }
  }

  /** What a bad row does to its file's import. */
  public enum OnError {
    /** Nothing from the file is written; exit 1. */
    ABORT,
    /** Good rows are written; bad rows go to the rejects file. */
    SKIP;

    /** {@code abort}, {@code skip}: as the command line writes it. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether a file with {@code rejected} bad rows is refused for them (dry run or not). */
  boolean refuses(long rejected) {
    return rejected > 0 && onError != OnError.SKIP;
  }

  /** Whether a file with {@code rejected} bad rows is written. */
  boolean writes(long rejected) {
    return !dryRun && (rejected == 0 || onError == OnError.SKIP);
  }
}
