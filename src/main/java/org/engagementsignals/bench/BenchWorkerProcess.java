package org.engagementsignals.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BenchWorker} in a JVM of its own, started with this JVM's options and class path, and
 * driven over its standard input and output. Its standard error is this process's; any other line
 * it prints on standard output is passed through.
 */
final class BenchWorkerProcess implements AutoCloseable {

  /** What a {@code pass} command returns. */
  record Passes(BenchPass plain, BenchPass isolated, BenchPass spark) {}

  /**
   * What the worker says when ready: how many texts it annotates per pass, and its pipeline's load
   * time.
   */
  record Ready(int texts, double loadSeconds) {}

  /** What the worker says at the end: its peak heap and its maximum heap. */
  record Heap(double peakMiB, double maxMiB) {}

  private final int threads;
  private final Process process;
  private final BufferedReader replies;
  private final PrintWriter commands;
  private final PrintStream passThrough;

  private BenchWorkerProcess(int threads, Process process, PrintStream passThrough) {
    this.threads = threads;
    this.process = process;
    this.replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.passThrough = passThrough;
  }

  /**
   * Starts a worker for {@code threads} threads; {@link #awaitReady} waits until it can take
   * passes.
   */
  static BenchWorkerProcess start(BenchWorker.Setup setup, PrintStream passThrough)
      throws IOException {
    Path setupFile = Files.createTempFile("signals-bench-worker-", ".ser");
    setupFile.toFile().deleteOnExit();
    setup.write(setupFile);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            BenchWorker.class.getName(),
            setupFile.toString()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new BenchWorkerProcess(setup.threads(), process, passThrough);
  }

  int threads() {
    return threads;
  }

  /** Waits for the worker to load its pipeline and start Spark. */
  Ready awaitReady() throws IOException {
    String[] f = awaitReply("ready");
    return new Ready(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
  }

  /** One pass of plain CoreNLP, then one of the job's stage, in the worker. */
  Passes pass() throws IOException {
    commands.println("pass");
    String[] f = awaitReply("pass");
    return new Passes(
        BenchPass.parse(f, 1),
        BenchPass.parse(f, 1 + BenchPass.FIELDS),
        BenchPass.parse(f, 1 + 2 * BenchPass.FIELDS));
  }

  /**
   * CPU seconds the worker's JVM has used so far, as the operating system counts them (NaN if it
   * cannot).
   */
  double cpuSeconds() {
    return process
        .toHandle()
        .info()
        .totalCpuDuration()
        .map(d -> d.toNanos() / 1e9)
        .orElse(Double.NaN);
  }

  /** Ends the worker and waits for it to exit. */
  Heap end() throws IOException, InterruptedException {
    commands.println("end");
    String[] f = awaitReply("end");
    process.waitFor();
    return new Heap(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
  }

  private String[] awaitReply(String kind) throws IOException {
    String line;
    while ((line = replies.readLine()) != null) {
      if (line.startsWith(BenchWorker.REPLY + kind + " ")) {
        return line.substring(BenchWorker.REPLY.length()).split(" ");
      }
      passThrough.println(line);
    }
    throw new IllegalStateException(
        "the bench worker for "
            + threads
            + " thread(s) stopped"
            + exitCode()
            + "; its messages are above");
  }

  private String exitCode() {
    try {
      return " with exit code " + process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Stops the worker if it still runs (after a failure elsewhere). */
  @Override
  public void close() {
    process.destroy();
  }
}
