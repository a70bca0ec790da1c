package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOrderTest {
  @TempDir Path dir;

  private Path copy(String resource) throws IOException {
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = getClass().getResourceAsStream("/import/" + resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static ImportOptions options(Path map) {
    return ImportOptions.of(ImportKind.ORDERS).withMap(map);
  }

  @Test
  void lineItemsGoAfterTheOrderLists() throws IOException {
    ImportSource items =
        new ImportSource(copy("taobao/ExportOrderDetailList202611201000.csv"), "i");
    ImportSource orders = new ImportSource(copy("taobao/ExportOrderList202611201000.csv"), "o");
    ImportSource missing = new ImportSource(dir.resolve("nope.csv"), "n");
    assertEquals(
        List.of(orders, missing, items),
        FileOrder.of(List.of(items, orders, missing), options(null)));
  }

  @Test
  void aMappingFileKeepsTheOrderGiven() throws IOException {
    ImportSource items =
        new ImportSource(copy("taobao/ExportOrderDetailList202611201000.csv"), "i");
    ImportSource orders = new ImportSource(copy("taobao/ExportOrderList202611201000.csv"), "o");
    assertEquals(
        List.of(items, orders),
        FileOrder.of(List.of(items, orders), options(dir.resolve("map.json"))));
  }
}
