package com.shopops.app.imports;

/**
 * What an events file is written as ({@code import events --format}): CSV with a header, or one of
 * the headerless logs {@link EventLogFormat} reads.
 */
public enum InputFormat {
  CSV("csv"),
  ACCESS_LOG("access-log"),
  TAOBAO_USERBEHAVIOR("taobao-userbehavior");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The code: what picocli shows as a completion candidate and in its messages. */
  @Override
  public String toString() {
    return code;
  }
}
