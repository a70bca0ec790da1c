package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher where SIGPIPE is ignored (systemd services and timers, many supervisors; review10
 * J1): it writes nothing of its own to stderr, in particular no "echo: write error: Broken pipe"
 * from a line it fed itself and did not read. A stand-in for java (it says "ok") keeps this to the
 * script: no jar, no JVM.
 */
class LauncherPipeTest {
  @TempDir Path dir;

  @Test
  void nothingOnStderrWhenSigpipeIsIgnored() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\necho ok\n");
    Files.setPosixFilePermissions(
        bin.resolve("java"), PosixFilePermissions.fromString("rwx------"));
    Files.createDirectories(dir.resolve("jdk/lib"));
    Files.writeString(dir.resolve("jdk/lib/modules"), "");
    // a directory only this user can write to: the launcher would make a class archive there
    Path jarDir = Files.createDirectories(dir.resolve("jar"));
    Files.setPosixFilePermissions(jarDir, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(jarDir.resolve("shopops.jar"), "");
    int runs = 20; // the writer and the reader race: one run showed it 29 times out of 30
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    "bash",
                    "-c",
                    "trap '' PIPE; for i in $(seq " + runs + "); do \"$0\" --version; done",
                    Path.of("scripts/shopops").toAbsolutePath().toString()))
            .directory(dir.toFile())
            .redirectError(dir.resolve("stderr").toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("SHOPOPS_JAR", jarDir.resolve("shopops.jar").toString());
    env.put("HOME", dir.toString());
    env.remove("SHOPOPS_CDS");
    env.remove("XDG_CACHE_HOME");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals("", Files.readString(dir.resolve("stderr")));
    assertEquals("ok\n".repeat(runs), out);
    assertEquals(0, p.exitValue());
  }
}
