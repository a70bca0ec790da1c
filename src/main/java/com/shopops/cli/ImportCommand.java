package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.imports.FileResult;
import com.shopops.app.imports.ImportException;
import com.shopops.app.imports.ImportKind;
import com.shopops.app.imports.ImportOptions;
import com.shopops.app.imports.ImportService;
import com.shopops.app.imports.ImportSource;
import com.shopops.app.imports.InputFormat;
import com.shopops.app.imports.Presets;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    description = {
      "Import exports of orders, customers, returns and more into the store.",
      "Kinds: orders, customers, shipments, returns, follow-ups, traffic, events, reviews, "
          + "products or complaints (CSV/TSV or Excel .xlsx with a header row; events also from web "
          + "server access logs).",
      "The layout is recognised from the header: the shopops generic layout, Shopify orders "
          + "and customers, WooCommerce orders, Taobao/Tmall 订单报表 + 宝贝报表 and the 子订单 export, JD POP "
          + "orders; for returns the generic layout, Taobao/Tmall 退款管理 and JD 售后服务单 exports.",
      "Encoding (UTF-8, UTF-8 BOM, GBK/GB18030, UTF-16) and delimiter are sniffed.",
      "Re-importing the same or a newer export updates records and never duplicates them."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops import orders examples/orders.csv",
      "  shopops import orders ExportOrderList202611.csv ExportOrderDetailList202611.csv",
      "  shopops import customers customers.csv --on-error skip --rejects bad.csv",
      "  shopops import shipments examples/shipments.csv",
      "  shopops import returns examples/returns.csv",
      "  cat export.csv | shopops import orders - --map my-layout.yaml",
      "  shopops import orders new.csv --dry-run",
      "  shopops import customers 客户.xlsx --sheet 会员",
      "  shopops import traffic 流量概况.csv --channel tmall",
      "  shopops import events access.log --on-error skip",
      "  shopops import complaints 投诉.csv --agent 小王",
      "  shopops import events UserBehavior.csv --preset taobao-userbehavior"
    })
final class ImportCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "KIND",
      converter = ImportOptionTypes.Kind.class,
      description =
          "orders, customers, shipments, returns, followups, traffic, events, reviews,"
              + " products or complaints.")
  ImportKind kind;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files to import; - reads standard input.")
  List<Path> files; // Path: the completion script offers file names

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      completionCandidates = ImportOptionTypes.PresetNames.class,
      description =
          "Force a layout instead of recognising it from the header, e.g. jd-orders or"
              + " taobao-items; a name that is not a preset lists the presets of that kind.")
  String preset;

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description = "A mapping file (JSON or YAML) naming which header carries which field.")
  Path map;

  @Option(
      names = "--encoding",
      paramLabel = "ENC",
      converter = ImportOptionTypes.Encoding.class,
      description = "utf-8, gbk, gb18030, utf-16, big5… (default: detected).")
  Charset encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "Field delimiter: , ; | or tab (default: sniffed from the header).")
  String delimiter;

  @Option(
      names = "--decimal",
      paramLabel = "SIGN",
      converter = ImportOptionTypes.DecimalSign.class,
      description =
          "How the file's amounts write decimals: , (a decimal comma, 1.234,50: a Spanish or other"
              + " continental Excel's resave) or . (default: as the layout says, a decimal point"
              + " unless a mapping file says decimal: \",\"). Works with any preset or mapping file.")
  String decimal;

  @Option(
      names = "--on-error",
      paramLabel = "MODE",
      converter = ImportOptionTypes.OnError.class,
      description =
          "abort (default, but for events): a bad row means nothing from that file is"
              + " written, exit 1; skip (default for events, a log is a stream): import the good rows,"
              + " report the bad ones (exit 0; exit 1 when no row is good).")
  ImportOptions.OnError onError;

  @Option(
      names = "--strict",
      description = "events: a malformed line aborts the file's import (as --on-error abort).")
  boolean strict;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write rejected rows, line and reason to FILE (CSV in the file's encoding).")
  Path rejects;

  @Option(names = "--dry-run", description = "Read and check everything, write nothing.")
  boolean dryRun;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "Excel .xlsx only: the sheet to read (default: the first).")
  String sheet;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ImportOptionTypes.Format.class,
      description =
          "events only: csv, access-log (combined log format: each page request of a"
              + " person is a view; bots, static assets and errors are skipped) or"
              + " taobao-userbehavior. Default: recognised from the first line.")
  InputFormat format;

  @picocli.CommandLine.Mixin AgentOption agent; // who ran it: the import log's user
  @picocli.CommandLine.Mixin ImportKindOptions kindOptions; // --channel (traffic)

  @Override
  public Integer call() {
    if (strict && onError == ImportOptions.OnError.SKIP) {
      throw new UserException(
          ExitCodes.USAGE, "--strict and --on-error skip contradict each other", null);
    }
    // a log is a stream: a malformed line is skipped and counted, as log analysers do
    ImportOptions.OnError mode =
        onError != null
            ? onError
            : kind == ImportKind.EVENTS && !strict
                ? ImportOptions.OnError.SKIP
                : ImportOptions.OnError.ABORT;
    ImportOptions options =
        ImportOptions.of(kind).withPreset(preset).withMap(map).withEncoding(encoding);
    options =
        options
            .withDelimiter(ImportOptionTypes.delimiter(delimiter))
            .withOnError(mode)
            .withRejectsFile(rejects)
            .withReasonText(
                messages().language() == com.shopops.domain.lists.Language.EN
                    ? null
                    : reason -> ErrorText.stored(messages(), reason));
    options = options.withDecimal(decimal);
    options = kindOptions.on(options.withDryRun(dryRun).withInputFormat(format).withSheet(sheet));
    if (preset != null && map != null) {
      throw new UserException(
          ExitCodes.USAGE,
          "--preset and --map cannot be used together",
          "a mapping file names the columns itself: drop --preset, or drop --map to use the"
              + " preset");
    }
    if (preset != null
        && Presets.namesFor(kind.code()).stream().noneMatch(n -> n.equalsIgnoreCase(preset))
        && Presets.named(preset).isEmpty()) {
      throw new UserException(
          ExitCodes.USAGE,
          "unknown preset \"" + preset + "\"",
          "presets for " + kind.code() + ": " + String.join(", ", Presets.namesFor(kind.code())));
    }
    if (map != null && !Files.isRegularFile(map) && !Presets.isBundled(map)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--map: no such file " + map,
          "mappings that come with shopops: " + String.join(", ", Presets.BUNDLED));
    }
    List<Path> temps = new ArrayList<>();
    try (Store store = openStore()) {
      options = kindOptions.exportedAt(options, this, store.zone());
      ProgressBar bar =
          new ProgressBar(
              ctx().err(), ctx().stderrIsTerminal() && !quiet(), ctx().terminalWidth(), messages());
      ImportService imports =
          new ImportService(
              store, () -> recordTime(store.zone()), bar, agent.operator(this, store));
      List<ImportSource> sources = new ArrayList<>();
      for (Path f : files) {
        sources.add(
            f.toString().equals("-")
                ? new ImportSource(spoolStdin(temps), "<stdin>")
                : new ImportSource(f, f.toString()));
      }
      try {
        if (imports.importFiles(options, sources, this::report)) {
          return ExitCodes.OK;
        }
        ImportSummary.partial(messages(), sources, imported).ifPresent(ctx().err()::println);
        return ExitCodes.BAD_INPUT;
      } catch (ImportException e) {
        bar.done();
        Cli.printError(ctx(), messages(), e.getMessage(), e.hint());
        ImportSummary.partial(messages(), sources, imported).ifPresent(ctx().err()::println);
        return ExitCodes.BAD_INPUT;
      } catch (RuntimeException e) { // the store failed (a lost server) after files were written
        com.shopops.store.StoreException s = ImportSummary.storeFailure(e);
        if (s == null || imported.isEmpty()) {
          throw e;
        }
        bar.done();
        Cli.printError(ctx(), messages(), s.getMessage(), s.hint());
        ImportSummary.partial(messages(), sources, imported).ifPresent(ctx().err()::println);
        return ExitCodes.USAGE;
      } finally {
        bar.done(); // whatever failed, before its message: no half-drawn bar above it
      }
    } finally {
      for (Path t : temps) {
        try {
          Files.deleteIfExists(t);
        } catch (IOException ignored) {
          // a temp file left behind is harmless
        }
      }
    }
  }

  /** The files of this command written so far: said when a later one fails (review16 tryout). */
  private final List<String> imported = new ArrayList<>();

  private void report(FileResult r) {
    if (r.written() && !r.failed()) {
      imported.add(r.file());
    }
    ImportSummary.report(this, r, kind, rejects);
  }

  private Path spoolStdin(List<Path> temps) {
    try {
      Path tmp = Files.createTempFile("shopops-stdin", ".csv");
      temps.add(tmp);
      Files.copy(ctx().in(), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
