package com.shopops.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;

/**
 * Where a short command's start goes: with {@code SHOPOPS_TRACE_START=1} in the environment, each
 * {@link #mark} prints to stderr the milliseconds since the JVM started (wall) and the CPU the main
 * thread used so far, and the step since the last mark. Off (the default) a mark costs one field
 * read; the management classes are loaded only when tracing.
 */
final class StartTrace {
  private static final boolean ON = System.getenv("SHOPOPS_TRACE_START") != null;
  private static long lastWall;
  private static long lastCpu;

  private StartTrace() {}

  static void mark(String what) {
    if (ON) {
      print(what);
    }
  }

  private static synchronized void print(String what) {
    RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wall = rt.getUptime();
    long cpu = threads.getCurrentThreadCpuTime() / 1_000_000;
    System.err.printf(
        "shopops start: %-24s wall %5d ms (+%4d)  cpu %5d ms (+%4d)%n",
        what, wall, wall - lastWall, cpu, cpu - lastCpu);
    lastWall = wall;
    lastCpu = cpu;
  }
}
