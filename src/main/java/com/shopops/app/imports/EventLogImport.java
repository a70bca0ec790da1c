package com.shopops.app.imports;

import com.shopops.parse.FileFacts;
import com.shopops.parse.StrictText;
import com.shopops.store.EventWriter;
import com.shopops.store.ImportLog;
import com.shopops.store.ImportSession;
import com.shopops.store.Store;
import com.shopops.text.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A headerless events file, one event per line (an access log, Taobao UserBehavior): the same
 * contract as a CSV import (one transaction, rejects as FILE:LINE, --on-error, --dry-run), plus a
 * count of the lines skipped because they are not page views (bots, static assets, errors).
 */
final class EventLogImport {
  private final Store store;
  private final ImportOptions options;
  private final Supplier<Instant> clock;
  private final ImportProgress progress;
  private final String user;

  EventLogImport(
      Store store,
      ImportOptions options,
      Supplier<Instant> clock,
      ImportProgress progress,
      String user) {
    this.store = store;
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.user = user;
  }

  /**
   * Events files that are not CSV with a header: named by --format or --preset, else recognised
   * from the first line (an access log, Taobao UserBehavior). Null for everything else.
   */
  static EventLogFormat formatOf(Path path, FileFacts facts, ImportOptions options) {
    if (options.kind() != ImportKind.EVENTS || options.mapFile() != null) {
      return null;
    }
    InputFormat forced = options.inputFormat();
    if (forced != null && forced != InputFormat.CSV) {
      return EventLogFormat.named(forced.code());
    }
    EventLogFormat byPreset = EventLogFormat.named(options.presetName());
    if (byPreset != null || forced != null || options.presetName() != null) {
      return byPreset;
    }
    try (BufferedReader r = StrictText.open(path, facts, n -> {})) {
      String line = r.readLine();
      while (line != null && line.isBlank()) {
        line = r.readLine();
      }
      return EventLogFormat.detect(line);
    } catch (IOException e) {
      return null; // the CSV path reports what is wrong with the file
    }
  }

  FileResult run(
      Path path,
      String name,
      FileFacts facts,
      EventLogFormat format,
      long t0,
      Runnable checkUnchanged) {
    RejectedRows rejected =
        new RejectedRows(name, List.of("line"), options.rejectsFile()).saying(options);
    ImportSession session =
        ImportSession.begin(
            store,
            options.kind().code(),
            ImportLog.where(path, name), // the file wherever the import ran from, as typed or not
            facts.sha256(),
            format.key(),
            facts.charset().name(),
            clock.get(),
            facts.size(),
            user);
    Map<String, Long> skipped = new TreeMap<>();
    try (BufferedReader in =
        StrictText.open(path, facts, read -> progress.update(name, read, facts.size()))) {
      EventWriter writer = session.events();
      long rows = 0;
      long records = 0;
      long lineNo = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        rows++;
        progress.rows(rows);
        EventLogFormat.Result r = format.parse(line);
        if (r.error() != null) {
          rejected.reject(
              List.of(new ParsedRow(lineNo, new String[] {line}, 0)),
              new RowError(name, lineNo, r.field(), null, r.error()));
        } else if (r.skip() != null) {
          skipped.merge(r.skip(), 1L, Long::sum);
        } else {
          writer.add(r.event());
          records++;
        }
      }
      long[] c = writer.finish();
      checkUnchanged.run();
      boolean write = options.writes(rejected.count());
      if (write) {
        rejected.recordIn(session);
        session.commit(rows, c[0], c[1], c[2], rejected.count(), clock.get());
      } else {
        session.rollback();
      }
      rejected.finish();
      progress.done();
      List<ImportNote> notes = new ArrayList<>();
      if (!skipped.isEmpty()) {
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        notes.add(
            ImportNote.of(
                Problem.of(
                    "note.log_lines_skipped",
                    name,
                    ImportNote.grouped(total),
                    skipped.entrySet().stream()
                        .map(e -> e.getKey() + " " + ImportNote.grouped(e.getValue()))
                        .collect(Collectors.joining(", ")))));
      }
      return new FileResult(
          name,
          format.key(),
          facts.charset().name(),
          rows,
          records,
          c[0],
          c[1],
          c[2],
          rejected.count(),
          0,
          rejected.shown(),
          rejected.count(),
          write,
          write ? session.importId() : 0,
          (System.nanoTime() - t0) / 1_000_000,
          notes,
          rejected.anomalies(),
          options.refuses(rejected.count()),
          List.of(),
          false);
    } catch (CharacterCodingException e) {
      throw ImportFailure.failed(
          name,
          session,
          rejected,
          progress,
          new ImportException(
              name + ": the file is not valid " + facts.charset().name() + " text",
              FileFacts.EncodingProblem.HINT));
    } catch (SQLException | IOException | RuntimeException e) {
      throw ImportFailure.failed(name, session, rejected, progress, e);
    } finally {
      session.close(); // after an Error too: the writer thread stopped, a bulk load ended
    }
  }
}
