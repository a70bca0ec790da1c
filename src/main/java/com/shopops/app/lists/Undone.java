package com.shopops.app.lists;

import com.shopops.store.ListStore.WrittenList;

/** A list taken back: as it was before, and how many contacts were removed. */
public record Undone(WrittenList list, int removed) {}
