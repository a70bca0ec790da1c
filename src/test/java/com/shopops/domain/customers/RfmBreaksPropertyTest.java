package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A buyer scored alone from the breaks gets the score the full ranking gives them, under both
 * binnings, whatever the ties, the number of buyers (fewer than bins included) and the bins.
 */
class RfmBreaksPropertyTest {

  @Provide
  Arbitrary<List<RfmInput>> buyers() {
    Arbitrary<long[]> figures =
        Combinators.combine(
                Arbitraries.longs().between(0, 40),
                Arbitraries.longs().between(1, 6),
                Arbitraries.longs().between(-500, 5000))
            .as((r, f, m) -> new long[] {r, f, m});
    return figures
        .list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .map(
            rows -> {
              List<RfmInput> out = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                long[] x = rows.get(i);
                // ids out of numeric order, so that NTILE's tie-break is by text
                out.add(new RfmInput("C" + (i * 7 % 41), x[0], (int) x[1], x[2]));
              }
              return out;
            });
  }

  @Property(tries = 300)
  void oneBuyerFromTheBreaksScoresAsTheFullRanking(
      @ForAll("buyers") List<RfmInput> buyers,
      @ForAll boolean ntile,
      @ForAll @IntRange(min = 2, max = 7) int bins,
      @ForAll @IntRange(min = 1, max = 100) int shift) {
    RfmPolicy policy =
        new RfmPolicy(
            ntile ? RfmBinning.NTILE : RfmBinning.QUANTILE,
            bins,
            shift,
            RfmPolicy.defaults().segments());
    RfmResult full = RfmScorer.score(buyers, policy);
    RfmBreaks breaks = RfmScorer.breaks(buyers, policy);
    for (int i = 0; i < buyers.size(); i++) {
      assertEquals(full.scores().get(i), breaks.score(buyers.get(i), policy.segments()));
    }
  }

  @Test
  void noBuyersNoBreaks() {
    assertNull(RfmScorer.breaks(List.of(), RfmPolicy.defaults()));
  }
}
