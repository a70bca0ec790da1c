package com.shopops.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * json: one array of objects, two-space indent; jsonl: one compact object per line. Keys follow
 * column order; money, integers, decimals and rates are JSON numbers (money with 2 decimals),
 * timestamps ISO-8601 with offset, dates ISO, missing values null. Non-ASCII is written as-is.
 */
public final class JsonRenderer {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .rootValueSeparator((String) null)
          .build();

  private JsonRenderer() {}

  static void render(
      List<Column> columns, List<List<Object>> rows, RenderOptions o, Writer out, boolean lines)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (lines) {
        for (List<Object> row : rows) {
          writeRow(g, columns, row, o);
          g.writeRaw('\n');
        }
      } else {
        g.setPrettyPrinter(prettyPrinter());
        g.writeStartArray();
        for (List<Object> row : rows) {
          writeRow(g, columns, row, o);
        }
        g.writeEndArray();
        g.writeRaw('\n');
      }
    }
  }

  /** One object: the record's fields, then each list as an array of objects. */
  static void renderRecord(RecordView view, RenderOptions o, Writer out, boolean compact)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (!compact) {
        g.setPrettyPrinter(prettyPrinter());
      }
      Table f = view.fields();
      g.writeStartObject();
      if (view.fieldsKey() != null) {
        g.writeFieldName(view.fieldsKey());
        g.writeStartObject();
        writeFields(g, f.columns(), f.rows().get(0), o);
        g.writeEndObject();
      } else {
        writeFields(g, f.columns(), f.rows().get(0), o);
      }
      for (var e : view.lists().entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeStartArray();
        for (List<Object> row : e.getValue().rows()) {
          writeRow(g, e.getValue().columns(), row, o);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  // "\n" whatever the platform, "key": value, and [] rather than "[ ]" for no rows.
  /** The indentation of every JSON shopops writes: two spaces, {@code "key": value}. */
  public static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withSeparators(separators);
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    return pp;
  }

  private static void writeRow(
      JsonGenerator g, List<Column> columns, List<Object> row, RenderOptions o) throws IOException {
    g.writeStartObject();
    writeFields(g, columns, row, o);
    g.writeEndObject();
  }

  private static void writeFields(
      JsonGenerator g, List<Column> columns, List<Object> row, RenderOptions o) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Object v = row.get(i);
      g.writeFieldName(c.name());
      if (v == null || v == Table.NONE) {
        g.writeNull();
        continue;
      }
      switch (c.type()) {
        case TEXT -> {
          if (v instanceof Long n) {
            g.writeNumber(n); // a count in a text column (check's result): a number, not "429"
          } else {
            g.writeString(Cells.text(c, v));
          }
        }
        case INTEGER -> g.writeNumber(Cells.integer(c, v));
        case MONEY -> g.writeNumber(Cells.money(c, v));
        case DECIMAL, RATE -> g.writeNumber(Cells.decimal(c, v));
        case TIMESTAMP ->
            g.writeString(Cells.OFFSET_TIMESTAMP.format(Cells.instant(c, v).atZone(o.zone())));
        case DATE -> g.writeString(Cells.date(c, v).toString());
        case BOOLEAN -> g.writeBoolean(Cells.bool(c, v));
      }
    }
  }
}
