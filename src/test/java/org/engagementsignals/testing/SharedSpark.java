package org.engagementsignals.testing;

import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.SparkSettings;
import org.engagementsignals.pipeline.Sessions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for the whole test JVM, built the way the job builds it, stopped when
 * JUnit finishes. Use with {@code @ExtendWith(SharedSpark.class)} and a {@code SparkSession}
 * parameter.
 */
public final class SharedSpark implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedSpark.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context);
  }

  /** The JVM's session, for other extensions that need one. */
  public static SparkSession session(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("spark", key -> new Holder(), Holder.class)
        .spark;
  }

  private static final class Holder implements ExtensionContext.Store.CloseableResource {
    final SparkSession spark =
        Sessions.create(new SparkSettings("local[2]", "engagement-signals-tests", 4, false), true);

    @Override
    public void close() {
      spark.stop();
    }
  }
}
