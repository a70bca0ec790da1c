package com.shopops.app.imports;

/** Told how far reading has got, for the progress bar. */
public interface ImportProgress {
  void update(String file, long bytesRead, long size);

  void done();
}
