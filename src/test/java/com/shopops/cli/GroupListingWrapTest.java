package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review8 H5: `shopops sla` / `shopops export` alone list their subcommands within 80 columns. */
class GroupListingWrapTest {
  @TempDir Path dir;

  @Test
  void groupListingsWrapUnderTheDescriptionColumn() {
    CliRunner cli = new CliRunner(dir);
    for (List<String> args :
        List.of(
            List.of("sla"),
            List.of("export"),
            List.of("--lang", "zh", "sla"),
            List.of("--lang", "zh", "export"))) {
      String err = cli.expect(2, args.toArray(new String[0])).err();
      for (String line : err.lines().toList()) {
        assertTrue(Renderer.displayWidth(line) <= 80, args + ": " + line + "\n" + err);
      }
    }
    String sla = cli.expect(2, "sla").err();
    // the 100-column line of review8 H5, wrapped under its description
    assertTrue(
        sla.contains(
            "  breaches  Orders past the hard limit (sla.ship_max): shipped after it, or\n"
                + "            still unshipped past it.\n"),
        sla);
  }

  @Test
  void wrapBreaksAtSpacesElseAnywhereByDisplayWidth() {
    assertEquals(List.of("ab cd", "ef"), Renderer.wrap("ab cd ef", 5));
    assertEquals(List.of("发货时效", "和签收"), Renderer.wrap("发货时效和签收", 8));
    assertEquals(List.of(""), Renderer.wrap("", 10));
  }
}
