package com.shopops.parse;

import java.nio.charset.Charset;

/**
 * What {@link TextSniffer#sniff} learned about a file in one pass.
 *
 * @param sha256 lowercase hex SHA-256 of the whole file, recorded with each import
 * @param size size in bytes
 * @param charset the charset to decode it with (forced, from a BOM, UTF-8 or GB18030)
 * @param bomLength number of leading bytes the reader must skip (3 for a UTF-8 BOM, 2 for a UTF-16
 *     BOM, else 0)
 * @param binaryKind null for text; else {@code zip}, {@code gzip}, {@code xls}, {@code pdf} or
 *     {@code binary} — see {@link TextSniffer#binaryHint(String)}
 */
public record FileFacts(
    String sha256, long size, Charset charset, int bomLength, String binaryKind) {}
