package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** The jars on a class path that hold CoreNLP's models: what executors need besides the job jar. */
public final class ModelJars {
  /** The folder every CoreNLP model jar holds (the code jar holds none). */
  static final String MODELS_FOLDER = "edu/stanford/nlp/models/";

  private ModelJars() {}

  /** The model jars {@code loader} sees, sorted by path; fails when there are none. */
  public static List<Path> on(ClassLoader loader) {
    TreeSet<Path> jars = new TreeSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(MODELS_FOLDER))) {
        if (url.getProtocol().equals("jar")) {
          URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
          jars.add(Path.of(jar.toURI()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list CoreNLP's model jars", e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("a model jar has no file path", e);
    }
    if (jars.isEmpty()) {
      throw new IllegalStateException(
          "no CoreNLP model jar on the class path: nothing holds " + MODELS_FOLDER);
    }
    return new ArrayList<>(jars);
  }
}
