package io.sparkconnect.client;

import com.google.protobuf.ByteString;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.sparkconnect.proto.AddArtifactsRequest;
import io.sparkconnect.proto.AddArtifactsResponse;
import io.sparkconnect.sql.SparkConnectException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Streams artifacts in one {@code AddArtifacts} call, the way the protocol defines it: artifacts
 * no larger than one chunk travel together in {@code Batch} messages; a larger artifact is a
 * {@code BeginChunkedArtifact} carrying its first chunk, followed by its remaining chunks. Every
 * chunk carries the CRC32 of its bytes, which the server verifies.
 */
final class ArtifactUploader {
  /** Chunk size, as other Spark Connect clients use. */
  static final int CHUNK_SIZE = 32 * 1024;

  private final Supplier<AddArtifactsRequest.Builder> header;
  private final StreamObserver<AddArtifactsRequest> requests;
  private final CompletableFuture<AddArtifactsResponse> response;
  private AddArtifactsRequest.Batch.Builder batch = AddArtifactsRequest.Batch.newBuilder();
  private long batchBytes;

  ArtifactUploader(Supplier<AddArtifactsRequest.Builder> header, StreamObserver<AddArtifactsRequest> requests,
      CompletableFuture<AddArtifactsResponse> response) {
    this.header = header;
    this.requests = requests;
    this.response = response;
  }

  /** Sends all artifacts, completes the call and returns the server's summary. */
  AddArtifactsResponse upload(List<Artifact> artifacts) throws InterruptedException, ExecutionException {
    try {
      for (Artifact a : artifacts) {
        if (a.size() > CHUNK_SIZE) {
          flushBatch();
          sendChunked(a);
        } else {
          addToBatch(a);
        }
      }
      flushBatch();
    } catch (IOException e) {
      requests.onError(e);
      throw new UncheckedIOException("Cannot read an artifact: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      requests.onError(e);
      throw e;
    }
    requests.onCompleted();
    return response.get();
  }

  private void addToBatch(Artifact a) throws IOException {
    byte[] data;
    try (InputStream in = a.open()) {
      data = in.readAllBytes();
    }
    if (batchBytes > 0 && batchBytes + data.length > CHUNK_SIZE) {
      flushBatch();
    }
    batch.addArtifacts(AddArtifactsRequest.SingleChunkArtifact.newBuilder().setName(a.name()).setData(chunk(data, data.length)));
    batchBytes += data.length;
  }

  private void flushBatch() {
    if (batch.getArtifactsCount() == 0) {
      return;
    }
    send(header.get().setBatch(batch).build());
    batch = AddArtifactsRequest.Batch.newBuilder();
    batchBytes = 0;
  }

  private void sendChunked(Artifact a) throws IOException {
    long numChunks = (a.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
    byte[] buf = new byte[CHUNK_SIZE];
    long sent = 0;
    try (InputStream in = a.open()) {
      for (long i = 0; i < numChunks; i++) {
        int n = in.readNBytes(buf, 0, (int) Math.min(CHUNK_SIZE, a.size() - sent));
        if (n <= 0) {
          throw new IOException("The artifact " + a.name() + " is shorter than its announced " + a.size() + " bytes");
        }
        sent += n;
        AddArtifactsRequest.ArtifactChunk c = chunk(buf, n);
        if (i == 0) {
          send(header.get().setBeginChunk(AddArtifactsRequest.BeginChunkedArtifact.newBuilder()
              .setName(a.name()).setTotalBytes(a.size()).setNumChunks(numChunks).setInitialChunk(c)).build());
        } else {
          send(header.get().setChunk(c).build());
        }
      }
    }
  }

  private static AddArtifactsRequest.ArtifactChunk chunk(byte[] data, int length) {
    CRC32 crc = new CRC32();
    crc.update(data, 0, length);
    return AddArtifactsRequest.ArtifactChunk.newBuilder().setData(ByteString.copyFrom(data, 0, length))
        .setCrc(crc.getValue()).build();
  }

  private void send(AddArtifactsRequest r) {
    // Wait for the transport to drain before queuing more, so a large upload does not pile up in memory.
    if (requests instanceof ClientCallStreamObserver) {
      ClientCallStreamObserver<AddArtifactsRequest> call = (ClientCallStreamObserver<AddArtifactsRequest>) requests;
      while (!call.isReady() && !response.isDone()) {
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SparkConnectException("Interrupted while uploading artifacts");
        }
      }
    }
    if (response.isDone()) {
      // The server ended the call early (an error); the cause surfaces from response.get().
      return;
    }
    requests.onNext(r);
  }
}
