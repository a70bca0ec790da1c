package com.shopops.io.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes one {@link Table} in any {@link OutputFormat}. The writer is flushed, never closed; for
 * csv/tsv/json/jsonl it must encode UTF-8 (Chinese text is written as-is, the BOM as U+FEFF).
 */
public final class Renderer {
  private Renderer() {}

  public static void render(Table t, OutputFormat f, RenderOptions o, Writer out)
      throws IOException {
    Objects.requireNonNull(t, "table");
    Objects.requireNonNull(f, "format");
    Objects.requireNonNull(o, "options");
    Objects.requireNonNull(out, "out");
    List<List<Object>> rows = t.rows();
    if (o.limit() != null && o.limit() < rows.size()) {
      rows = rows.subList(0, o.limit());
    }
    switch (f) {
      case TABLE -> TableTextRenderer.render(t.columns(), rows, o, out);
      case CSV -> CsvRenderer.render(t.columns(), rows, o, out, ',');
      case TSV -> CsvRenderer.render(t.columns(), rows, o, out, '\t');
      case JSON -> JsonRenderer.render(t.columns(), rows, o, out, false);
      case JSONL -> JsonRenderer.render(t.columns(), rows, o, out, true);
    }
    out.flush();
  }
}
