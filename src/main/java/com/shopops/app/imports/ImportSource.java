package com.shopops.app.imports;

import java.nio.file.Path;

/** A file to import and the name messages give it ({@code <stdin>} for a spooled stdin). */
public record ImportSource(Path path, String name) {}
