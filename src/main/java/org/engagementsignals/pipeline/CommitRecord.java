package org.engagementsignals.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.engagementsignals.contract.OutputPaths;

/**
 * The commit record of a month, {@code _commits/<period>.json}: which run's tables the month holds
 * and whether they are being switched in ({@code switching}) or in place ({@code committed}).
 * Readers who must never see a month half replaced check it before and after reading
 * (docs/outputs.md).
 *
 * @param tables the period folders the run replaces, e.g. {@code responses}
 */
record CommitRecord(String period, String runId, String state, List<String> tables) {
  static final String SWITCHING = "switching";
  static final String COMMITTED = "committed";

  /** {@code 2026-10.json}, or the temporary {@code .2026-10.json.tmp} of an unfinished write. */
  private static final Pattern RECORD_NAME = Pattern.compile("\\.?(\\d{4}-\\d{2})\\.json(\\.tmp)?");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  CommitRecord withState(String newState) {
    return new CommitRecord(period, runId, newState, tables);
  }

  static Path path(Path root, String period) {
    return new Path(root, OutputPaths.COMMITS + "/" + period + ".json");
  }

  /**
   * Writes the record in one step for readers: to a temporary file first, then renamed over the old
   * record (an atomic replace on a local file system; elsewhere the old record is deleted first and
   * {@link #read} finishes an interrupted replace).
   */
  void write(FileSystem fs, Path root) throws IOException {
    Path target = path(root, period);
    Path temporary = temporary(target);
    ObjectNode node = JSON.createObjectNode();
    node.put("period", period);
    node.put("run_id", runId);
    node.put("state", state);
    tables.forEach(node.putArray("tables")::add);
    node.put("written_at", Instant.now().toString());
    try (OutputStream out = fs.create(temporary, true)) {
      out.write(JSON.writeValueAsBytes(node));
      out.write('\n');
    }
    if (!fs.rename(temporary, target)) {
      fs.delete(target, false);
      if (!fs.rename(temporary, target)) {
        throw new IOException("cannot move " + temporary + " to " + target);
      }
    }
  }

  /**
   * The month's record, or null when the month has none. A replace that a crash cut short is
   * finished if the new record was complete, and dropped if not.
   */
  static CommitRecord read(FileSystem fs, Path root, String period) throws IOException {
    Path target = path(root, period);
    Path temporary = temporary(target);
    if (fs.exists(temporary)) {
      if (parse(fs, temporary) == null) {
        fs.delete(temporary, false);
      } else {
        fs.delete(target, false);
        if (!fs.rename(temporary, target)) {
          throw new IOException("cannot move " + temporary + " to " + target);
        }
      }
    }
    if (!fs.exists(target)) {
      return null;
    }
    CommitRecord record = parse(fs, target);
    if (record == null) {
      throw new IOException("the commit record " + target + " is damaged");
    }
    return record;
  }

  /**
   * The periods whose tables a reader should skip now: a month being switched, or whose record is
   * damaged or half written. Reads only; recovery is the next job's.
   */
  static List<String> notCommitted(FileSystem fs, Path root) throws IOException {
    List<String> out = new ArrayList<>();
    for (String period : periods(fs, root)) {
      Path target = path(root, period);
      CommitRecord record;
      try {
        record = fs.exists(target) ? parse(fs, target) : null;
      } catch (IOException e) {
        record = null; // unreadable (e.g. its checksum fails): not known to be committed
      }
      if (fs.exists(temporary(target)) || record == null || !record.state().equals(COMMITTED)) {
        out.add(period);
      }
    }
    return out;
  }

  /** The record in a file, or null when it is not a whole record (a write cut short). */
  private static CommitRecord parse(FileSystem fs, Path file) throws IOException {
    JsonNode node;
    try (InputStream in = fs.open(file)) {
      node = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return null;
    }
    if (node == null
        || !node.hasNonNull("period")
        || !node.hasNonNull("run_id")
        || !node.hasNonNull("state")
        || !node.has("tables")) {
      return null;
    }
    List<String> tables = new ArrayList<>();
    node.get("tables").forEach(t -> tables.add(t.asText()));
    return new CommitRecord(
        node.get("period").asText(),
        node.get("run_id").asText(),
        node.get("state").asText(),
        tables);
  }

  /** The periods that have a record. */
  static List<String> periods(FileSystem fs, Path root) throws IOException {
    Path folder = new Path(root, OutputPaths.COMMITS);
    List<String> periods = new ArrayList<>();
    if (fs.exists(folder)) {
      for (var status : fs.listStatus(folder)) {
        Matcher m = RECORD_NAME.matcher(status.getPath().getName());
        if (m.matches() && !periods.contains(m.group(1))) {
          periods.add(m.group(1));
        }
      }
    }
    periods.sort(String::compareTo);
    return periods;
  }

  private static Path temporary(Path target) {
    // A leading dot: readers globbing *.json never pick it up.
    return new Path(target.getParent(), "." + target.getName() + ".tmp");
  }
}
