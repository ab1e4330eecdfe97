package io.sparkconnect.sql;

import java.util.List;
import java.util.Objects;

/**
 * A progress report of a running operation: its stages and the tasks running now. Immutable.
 *
 * @param operationId the id of the operation (as returned by the interrupt methods)
 * @param stages the stages so far
 * @param inflightTasks the tasks running now
 */
public record QueryProgress(String operationId, List<StageProgress> stages, long inflightTasks) {
  /** Copies the stages. */
  public QueryProgress {
    Objects.requireNonNull(operationId, "operationId");
    stages = List.copyOf(stages);
  }

  /** Tasks of all stages. */
  public long totalTasks() {
    return stages.stream().mapToLong(StageProgress::numTasks).sum();
  }

  /** Finished tasks of all stages. */
  public long completedTasks() {
    return stages.stream().mapToLong(StageProgress::numCompletedTasks).sum();
  }

  /** Bytes read by all stages. */
  public long inputBytesRead() {
    return stages.stream().mapToLong(StageProgress::inputBytesRead).sum();
  }
}
