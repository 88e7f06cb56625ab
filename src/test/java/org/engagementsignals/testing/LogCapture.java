package org.engagementsignals.testing;

import java.io.StringWriter;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything logged at INFO and above while it is open (Spark's and CoreNLP's logs too), for tests
 * that check what the job's logs give away. Restores the levels when closed.
 */
public final class LogCapture implements AutoCloseable {
  private final StringWriter text = new StringWriter();
  private final WriterAppender appender;
  private final Map<String, Level> levelsBefore;

  public LogCapture() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    levelsBefore = new java.util.HashMap<>();
    for (Map.Entry<String, LoggerConfig> e : config.getLoggers().entrySet()) {
      levelsBefore.put(e.getKey(), e.getValue().getLevel());
    }
    appender =
        WriterAppender.newBuilder()
            .setName("test-capture")
            .setTarget(text)
            .setLayout(PatternLayout.newBuilder().withPattern("%p %c: %m%n%throwable").build())
            .build();
    appender.start();
    // Every configured logger is additive, so the root's appenders see all events.
    config.getRootLogger().addAppender(appender, Level.INFO, null);
    levelsBefore.keySet().forEach(name -> Configurator.setLevel(name, Level.INFO));
    Configurator.setRootLevel(Level.INFO);
    context.updateLoggers();
  }

  /** What was logged so far. */
  public String text() {
    return text.toString();
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    config.getRootLogger().removeAppender(appender.getName());
    levelsBefore.forEach(Configurator::setLevel);
    context.updateLoggers();
    appender.stop();
  }
}
