package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.engagementsignals.config.ClusterSettings;

/**
 * What a driver that the job starts itself (not spark-submit) sets to run on a standalone master:
 * the jar the executors load the job from, where they find CoreNLP's models, their memory, and the
 * address they reach the driver at.
 */
public final class StandaloneConnection {
  /** The jar for clusters that {@code mvn package} writes beside the job's own jar. */
  public static final String CLUSTER_JAR = "engagement-signals-cluster.jar";

  private StandaloneConnection() {}

  /** The Spark settings for {@code master}, a {@code spark://HOST:PORT} URL. */
  public static Map<String, String> sparkConf(String master, ClusterSettings cluster) {
    Path jobCode = codeLocation();
    List<Path> models =
        cluster.shipModels()
            ? ModelJars.on(StandaloneConnection.class.getClassLoader())
            : List.of();
    String driverHost =
        cluster.driverHost().isEmpty() ? addressTowards(master) : cluster.driverHost();
    return sparkConf(clusterJar(jobCode), models, cluster, driverHost);
  }

  static Map<String, String> sparkConf(
      Path clusterJar, List<Path> shippedModels, ClusterSettings cluster, String driverHost) {
    Map<String, String> conf = new LinkedHashMap<>();
    List<Path> jars = new ArrayList<>();
    jars.add(clusterJar);
    jars.addAll(shippedModels);
    conf.put(
        "spark.jars",
        jars.stream().map(p -> p.toUri().toString()).collect(Collectors.joining(",")));
    if (!cluster.shipModels()) {
      conf.put("spark.executor.extraClassPath", cluster.models());
    }
    conf.put("spark.executor.memory", cluster.executorMemory());
    // An explicit -Dspark.driver.host wins: SparkConf reads system properties, and the builder's
    // settings would override them.
    if (System.getProperty("spark.driver.host") == null) {
      conf.put("spark.driver.host", driverHost);
      conf.put("spark.driver.bindAddress", driverHost);
    }
    return conf;
  }

  /**
   * The jar executors load the job from: this code's own jar when it is the cluster jar, else the
   * cluster jar beside it (beside {@code target/classes}, in {@code target/}, when run from
   * classes).
   */
  static Path clusterJar(Path codeLocation) {
    if (codeLocation.getFileName().toString().equals(CLUSTER_JAR)) {
      return codeLocation;
    }
    Path beside = codeLocation.toAbsolutePath().getParent().resolve(CLUSTER_JAR);
    if (!Files.isRegularFile(beside)) {
      throw new IllegalStateException(
          "the executors load the job from "
              + beside
              + ", which does not exist: build it with 'mvn -B -DskipTests package'");
    }
    return beside;
  }

  private static Path codeLocation() {
    try {
      return Path.of(
          StandaloneConnection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("the job's code has no file path", e);
    }
  }

  /**
   * The local address this machine sends from to reach the master: one the executors, which talk to
   * the master from the same network, can reach the driver at. A host name may not resolve on the
   * workers, and the default (the machine's name) often resolves only locally.
   */
  static String addressTowards(String master) {
    // A master with standby masters (spark://h1:7077,h2:7077) is reached on the same network as h1.
    URI uri = URI.create(master.split(",", 2)[0]);
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "not a standalone master URL (spark://HOST:PORT): " + master);
    }
    try (DatagramSocket socket = new DatagramSocket()) {
      // Connecting a UDP socket sends nothing: it only picks the route and so the local address.
      socket.connect(new InetSocketAddress(InetAddress.getByName(uri.getHost()), uri.getPort()));
      return socket.getLocalAddress().getHostAddress();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a route to the master " + master, e);
    }
  }
}
