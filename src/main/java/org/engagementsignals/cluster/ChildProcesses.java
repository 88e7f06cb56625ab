package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes a smoke test starts, each stopped by its own pid when it is done with them, on
 * failure, or when the JVM exits: its children (a worker's executors) first, politely, then by
 * force after a grace period.
 */
final class ChildProcesses implements AutoCloseable {
  private static final long GRACE_SECONDS = 15;

  private final Deque<Process> started = new ArrayDeque<>();
  private final Thread onExit = new Thread(this::stopAll, "stop-child-processes");

  ChildProcesses() {
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /** Starts {@code command} in {@code dir} with {@code env} added, its output in {@code log}. */
  synchronized Process start(List<String> command, Map<String, String> env, Path dir, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("SIGNALS_JAVA_OPTS");
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      // Nothing to say to it: an open standard input would keep a process reading it waiting.
      process.getOutputStream().close();
      started.push(process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  /** Stops {@code process} and everything it started. */
  static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private synchronized void stopAll() {
    while (!started.isEmpty()) {
      Process process = started.pop();
      if (process.isAlive() || process.descendants().findAny().isPresent()) {
        stop(process);
      }
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook runs or ran stopAll itself
    }
  }
}
