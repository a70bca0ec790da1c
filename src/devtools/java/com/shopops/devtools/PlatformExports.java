package com.shopops.devtools;

import static com.shopops.devtools.Csv.money;
import static com.shopops.devtools.Csv.time;

import com.shopops.devtools.Catalog.Overseas;
import com.shopops.devtools.ShopModel.Customer;
import com.shopops.devtools.ShopModel.Line;
import com.shopops.devtools.ShopModel.Order;
import com.shopops.devtools.ShopModel.Status;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same shop seen through the platforms' own exports, with their real headers and their traps:
 * Shopify's order fields on the first line-item row only, Taobao's two GBK files joined by 19-digit
 * 订单编号, JD's order totals repeated on every SKU row.
 */
final class PlatformExports {
  private PlatformExports() {}

  static final String SHOP_NAME = "茶食集旗舰店";

  // ------------------------------------------------------------------ Shopify

  /** DOMAIN.md §4.1, in export order; the five tax pairs spelled out. */
  static final List<String> SHOPIFY_ORDERS_HEADER = shopifyOrdersHeader();

  private static List<String> shopifyOrdersHeader() {
    List<String> h =
        new ArrayList<>(
            List.of(
                ("Name,Email,Financial Status,Paid at,Fulfillment Status,"
                        + "Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,"
                        + "Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                        + "Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
                        + "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,"
                        + "Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
                        + "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,"
                        + "Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,"
                        + "Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
                        + "Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount")
                    .split(",")));
    for (int i = 1; i <= 5; i++) {
      h.add("Tax " + i + " Name");
      h.add("Tax " + i + " Value");
    }
    h.addAll(
        List.of(
            "Phone",
            "Receipt Number",
            "Duties",
            "Billing Province Name",
            "Shipping Province Name",
            "Payment ID",
            "Payment Terms Name",
            "Next Payment Due At",
            "Payment References"));
    return List.copyOf(h);
  }

  /** DOMAIN.md §4.2, the current generation. */
  static final List<String> SHOPIFY_CUSTOMERS_HEADER =
      List.of(
          ("Customer ID,First Name,Last Name,"
                  + "Email,Accepts Email Marketing,Default Address Company,Default Address Address1,"
                  + "Default Address Address2,Default Address City,Default Address Province Code,"
                  + "Default Address Country Code,Default Address Zip,Default Address Phone,Phone,"
                  + "Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags")
              .split(","));

  private static final DateTimeFormatter SHOPIFY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

  private static String shopifyTime(LocalDateTime t) {
    return t == null ? "" : SHOPIFY_TIME.format(t.atOffset(ZoneOffset.ofHours(8)));
  }

  /** US sales tax on the overseas orders that ship to a US state; none elsewhere. */
  private static long taxFen(Order o) {
    return o.overseas != null && o.overseas.country().equals("US")
        ? o.goodsFen() * 625 / 10_000
        : 0;
  }

  private static String financialStatus(Order o) {
    if (o.status == Status.PENDING) return "pending";
    if (o.status == Status.REFUNDED) return "refunded";
    return o.refundedFen() > 0 ? "partially_refunded" : "paid";
  }

  private static String fulfillmentStatus(Order o) {
    if (o.shippedAt != null) return "fulfilled";
    return o.partialFulfilment ? "partial" : "unfulfilled";
  }

  /**
   * One row per line item. Order-level fields are on the first row only; later rows of the same
   * order carry Name, Email and the Lineitem columns, as Shopify writes them.
   */
  static CsvFile shopifyOrders(List<Order> orders) {
    CsvFile f = new CsvFile(SHOPIFY_ORDERS_HEADER);
    for (Order o : orders) {
      int number = Integer.parseInt(o.id.substring(1));
      Address a = Address.of(o);
      // Excel mangles leading zeros: Shopify prefixes such cells with an apostrophe.
      String zip = a.zip.startsWith("0") || number % 3 == 0 ? "'" + a.zip : a.zip;
      String phone = number % 2 == 0 ? "'" + a.phone : a.phone;
      long tax = taxFen(o);
      String paymentId = o.paidAt == null ? "" : "c" + (23_000_000_000L + number * 7_919L) + ".1";
      for (int i = 0; i < o.lines.size(); i++) {
        Line l = o.lines.get(i);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Name", o.id);
        v.put("Email", a.email);
        v.put("Lineitem quantity", String.valueOf(l.quantity));
        v.put("Lineitem name", l.product.title());
        v.put("Lineitem price", money(l.unitPriceFen));
        v.put(
            "Lineitem compare at price",
            l.product.category().equals("茶叶") ? money(l.unitPriceFen / 4 * 5 / 100 * 100) : "");
        v.put("Lineitem sku", l.product.sku());
        v.put("Lineitem requires shipping", "true");
        v.put("Lineitem taxable", "true");
        boolean lineShipped = o.shippedAt != null || (o.partialFulfilment && i == 0);
        v.put("Lineitem fulfillment status", lineShipped ? "fulfilled" : "pending");
        v.put("Lineitem discount", money(l.unitPriceFen * l.quantity - l.amountFen));
        if (i == 0) {
          v.put("Financial Status", financialStatus(o));
          v.put("Paid at", shopifyTime(o.paidAt));
          v.put("Fulfillment Status", fulfillmentStatus(o));
          v.put("Fulfilled at", shopifyTime(o.shippedAt));
          v.put("Accepts Marketing", a.acceptsMarketing ? "yes" : "no");
          v.put("Currency", o.currency);
          v.put("Subtotal", money(o.goodsFen()));
          v.put("Shipping", money(o.shippingFeeFen));
          v.put("Taxes", money(tax));
          v.put("Total", money(o.totalFen() + tax));
          v.put("Discount Code", o.discountCode);
          v.put("Discount Amount", money(o.discountFen));
          v.put("Shipping Method", o.overseas != null ? "International Standard" : "标准快递");
          v.put("Created at", shopifyTime(o.createdAt));
          for (String side : new String[] {"Billing", "Shipping"}) {
            v.put(side + " Name", a.name);
            v.put(side + " Street", a.address1 + (a.address2.isEmpty() ? "" : ", " + a.address2));
            v.put(side + " Address1", a.address1);
            v.put(side + " Address2", a.address2);
            v.put(side + " City", a.city);
            v.put(side + " Zip", zip);
            v.put(side + " Province", a.provinceCode);
            v.put(side + " Country", a.country);
            v.put(side + " Phone", phone);
            v.put(side + " Province Name", a.provinceName);
          }
          v.put("Notes", o.buyerNote);
          v.put(
              "Cancelled at",
              o.status == Status.REFUNDED && o.shippedAt == null ? shopifyTime(o.closedAt) : "");
          v.put(
              "Payment Method",
              o.paidAt == null
                  ? "Bank Deposit"
                  : o.currency.equals("USD") ? "Shopify Payments" : "Alipay Global");
          v.put("Payment Reference", paymentId);
          v.put(
              "Refunded Amount",
              money(
                  o.status == Status.REFUNDED && o.shippedAt == null
                      ? o.totalFen()
                      : o.refundedFen()));
          v.put("Vendor", "茶食集");
          v.put("Outstanding Balance", money(o.paidAt == null ? o.totalFen() + tax : 0));
          v.put("Id", String.valueOf(5_829_301_774_506L + number * 1_013L));
          v.put("Tags", o.overseas != null ? "overseas" : "");
          v.put("Risk Level", "Low");
          v.put("Source", number % 4 == 0 ? "shopify_draft_order" : "web");
          if (tax > 0) {
            v.put("Tax 1 Name", "State Tax 6.25%");
            v.put("Tax 1 Value", money(tax));
          }
          v.put("Phone", a.phone);
          v.put("Payment ID", paymentId.isEmpty() ? "" : "r" + paymentId.substring(1, 12));
          v.put("Payment References", paymentId);
        }
        f.row(SHOPIFY_ORDERS_HEADER.stream().map(h -> v.getOrDefault(h, "")).toList());
      }
    }
    return f;
  }

  /** The Shopify store's customers: who bought there, Chinese and overseas. */
  static CsvFile shopifyCustomers(List<Order> orders) {
    Map<String, List<Order>> byEmail =
        orders.stream()
            .collect(
                Collectors.groupingBy(
                    o -> Address.of(o).customerKey, LinkedHashMap::new, Collectors.toList()));
    CsvFile f = new CsvFile(SHOPIFY_CUSTOMERS_HEADER);
    for (List<Order> theirs : byEmail.values()) {
      Order first = theirs.get(0);
      Address a = Address.of(first);
      long spent =
          theirs.stream()
              .filter(o -> o.paidAt != null)
              .mapToLong(o -> o.totalFen() + taxFen(o) - o.refundedFen())
              .sum();
      long id =
          first.customer != null
              ? first.customer.shopifyId()
              : 7_310_448_301_122L + Catalog.OVERSEAS.indexOf(first.overseas) * 7_919L;
      f.row(
          "'" + id,
          a.firstName,
          a.lastName,
          a.email,
          a.acceptsMarketing ? "yes" : "no",
          "",
          a.address1,
          a.address2,
          a.city,
          a.provinceCode,
          a.country,
          "'" + a.zip,
          "'" + a.phone,
          a.phone,
          "no",
          money(spent),
          String.valueOf(theirs.size()),
          "",
          "no",
          theirs.size() >= 3 ? "VIP" : "");
    }
    return f;
  }

  /** A buyer's name and address as Shopify writes it, for a Chinese customer or an overseas one. */
  private record Address(
      String customerKey,
      String name,
      String firstName,
      String lastName,
      String email,
      String address1,
      String address2,
      String city,
      String zip,
      String provinceCode,
      String provinceName,
      String country,
      String phone,
      boolean acceptsMarketing) {
    static Address of(Order o) {
      Overseas x = o.overseas;
      if (x != null) {
        return new Address(
            x.email(),
            x.first() + " " + x.last(),
            x.first(),
            x.last(),
            x.email(),
            x.street(),
            "",
            x.city(),
            x.zip(),
            x.provinceCode(),
            x.provinceName(),
            x.country(),
            x.phone(),
            true);
      }
      Customer c = o.customer;
      return new Address(
          c.id(),
          c.name(),
          c.givenName(),
          c.surname(),
          c.email(),
          o.street,
          o.district,
          o.city.fullName(),
          o.city.zip(),
          o.province.code(),
          o.province.pinyin(),
          "CN",
          "+86" + c.phone(),
          c.acceptsMarketing());
    }
  }

  // ------------------------------------------------------------------ Taobao

  /**
   * 订单报表, the 41-column version (cn-platform-export-headers/SOURCE.md). Two names carry the
   * trailing space real files have.
   */
  static final List<String> TAOBAO_ORDERS_HEADER =
      List.of(
          ("订单编号,买家会员名,买家支付宝账号,买家应付货款,"
                  + "买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,"
                  + "收货地址 ,运送方式,联系电话,联系手机,订单创建时间,订单付款时间 ,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,"
                  + "宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,"
                  + "定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易")
              .split(","));

  /** 宝贝报表: the line items of the same orders. */
  static final List<String> TAOBAO_ITEMS_HEADER =
      List.of("订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码".split(","));

  static String taobaoStatus(Order o) {
    return switch (o.status) {
      case PENDING -> "等待买家付款";
      case PAID -> "买家已付款，等待卖家发货";
      case SHIPPED, DELIVERED -> "卖家已发货，等待买家确认";
      case COMPLETED -> "交易成功";
      case CANCELLED, REFUNDED -> "交易关闭"; // a full refund closes the trade
    };
  }

  static CsvFile taobaoOrders(List<Order> orders) {
    CsvFile f = new CsvFile(TAOBAO_ORDERS_HEADER);
    for (Order o : orders) {
      Customer c = o.customer;
      boolean municipality = o.province.shortName().equals(o.city.name());
      String address =
          String.join(
              " ",
              municipality ? o.province.shortName() : o.province.fullName(),
              o.city.fullName(),
              o.district,
              o.street);
      String paidTime =
          o.paidAt != null
              ? time(o.paidAt)
              : o.status == Status.PENDING ? "0000-00-00 00:00:00" : "";
      boolean closed = o.status == Status.CANCELLED || o.status == Status.REFUNDED;
      f.row(
          o.id,
          c.taobaoNick(),
          c.phone().substring(0, 3) + "****" + c.phone().substring(7),
          money(o.goodsFen()),
          money(o.shippingFeeFen),
          "0",
          money(o.totalFen()),
          "0",
          money(o.paidAt == null ? 0 : o.totalFen()),
          "0",
          taobaoStatus(o),
          o.buyerNote,
          c.name(),
          address,
          "快递",
          "",
          c.phone(),
          time(o.createdAt),
          paidTime,
          o.lines.stream().map(l -> l.product.title()).collect(Collectors.joining("，")),
          String.valueOf(o.lines.size()),
          o.trackingNo,
          o.carrier == null ? "" : o.carrier.name(),
          "",
          String.valueOf(o.quantity()),
          "57300135",
          SHOP_NAME,
          closed ? (o.closeReason.isEmpty() ? "退款成功" : o.closeReason) : "订单未关闭",
          "0.00",
          "0.00",
          "",
          o.id.charAt(18) < '8' ? "手机订单" : "",
          "",
          "",
          "",
          "",
          "",
          "",
          "0.00",
          "0.00",
          "");
    }
    return f;
  }

  static CsvFile taobaoItems(List<Order> orders) {
    CsvFile f = new CsvFile(TAOBAO_ITEMS_HEADER);
    for (Order o : orders) {
      for (Line l : o.lines) {
        f.row(
            o.id,
            l.product.title(),
            money(l.unitPriceFen),
            String.valueOf(l.quantity),
            l.product.sku(),
            l.product.attributes(),
            "",
            "",
            taobaoStatus(o),
            l.product.sku());
      }
    }
    return f;
  }

  // ------------------------------------------------------------------ JD

  /** JD POP 订单导出, 30 columns (cn-platform-export-headers/SOURCE.md). */
  static final List<String> JD_ORDERS_HEADER =
      List.of(
          ("订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,"
                  + "订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,"
                  + "发票抬头,发票内容,商家备注,商家备注等级（等级1-5为由高到低）,运费金额,付款确认时间,增值税发票,货号,订单完成时间,"
                  + "订单来源,订单渠道")
              .split(","));

  static String jdStatus(Order o) {
    return switch (o.status) {
      case PAID -> "等待出库";
      case SHIPPED, DELIVERED -> "等待确认收货";
      case COMPLETED -> "完成";
      case PENDING, CANCELLED -> "已取消";
      case REFUNDED ->
          o.shippedAt == null ? "已取消" : "完成"; // after-sale refunds do not reopen a JD order
    };
  }

  /** One row per SKU; 订单金额, 应付金额 and 运费金额 repeat on every row of the order. */
  static CsvFile jdOrders(List<Order> orders) {
    CsvFile f = new CsvFile(JD_ORDERS_HEADER);
    for (Order o : orders) {
      Customer c = o.customer;
      String phone = c.phone().charAt(0) + "******" + c.phone().substring(7);
      String address =
          o.province.shortName()
              + (o.province.shortName().equals(o.city.name()) ? "" : o.city.fullName())
              + o.district
              + o.street;
      String orderAmount = money(o.listFen() + o.shippingFeeFen);
      String payable = money(o.totalFen());
      for (Line l : o.lines) {
        f.row(
            o.id,
            String.valueOf(l.product.jdSkuId()),
            l.product.title(),
            String.valueOf(l.quantity),
            "在线支付",
            time(o.createdAt),
            money(l.unitPriceFen),
            orderAmount,
            payable,
            "0.00",
            payable,
            jdStatus(o),
            "普通订单",
            c.jdAccount(),
            c.name(),
            address,
            phone,
            o.buyerNote,
            "电子发票",
            "个人",
            "商品明细",
            "",
            "",
            money(o.shippingFeeFen),
            time(o.paidAt),
            "否",
            l.product.sku(),
            o.status == Status.COMPLETED ? time(o.confirmedAt) : "",
            o.id.charAt(11) < '7' ? "移动端" : "PC端",
            "京东商城");
      }
    }
    return f;
  }
}
