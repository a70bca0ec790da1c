package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {
  @Test
  void picksTheMostFrequent() {
    assertEquals(',', DelimiterSniffer.sniff("订单编号,买家会员名,买家支付宝账号"));
    assertEquals('\t', DelimiterSniffer.sniff("order_id\tcustomer_id\tamount"));
    assertEquals(';', DelimiterSniffer.sniff("order_id;customer_id;amount"));
    assertEquals('|', DelimiterSniffer.sniff("order_id|customer_id|amount"));
    assertEquals(';', DelimiterSniffer.sniff("Name;Total, CNY;Paid at"), "one comma inside a name");
  }

  @Test
  void ignoresDelimitersInsideQuotes() {
    assertEquals('\t', DelimiterSniffer.sniff("\"a,b,c\"\t\"d,e\"\tf"));
    assertEquals(';', DelimiterSniffer.sniff("\"say \"\"a,b,c\"\"\";x;y"));
  }

  @Test
  void tieOrNothingGivesComma() {
    assertEquals(',', DelimiterSniffer.sniff("a;b\tc"));
    assertEquals(',', DelimiterSniffer.sniff("a;b;c\td\te"));
    assertEquals(',', DelimiterSniffer.sniff("order_id"));
    assertEquals(',', DelimiterSniffer.sniff(""));
    assertEquals(',', DelimiterSniffer.sniff(null));
  }
}
