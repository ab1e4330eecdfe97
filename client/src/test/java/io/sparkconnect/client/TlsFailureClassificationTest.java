package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2Error;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2Exception;
import io.grpc.netty.shaded.io.netty.handler.ssl.NotSslRecordException;
import io.sparkconnect.sql.SparkConnectionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Failures no retry can fix (TLS, protocol mismatch, credentials) are not retried and say why. */
class TlsFailureClassificationTest {

  @Test
  void tlsAndCredentialFailuresAreNotRetried() {
    StatusRuntimeException untrusted = Status.UNAVAILABLE.withCause(new SSLHandshakeException("PKIX path building failed"))
        .asRuntimeException();
    StatusRuntimeException notTls = Status.UNAVAILABLE.withCause(new NotSslRecordException("not an SSL/TLS record"))
        .asRuntimeException();
    assertFalse(Retrier.isRetryable(untrusted));
    assertFalse(Retrier.isRetryable(notTls));
    assertFalse(Retrier.isRetryable(Status.UNAUTHENTICATED.asRuntimeException()));
    assertTrue(Retrier.isRetryable(Status.UNAVAILABLE.withCause(new java.io.IOException("reset")).asRuntimeException()));

    assertTrue(ErrorConverter.convert(untrusted, "h:1") instanceof SparkConnectionException);
    assertTrue(ErrorConverter.convert(untrusted, "h:1").getMessage().contains("trustCertificates"));
    StatusRuntimeException plaintextToTls = Status.INTERNAL.withDescription("http2 exception")
        .withCause(Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "First received frame was not SETTINGS"))
        .asRuntimeException();
    assertFalse(Retrier.isRetryable(plaintextToTls));
    assertTrue(ErrorConverter.convert(plaintextToTls, "h:1").getMessage().contains("use_ssl=true"));

    StatusRuntimeException noClientCertificate = Status.INTERNAL.withDescription("HTTP status code 400\n"
        + "invalid content-type: text/html\n<head><title>400 No required SSL certificate was sent</title></head>")
        .asRuntimeException();
    assertFalse(Retrier.isRetryable(noClientCertificate));
    assertTrue(ErrorConverter.convert(noClientCertificate, "h:1") instanceof SparkConnectionException);
    assertTrue(ErrorConverter.convert(noClientCertificate, "h:1").getMessage().contains("clientCertificate"));
  }
}
