package com.shopops.devtools;

import java.util.List;

/**
 * Fixed reference data for the sample shop: what it sells, where its buyers live, who delivers. A
 * tea, snacks, kitchenware and phone-accessory shop with its warehouse in Hangzhou.
 */
final class Catalog {
  private Catalog() {}

  /** A product as the shop lists it. Prices in fen. */
  record Product(
      String sku,
      String title,
      String category,
      long priceFen,
      int stock,
      String attributes,
      long jdSkuId,
      int weight) {}

  /**
   * A province with the names each platform uses for it. {@code days} is the usual transit time
   * from the Hangzhou warehouse; remote provinces pay a higher shipping fee.
   */
  record Province(
      String shortName,
      String fullName,
      String code,
      String pinyin,
      int days,
      int weight,
      List<City> cities) {
    boolean remote() {
      return days >= 4;
    }
  }

  record City(String name, String zip, List<String> districts) {
    /** "深圳" → "深圳市"; the municipalities use the same form (北京 北京市). */
    String fullName() {
      return name + "市";
    }
  }

  record Carrier(String name, String prefix, int digits, String shopifyCompany) {}

  static final List<Product> PRODUCTS =
      List.of(
          new Product(
              "TEA-LJ-250", "西湖龙井 明前特级 250g 罐装", "茶叶", 26800, 86, "净含量：250g", 100012830451L, 6),
          new Product(
              "TEA-TGY-500", "安溪铁观音 浓香型 500g", "茶叶", 12800, 142, "香型：浓香型", 100012830452L, 7),
          new Product("TEA-PE-357", "云南普洱熟茶 357g 饼", "茶叶", 9800, 60, "年份：2019年", 100012830453L, 5),
          new Product("TEA-BC-100", "福鼎白茶 白牡丹 100g", "茶叶", 7600, 95, "等级：一级", 100012830454L, 4),
          new Product("TEA-HC-50", "桂花乌龙 冷泡茶包 15袋", "茶叶", 3990, 320, "规格：15袋", 100012830455L, 9),
          new Product(
              "TEA-DHP-200", "武夷岩茶 大红袍 200g 礼盒", "茶叶", 18800, 40, "包装：礼盒装", 100012830456L, 3),
          new Product(
              "SNK-NUT-750", "每日坚果 混合果仁 30袋 750g", "零食", 8990, 410, "规格：30袋", 100020114471L, 10),
          new Product(
              "SNK-BEEF-200", "内蒙古风干牛肉干 200g 原味", "零食", 5990, 230, "口味：原味", 100020114472L, 7),
          new Product(
              "SNK-MANGO-500", "芒果干 500g 大包装", "零食", 2990, 520, "规格：500g", 100020114473L, 9),
          new Product("SNK-SEED-1000", "焦糖瓜子 1000g", "零食", 2580, 380, "口味：焦糖", 100020114474L, 6),
          new Product("SNK-MOON-6", "广式月饼 礼盒 6枚装", "零食", 12800, 0, "口味：莲蓉蛋黄", 100020114475L, 2),
          new Product("SNK-HAW-400", "山楂条 400g", "零食", 1690, 610, "规格：400g", 100020114476L, 6),
          new Product("KIT-WOK-32", "铸铁炒锅 32cm 无涂层", "厨具", 19900, 35, "尺寸：32cm", 100031177801L, 4),
          new Product("KIT-KNF-3", "德式不锈钢刀具 三件套", "厨具", 15900, 48, "套装：三件套", 100031177802L, 3),
          new Product(
              "KIT-BRD-40", "整竹砧板 40x28cm", "厨具", 6900, 120, "尺寸：40x28cm", 100031177803L, 4),
          new Product("KIT-POT-18", "陶瓷炖锅 1.8L", "厨具", 13900, 7, "容量：1.8L", 100031177804L, 3),
          new Product("KIT-TEA-SET", "旅行功夫茶具 一壶四杯", "厨具", 11800, 66, "颜色分类：青瓷", 100031177805L, 4),
          new Product("KIT-SPAT-5", "硅胶厨具 五件套", "厨具", 4590, 205, "颜色分类：灰色", 100031177806L, 5),
          new Product(
              "ACC-CHG-65", "氮化镓充电器 65W 双口", "手机配件", 9900, 260, "颜色分类：白色", 100044390121L, 8),
          new Product(
              "ACC-CBL-2M",
              "Type-C 编织数据线 2m, 100W快充",
              "手机配件",
              1990,
              900,
              "长度：2m",
              100044390122L,
              10),
          new Product(
              "ACC-PB-20K", "充电宝 20000mAh 快充", "手机配件", 12900, 150, "颜色分类：黑色", 100044390123L, 6),
          new Product(
              "ACC-CASE-15", "磁吸手机壳 适用iPhone 15", "手机配件", 3900, 340, "颜色分类：透明", 100044390124L, 7),
          new Product(
              "ACC-FILM-2", "钢化膜 防窥 2片装", "手机配件", 2990, 800, "型号：iPhone 15", 100044390125L, 8),
          new Product("ACC-STAND", "桌面手机支架 铝合金", "手机配件", 3500, 0, "颜色分类：银色", 100044390126L, 4));

  static final List<Province> PROVINCES =
      List.of(
          new Province(
              "广东",
              "广东省",
              "GD",
              "Guangdong",
              2,
              16,
              List.of(
                  new City("深圳", "518000", List.of("南山区", "福田区", "宝安区")),
                  new City("广州", "510000", List.of("天河区", "海珠区")),
                  new City("东莞", "523000", List.of("南城街道")))),
          new Province(
              "浙江",
              "浙江省",
              "ZJ",
              "Zhejiang",
              1,
              12,
              List.of(
                  new City("杭州", "310000", List.of("西湖区", "余杭区", "滨江区")),
                  new City("宁波", "315000", List.of("鄞州区")))),
          new Province(
              "江苏",
              "江苏省",
              "JS",
              "Jiangsu",
              1,
              10,
              List.of(
                  new City("南京", "210000", List.of("鼓楼区", "建邺区")),
                  new City("苏州", "215000", List.of("工业园区", "姑苏区")))),
          new Province(
              "上海",
              "上海市",
              "SH",
              "Shanghai",
              1,
              10,
              List.of(new City("上海", "200000", List.of("浦东新区", "徐汇区", "闵行区")))),
          new Province(
              "北京",
              "北京市",
              "BJ",
              "Beijing",
              2,
              9,
              List.of(new City("北京", "100000", List.of("朝阳区", "海淀区")))),
          new Province(
              "四川",
              "四川省",
              "SC",
              "Sichuan",
              3,
              7,
              List.of(new City("成都", "610000", List.of("武侯区", "高新区")))),
          new Province(
              "湖北",
              "湖北省",
              "HB",
              "Hubei",
              2,
              5,
              List.of(new City("武汉", "430000", List.of("洪山区", "江汉区")))),
          new Province(
              "山东",
              "山东省",
              "SD",
              "Shandong",
              2,
              6,
              List.of(
                  new City("青岛", "266000", List.of("市南区")),
                  new City("济南", "250000", List.of("历下区")))),
          new Province(
              "福建",
              "福建省",
              "FJ",
              "Fujian",
              2,
              5,
              List.of(
                  new City("厦门", "361000", List.of("思明区")),
                  new City("福州", "350000", List.of("鼓楼区")))),
          new Province(
              "河南", "河南省", "HA", "Henan", 2, 4, List.of(new City("郑州", "450000", List.of("金水区")))),
          new Province(
              "湖南", "湖南省", "HN", "Hunan", 2, 4, List.of(new City("长沙", "410000", List.of("岳麓区")))),
          new Province(
              "陕西",
              "陕西省",
              "SN",
              "Shaanxi",
              3,
              3,
              List.of(new City("西安", "710000", List.of("雁塔区")))),
          new Province(
              "辽宁",
              "辽宁省",
              "LN",
              "Liaoning",
              3,
              3,
              List.of(new City("沈阳", "110000", List.of("和平区")))),
          new Province(
              "天津",
              "天津市",
              "TJ",
              "Tianjin",
              2,
              2,
              List.of(new City("天津", "300000", List.of("南开区")))),
          new Province(
              "内蒙古",
              "内蒙古自治区",
              "NM",
              "Inner Mongolia",
              4,
              1,
              List.of(new City("呼和浩特", "010000", List.of("新城区")))),
          new Province(
              "新疆",
              "新疆维吾尔自治区",
              "XJ",
              "Xinjiang",
              4,
              1,
              List.of(new City("乌鲁木齐", "830000", List.of("天山区")))));

  static final List<Carrier> CARRIERS =
      List.of(
          new Carrier("中通快递", "75", 12, "ZTO Express"),
          new Carrier("圆通速递", "YT", 13, "YTO Express"),
          new Carrier("韵达快递", "43", 13, "Yunda Express"),
          new Carrier("顺丰速运", "SF", 13, "SF Express"),
          new Carrier("京东物流", "JDVA", 11, "JD Logistics"),
          new Carrier("邮政EMS", "11", 11, "China Post"));

  /**
   * How often each carrier is used, same order as {@link #CARRIERS}: the cheap 通达 carriers carry
   * most parcels.
   */
  static final int[] CARRIER_WEIGHTS = {30, 22, 18, 16, 8, 6};

  static final String[] SURNAMES =
      ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董").split(" ");
  static final String[] GIVEN_NAMES =
      ("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 晓东 子涵 雨桐 浩然 欣怡 梓轩 思远 嘉怡 俊杰 婷婷 晨 宇 佳琪 文博 一鸣 若曦 志强")
          .split(" ");
  static final String[] STREETS =
      ("科技园路 深南大道 中山路 人民路 解放路 建设路 文三路 学院路 长江路 滨江大道 和平路 新华路 东风路 体育西路 望京街 南京西路").split(" ");
  static final String[] NICK_WORDS = ("爱喝茶的 小鱼儿 吃货 阳光 快乐 追风 安静的 一只 向日葵 月亮 柠檬 奶茶 夏天 清风").split(" ");
  static final String[] EMAIL_DOMAINS = {
    "qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com"
  };

  static final String[] POSITIVE_COMMENTS = {
    "茶叶很香，包装也很精美，送人很有面子",
    "物流很快，第二天就到了",
    "第三次回购了，品质一如既往",
    "味道不错，家里人都喜欢吃",
    "做工扎实，用了几天没问题",
    "充电很快，手感不错",
    "客服态度很好，有问必答",
    "性价比高，会推荐给朋友",
    "",
  };
  static final String[] NEUTRAL_COMMENTS = {
    "还行吧，和图片有点差别", "一般般，价格有点贵", "东西可以，就是快递慢了点", "",
  };
  static final String[] NEGATIVE_COMMENTS = {
    "发货太慢了，等了好几天", "包装破损，里面的东西也压坏了", "和描述不符，申请退货了", "质量一般，用了两天就坏了",
  };

  /** Overseas buyers of the Shopify storefront (they pay in USD). */
  record Overseas(
      String first,
      String last,
      String email,
      String street,
      String city,
      String zip,
      String provinceCode,
      String provinceName,
      String country,
      String phone) {}

  static final List<Overseas> OVERSEAS =
      List.of(
          new Overseas(
              "Emma",
              "Laurent",
              "emma.laurent@example.fr",
              "12 Rue de Rivoli",
              "Paris",
              "75008",
              "",
              "",
              "FR",
              "+33612345678"),
          new Overseas(
              "James",
              "Carter",
              "jcarter@example.com",
              "350 5th Ave",
              "New York",
              "10118",
              "NY",
              "New York",
              "US",
              "+12125550143"),
          new Overseas(
              "Olivia",
              "Chen",
              "olivia.chen@example.com",
              "88 King St",
              "San Francisco",
              "94107",
              "CA",
              "California",
              "US",
              "+14155550178"),
          new Overseas(
              "Noah",
              "Kim",
              "noah.kim@example.com",
              "77 Beacon St",
              "Boston",
              "02134",
              "MA",
              "Massachusetts",
              "US",
              "+16175550112"),
          new Overseas(
              "Sophie",
              "Wagner",
              "sophie.w@example.de",
              "Torstrasse 5",
              "Berlin",
              "10115",
              "",
              "",
              "DE",
              "+4915112345678"),
          new Overseas(
              "Lucas",
              "Martin",
              "lucas.martin@example.fr",
              "4 Quai Saint-Antoine",
              "Lyon",
              "69002",
              "",
              "",
              "FR",
              "+33698765432"));
}
