package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The other-currency spend reaches {@link Candidate} as figures and each language words it (no
 * regex over the English text): {@code GBP 117.00 (2)} / {@code GBP 117.00（2 单）}.
 */
class CandidateSpentTest {
  @Test
  void theRankedMoneyThenEachOtherCurrencyInTheReasonsLanguage() {
    Candidate c =
        Candidate.builder("C1")
            .totalSpend(1000)
            .currency("EUR")
            .otherSpend(List.of(new OtherSpend("GBP", 11700, 2), new OtherSpend("USD", 3500, 1)))
            .build();
    assertEquals("EUR 10.00; GBP 117.00 (2); USD 35.00 (1)", c.spent());
    assertEquals("EUR 10.00，GBP 117.00（2 单），USD 35.00（1 单）", c.spentZh());
  }

  @Test
  void aBuyerWhoPaidInOtherCurrenciesOnlyIsSaidInThoseAlone() {
    Candidate c =
        Candidate.builder("C2").otherSpend(List.of(new OtherSpend("USD", 3500, 1))).build();
    assertEquals("USD 35.00 (1)", c.spent());
    assertEquals("USD 35.00（1 单）", c.spentZh());
  }

  @Test
  void withoutOtherCurrenciesTheMoneyAlone() {
    Candidate c = Candidate.builder("C3").totalSpend(50000).build();
    assertEquals("¥500.00", c.spent());
    assertEquals("¥500.00", c.spentZh());
  }
}
