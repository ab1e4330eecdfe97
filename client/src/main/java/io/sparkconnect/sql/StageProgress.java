package io.sparkconnect.sql;

/**
 * The progress of one stage of a running query, as the server reported it. Immutable.
 *
 * @param stageId the stage's id
 * @param numTasks how many tasks the stage has
 * @param numCompletedTasks how many of them finished
 * @param inputBytesRead bytes the stage read so far
 * @param done whether the stage finished
 */
public record StageProgress(long stageId, long numTasks, long numCompletedTasks, long inputBytesRead, boolean done) {}
