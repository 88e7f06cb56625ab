package org.engagementsignals.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Renders pages with the precompiled templates ({@code src/main/jte}, compiled to Java by
 * jte-maven-plugin) and writes them under the report folder, on any Hadoop file system.
 */
public final class ReportWriter {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          ReportWriter.class.getClassLoader(),
          "org.engagementsignals.report.templates");

  private ReportWriter() {}

  public static String render(ReportPage page) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("report.jte", page, out);
    return out.toString();
  }

  /** The month's folder: {@code <reportRoot>/period=YYYY-MM}. */
  public static Path monthFolder(String reportRoot, String month) {
    return new Path(reportRoot, "period=" + month);
  }

  /** Writes the page as {@code <reportRoot>/period=YYYY-MM/<scope file>}, replacing it. */
  public static Path write(
      ReportPage page, ReportScope scope, String reportRoot, Configuration hadoop) {
    Path file = new Path(monthFolder(reportRoot, page.month()), scope.fileName());
    byte[] html = render(page).getBytes(StandardCharsets.UTF_8);
    try (FileSystem fs = FileSystem.newInstance(file.toUri(), hadoop)) {
      // A page to open and mail around: no .crc file beside it on a local disk.
      fs.setWriteChecksum(false);
      try (OutputStream out = fs.create(file, true)) {
        out.write(html);
      }
      return fs.makeQualified(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file, e);
    }
  }
}
