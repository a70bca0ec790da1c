package com.shopops.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a font that can show the picture's text, {@code report --png} names what is missing. */
class PngFontTest {
  @Test
  void noInstalledFontMeansNoPicture() {
    var e =
        assertThrows(
            PngReport.NoFontException.class,
            () -> PngReport.chooseFont(List.of("店铺报告 2026-11-19", "Orders"), List.of()));
    assertEquals("店铺报告", e.getMessage());
  }
}
