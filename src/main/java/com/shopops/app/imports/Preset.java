package com.shopops.app.imports;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How one export layout maps onto shopops fields. Built-in presets live as data in {@code
 * src/main/resources/presets/}; a user mapping file ({@code --map FILE}, JSON or YAML) has the same
 * shape. {@code fields} maps a field to the headers that may carry it, tried in order for every row
 * (the first non-empty one wins); a preset is a candidate for a file when every header in {@code
 * detect} is present, or when the file has one of its own headers beyond the id (a header of {@code
 * fields} or {@code export_columns} that the generic layout of its kind does not know). {@code
 * export_columns} lists the platform export's columns in full, read or not, so that a file carrying
 * a subset of them is recognised; {@code not_generic} names headers that mean a field only in this
 * export (Shopify's {@code Name}), kept out of the generic layout, which otherwise reads every
 * preset's headers too. {@code null_values} are cell texts that mean "no value" in this export (R
 * writes {@code NA}), read as empty cells. {@code money} says how a money field of a kind whose
 * orders span several rows is meant: {@code per_line} (each row carries its own share, summed over
 * the order's rows: Olist's freight per item, several payment rows) or {@code per_order} (the
 * order's figure, repeated or on its first row only, taken once: JD's totals). Unsaid, a row's
 * {@code amount} is per line and the other money fields per order. {@code date_only} names the
 * fields this export writes as a day even when it shows a time (always 00:00:00): a promised date
 * then means the whole day. {@code read_elsewhere} names columns this file carries but whose values
 * are read from a companion file (the item titles of Taobao's 订单报表 come from its 宝贝报表): column →
 * where, said so instead of "not read". {@code currency} is the currency the export's amounts are
 * in when no column names one (Olist: BRL, UCI Online Retail: GBP): a store of another currency is
 * told so at import. {@code ignored} names the export's columns the layout leaves out on purpose
 * (Olist's zip code prefix): the import does not list them as "not read". {@code
 * paid_net_of_refund}: the export's paid total ({@code order_total}, else the lines' amounts) is
 * already net of the refund it states (a Tmall 订单报表's 买家实际支付金额 beside its 退款金额): what the buyer
 * paid is the two added ({@link com.shopops.domain.order.PaidTotal}). {@code zone}: the zone the
 * export's times are written in (Taobao and JD: Beijing time); an import into a store whose zone
 * has another offset at the file's dates says so. {@code decimal}: {@code ","} when the amounts are
 * written with a decimal comma ({@code 1.234,50}); unsaid, a decimal point, and an amount written
 * with a decimal comma refuses the file. {@code one_row_per_order}: the export has one row per
 * order (a Tmall 订单报表), so rows of one order id in a file are snapshots of it (two exports
 * appended, review18 T13): the most advanced row's status and money are kept, never summed. {@code
 * one_row_per_unit}: each row is one unit of its item and the export has no quantity column
 * (Olist's order_items, numbered by order_item_id): a line read without a quantity is 1 unit, not
 * an unknown number (tryout30a A7: olist lines were stored and listed with an empty quantity).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Preset(
    @JsonProperty("name") String name,
    @JsonProperty("kind") String kind,
    @JsonProperty("label") String label,
    @JsonProperty("detect") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> detect,
    @JsonProperty("fields") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        Map<String, List<String>> fields,
    @JsonProperty("status") Map<String, String> status,
    @JsonProperty("date_formats")
        @JsonAlias("date_format")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> dateFormats,
    @JsonProperty("lines_only") boolean linesOnly,
    @JsonProperty("lowercase") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> lowercase,
    @JsonProperty("null_values") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> nullValues,
    @JsonProperty("notes") String notes,
    @JsonProperty("export_columns")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> exportColumns,
    @JsonProperty("not_generic") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> notGeneric,
    @JsonProperty("money") Map<String, String> money,
    @JsonProperty("date_only") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> dateOnly,
    @JsonProperty("read_elsewhere") Map<String, String> readElsewhere,
    @JsonProperty("currency") String currency,
    @JsonProperty("ignored") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> ignored,
    @JsonProperty("paid_net_of_refund") boolean paidNetOfRefund,
    @JsonProperty("zone") String zone,
    @JsonProperty("decimal") String decimal,
    @JsonProperty("one_row_per_order") boolean oneRowPerOrder,
    @JsonProperty("one_row_per_unit") boolean oneRowPerUnit) {

  /**
   * How the export's amounts write their decimals: {@code decimal: ","} for a decimal comma ({@code
   * 1.234,50}, {@code 12,50}: a Spanish or other continental Excel's resave, review17 R3), else the
   * decimal point.
   */
  public com.shopops.parse.Amounts.Decimal amountsDecimal() {
    return com.shopops.parse.Amounts.Decimal.of(decimal);
  }

  /**
   * The zone the export's times are written in: its own ({@code zone}, Taobao and JD write Beijing
   * time) whatever the store's zone, else the store's (review17 R2, R7: a Madrid store that also
   * sells on Tmall reads Tmall's times as Beijing time, not as Madrid wall-clock times).
   */
  public java.time.ZoneId timesZone(java.time.ZoneId storeZone) {
    return zone == null ? storeZone : java.time.ZoneId.of(zone.strip());
  }

  /**
   * The currency of the export's amounts when no column names one: its own ({@code currency},
   * Taobao and JD amounts are in yuan), else null (the store's). Review17 R1, R7.
   */
  public String amountsCurrency() {
    return currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** How a money field spans an order's rows: {@code money} values. */
  public static final String PER_LINE = "per_line";

  public static final String PER_ORDER = "per_order";

  public Preset {
    detect = detect == null ? List.of() : List.copyOf(detect);
    fields = fields == null ? Map.of() : withoutNulls(fields);
    status = status == null ? Map.of() : Map.copyOf(status);
    dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
    lowercase = lowercase == null ? List.of() : List.copyOf(lowercase);
    nullValues = nullValues == null ? List.of() : List.copyOf(nullValues);
    exportColumns = exportColumns == null ? List.of() : List.copyOf(exportColumns);
    notGeneric = notGeneric == null ? List.of() : List.copyOf(notGeneric);
    money = money == null ? Map.of() : withoutNullValues(money);
    dateOnly = dateOnly == null ? List.of() : List.copyOf(dateOnly);
    readElsewhere = readElsewhere == null ? Map.of() : withoutNullValues(readElsewhere);
    ignored = ignored == null ? List.of() : List.copyOf(ignored);
  }

  /**
   * Whether this export writes {@code field} as a day, whatever time it shows (Olist's {@code
   * order_estimated_delivery_date} is always 00:00:00): a promise then holds until 24:00 of that
   * day in the store zone.
   */
  boolean dateOnly(String field) {
    return dateOnly.contains(field);
  }

  /** Whether {@code field} is summed over an order's rows ({@code amount} is, unless said not). */
  boolean perLine(String field) {
    String said = money.get(field);
    return said == null ? field.equals("amount") : said.equals(PER_LINE);
  }

  /** A money entry without a value (YAML {@code amount:}) keeps an empty one, for a message. */
  private static Map<String, String> withoutNullValues(Map<String, String> money) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    money.forEach((k, v) -> out.put(k, v == null ? "" : v));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A field whose headers are null (YAML {@code amount:}) keeps an empty list, for a message. */
  private static Map<String, List<String>> withoutNulls(Map<String, List<String>> fields) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    fields.forEach(
        (k, v) ->
            out.put(
                k, v == null ? List.of() : v.stream().filter(java.util.Objects::nonNull).toList()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The same layout under another name, kind and fields (a mapping file, the merged generic). */
  Preset with(
      String name, String kind, Map<String, List<String>> fields, Map<String, String> status) {
    return new Preset(
        name,
        kind,
        label,
        detect,
        fields,
        status,
        dateFormats,
        linesOnly,
        lowercase,
        nullValues,
        notes,
        exportColumns,
        notGeneric,
        money,
        dateOnly,
        readElsewhere,
        currency,
        ignored,
        paidNetOfRefund,
        zone,
        decimal,
        oneRowPerOrder,
        oneRowPerUnit);
  }

  /**
   * The same layout with its amounts written with {@code decimal} ({@code ","} or {@code "."}): the
   * option {@code --decimal} over a preset (tryout17 U9).
   */
  Preset withDecimal(String decimal) {
    return new Preset(
        name,
        kind,
        label,
        detect,
        fields,
        status,
        dateFormats,
        linesOnly,
        lowercase,
        nullValues,
        notes,
        exportColumns,
        notGeneric,
        money,
        dateOnly,
        readElsewhere,
        currency,
        ignored,
        paidNetOfRefund,
        zone,
        decimal,
        oneRowPerOrder,
        oneRowPerUnit);
  }

  /** The fields of an order's line items (and the order they belong to). */
  private static final java.util.Set<String> LINE_FIELDS =
      java.util.Set.of(
          "order_id",
          "sku",
          "item_id",
          "title",
          "quantity",
          "unit_price",
          "amount",
          "line_discount",
          "shipping_fee",
          "currency");

  /**
   * Whether the layout reads only an order's line items, no time, status or buyer of the order:
   * {@code lines_only}, or a platform's items file such as Olist's order_items.csv (its times come
   * with its orders file: clarity25b).
   */
  boolean readsOnlyLines() {
    if (linesOnly) {
      return true;
    }
    return !isGeneric()
        && fields != null
        && (fields.containsKey("sku") || fields.containsKey("title"))
        && LINE_FIELDS.containsAll(fields.keySet());
  }

  /** A generic layout (generic-orders…) rather than one platform's export. */
  boolean isGeneric() {
    return name.startsWith("generic-");
  }

  public String describe() {
    return label == null || label.isBlank() ? name : name + " (" + label + ")";
  }
}
