package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick refusal in front of the mobile pattern refuses only what the pattern refuses. */
class CustomerIdsTest {
  private static final Pattern MOBILE_LIKE = Pattern.compile("\\+?[\\d\\s().-]{11,22}");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  /** The check as it was before the quick refusal: the patterns alone. */
  private static boolean reference(String id) {
    if (!MOBILE_LIKE.matcher(id.strip()).matches()) {
      return false;
    }
    String d = id.replaceAll("\\D", "");
    if (d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.startsWith("86") && d.length() == 13) {
      d = d.substring(2);
    }
    return MOBILE.matcher(d).matches();
  }

  @Test
  void mobilesAndOtherIdsAreToldApartAsBefore() {
    List<String> ids =
        new ArrayList<>(
            List.of(
                "13812341234",
                "+86 138-1234-1234",
                " 13812341234\t",
                "\u00a013812341234",
                "\u200313812341234",
                "(0086)138.1234.1234",
                "8613812341234",
                "1381234123",
                "138123412345x",
                "C97557",
                "SO202605010001",
                "tel-0a1b2c3d4e5f",
                "",
                "１３８１２３４１２３４",
                "12345678901234567890123"));
    Random random = new Random(11);
    char[] alphabet = "0123456789+().- \t\u00a0\u2003x1".toCharArray();
    for (int i = 0; i < 5000; i++) {
      char[] c = new char[random.nextInt(26)];
      for (int j = 0; j < c.length; j++) {
        c[j] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : '1';
      }
      ids.add(new String(c));
    }
    for (String id : ids) {
      assertEquals(reference(id), CustomerIds.mainlandMobile(id), id);
    }
    assertEquals(true, CustomerIds.mainlandMobile("+86 138-1234-1234"));
    assertEquals(false, CustomerIds.mainlandMobile("C97557"));
  }
}
