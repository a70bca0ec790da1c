package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `customers list` merges two reads in the order both backends sort text: UTF-8 bytes. */
class CustomerQueriesByteOrderTest {
  @Test
  void codePointOrderIsUtf8ByteOrder() {
    // U+1F600 (4 bytes in UTF-8) after U+FF21 (3 bytes), although its UTF-16 surrogates sort before
    assertTrue(CustomerQueries.byteOrder("\uFF21", "\uD83D\uDE00") < 0);
    assertTrue(CustomerQueries.byteOrder("b", "ba") < 0);
    assertTrue(CustomerQueries.byteOrder("C10", "C9") < 0);
    assertEquals(0, CustomerQueries.byteOrder("买家", "买家"));
  }
}
