package com.shopops.domain.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Province names as exports write them (广东省, 广东, Guangdong, GD, 广西壮族自治区…) reduced to the short
 * name, and the short name mapped to the seven sales regions (华东, 华南, 华北, 华中, 西南, 西北, 东北). Hong
 * Kong, Macau and Taiwan are grouped as 港澳台, which is none of the seven.
 */
public final class Regions {
  public static final List<String> NAMES = List.of("华东", "华南", "华北", "华中", "西南", "西北", "东北", "港澳台");

  private record Province(String shortName, String region, String pinyin, String code) {}

  private static final List<Province> PROVINCES =
      List.of(
          new Province("上海", "华东", "shanghai", "SH"),
          new Province("江苏", "华东", "jiangsu", "JS"),
          new Province("浙江", "华东", "zhejiang", "ZJ"),
          new Province("安徽", "华东", "anhui", "AH"),
          new Province("福建", "华东", "fujian", "FJ"),
          new Province("江西", "华东", "jiangxi", "JX"),
          new Province("山东", "华东", "shandong", "SD"),
          new Province("广东", "华南", "guangdong", "GD"),
          new Province("广西", "华南", "guangxi", "GX"),
          new Province("海南", "华南", "hainan", "HI"),
          new Province("北京", "华北", "beijing", "BJ"),
          new Province("天津", "华北", "tianjin", "TJ"),
          new Province("河北", "华北", "hebei", "HE"),
          new Province("山西", "华北", "shanxi", "SX"),
          new Province("内蒙古", "华北", "inner mongolia", "NM"),
          new Province("河南", "华中", "henan", "HA"),
          new Province("湖北", "华中", "hubei", "HB"),
          new Province("湖南", "华中", "hunan", "HN"),
          new Province("重庆", "西南", "chongqing", "CQ"),
          new Province("四川", "西南", "sichuan", "SC"),
          new Province("贵州", "西南", "guizhou", "GZ"),
          new Province("云南", "西南", "yunnan", "YN"),
          new Province("西藏", "西南", "tibet", "XZ"),
          new Province("陕西", "西北", "shaanxi", "SN"),
          new Province("甘肃", "西北", "gansu", "GS"),
          new Province("青海", "西北", "qinghai", "QH"),
          new Province("宁夏", "西北", "ningxia", "NX"),
          new Province("新疆", "西北", "xinjiang", "XJ"),
          new Province("辽宁", "东北", "liaoning", "LN"),
          new Province("吉林", "东北", "jilin", "JL"),
          new Province("黑龙江", "东北", "heilongjiang", "HL"),
          new Province("香港", "港澳台", "hong kong", "HK"),
          new Province("澳门", "港澳台", "macau", "MO"),
          new Province("台湾", "港澳台", "taiwan", "TW"));

  private static final Map<String, Province> BY_NAME = new HashMap<>();

  /** Bare two-letter codes (SC, HI, MO…): Chinese only when the row's country says China. */
  private static final Map<String, Province> BY_CODE = new HashMap<>();

  private static final java.util.Set<String> CHINA =
      java.util.Set.of("cn", "chn", "china", "中国", "中华人民共和国", "中国大陆", "people's republic of china");

  static {
    for (Province p : PROVINCES) {
      BY_NAME.put(p.shortName(), p);
      BY_NAME.put(p.pinyin(), p);
      BY_NAME.put(p.pinyin().replace(" ", ""), p);
      BY_CODE.put(p.code().toLowerCase(Locale.ROOT), p);
      BY_NAME.put("cn-" + p.code().toLowerCase(Locale.ROOT), p);
    }
    // the one-character abbreviations of number plates and tables (川, 粤, 沪…)
    String[][] abbreviations = {
      {"沪", "上海"}, {"苏", "江苏"}, {"浙", "浙江"}, {"皖", "安徽"}, {"闽", "福建"}, {"赣", "江西"},
      {"鲁", "山东"}, {"粤", "广东"}, {"桂", "广西"}, {"琼", "海南"}, {"京", "北京"}, {"津", "天津"},
      {"冀", "河北"}, {"晋", "山西"}, {"蒙", "内蒙古"}, {"豫", "河南"}, {"鄂", "湖北"}, {"湘", "湖南"},
      {"渝", "重庆"}, {"川", "四川"}, {"蜀", "四川"}, {"黔", "贵州"}, {"贵", "贵州"}, {"滇", "云南"},
      {"云", "云南"}, {"藏", "西藏"}, {"陕", "陕西"}, {"秦", "陕西"}, {"甘", "甘肃"}, {"陇", "甘肃"},
      {"青", "青海"}, {"宁", "宁夏"}, {"新", "新疆"}, {"辽", "辽宁"}, {"吉", "吉林"}, {"黑", "黑龙江"},
      {"港", "香港"}, {"澳", "澳门"}, {"台", "台湾"}
    };
    for (String[] a : abbreviations) {
      BY_NAME.put(a[0], BY_NAME.get(a[1]));
    }
    BY_NAME.put("macao", BY_NAME.get("澳门"));
    BY_NAME.put("xizang", BY_NAME.get("西藏"));
    BY_NAME.put("neimenggu", BY_NAME.get("内蒙古"));
  }

  private static final List<String> SUFFIXES =
      List.of("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市");

  private Regions() {}

  /**
   * The short province name (广东), or the input trimmed when it is not a province we know. A bare
   * two-letter code (SC, HI) is kept as written: it names a Chinese province only with a country,
   * see {@link #province(String, String)}.
   */
  public static String province(String raw) {
    return province(raw, null);
  }

  /**
   * As {@link #province(String)}, and a two-letter code (GD, SC) is read as a Chinese province when
   * {@code country} names China (CN, CHN, China, 中国); any other country or none keeps it as written
   * (SC is Santa Catarina in Brazil, HI is Hawaii).
   */
  public static String province(String raw, String country) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    Optional<Province> p = lookup(s);
    if (p.isEmpty() && isChina(country)) {
      p = Optional.ofNullable(BY_CODE.get(s.toLowerCase(Locale.ROOT)));
    }
    return p.map(Province::shortName).orElse(s);
  }

  /** Whether a country column's value names China (CN, CHN, China, 中国…). */
  public static boolean isChina(String country) {
    return country != null && CHINA.contains(country.strip().toLowerCase(Locale.ROOT));
  }

  /** The region of a province in any of the accepted spellings; empty when unknown. */
  public static Optional<String> region(String province) {
    if (province == null || province.isBlank()) {
      return Optional.empty();
    }
    return lookup(province.strip()).map(Province::region);
  }

  /**
   * Splits an address that starts with a province (广东省 深圳市 南山区 科技园路1号, or 北京朝阳区…) into {province,
   * city}; either may be null.
   */
  public static String[] provinceAndCity(String address) {
    if (address == null || address.isBlank()) {
      return new String[] {null, null};
    }
    String s = address.strip();
    String[] parts = s.split("[\\s\\u3000]+");
    Optional<Province> first = lookup(parts[0]);
    if (first.isPresent()) {
      String city = parts.length > 1 ? stripCitySuffix(parts[1]) : null;
      if (first.get().shortName().equals(city) || city == null) {
        // municipalities write 北京 北京市 朝阳区: the city is the municipality itself
        city = first.get().shortName();
      }
      return new String[] {first.get().shortName(), city};
    }
    for (Province p : PROVINCES) {
      if (s.startsWith(p.shortName())) {
        return new String[] {p.shortName(), null};
      }
    }
    return new String[] {null, null};
  }

  /** A city name as exports write it (深圳市, 深圳) reduced to the short name (深圳). */
  public static String city(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return stripCitySuffix(raw.strip());
  }

  private static String stripCitySuffix(String city) {
    if (city.endsWith("市") && city.length() > 2) {
      return city.substring(0, city.length() - 1);
    }
    return city;
  }

  private static Optional<Province> lookup(String s) {
    Province p = BY_NAME.get(s.toLowerCase(Locale.ROOT));
    if (p != null) {
      return Optional.of(p);
    }
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        p = BY_NAME.get(s.substring(0, s.length() - suffix.length()));
        if (p != null) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
