package io.sparkconnect.client;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a TLS connection trusts and, for mutual TLS, which identity it presents: CA certificates
 * from a PEM file or a JKS/PKCS12 trust store (else the system's trust store), and optionally a
 * client certificate with its key, as PEM files or a JKS/PKCS12 key store. Immutable; passwords
 * are kept as copies and never appear in {@link #toString()} or in exception messages.
 */
public final class TlsConfig {
  private static final TlsConfig NONE = new TlsConfig(null, null, null, null, null, null, null);

  private final Path trustCertificates;
  private final Path trustStore;
  private final char[] trustStorePassword;
  private final Path clientCertificateChain;
  private final Path clientKey;
  private final Path keyStore;
  private final char[] keyStorePassword;

  private TlsConfig(Path trustCertificates, Path trustStore, char[] trustStorePassword, Path clientCertificateChain,
      Path clientKey, Path keyStore, char[] keyStorePassword) {
    this.trustCertificates = trustCertificates;
    this.trustStore = trustStore;
    this.trustStorePassword = trustStorePassword;
    this.clientCertificateChain = clientCertificateChain;
    this.clientKey = clientKey;
    this.keyStore = keyStore;
    this.keyStorePassword = keyStorePassword;
  }

  /** Nothing configured: plain connections unless the connection string asks for TLS. */
  public static TlsConfig none() {
    return NONE;
  }

  /**
   * Trusting the CA certificates of a PEM file instead of the system's, or the system's with
   * {@code null}; replaces a trust store.
   */
  public TlsConfig withTrustCertificates(Path pemFile) {
    return new TlsConfig(pemFile, pemFile == null ? trustStore : null, pemFile == null ? trustStorePassword : null,
        clientCertificateChain, clientKey, keyStore, keyStorePassword);
  }

  /**
   * Trusting the certificates of a JKS or PKCS12 trust store (the type is detected) instead of
   * the system's; replaces a PEM file of certificates.
   *
   * @param password the store's password, or {@code null} for a store without one
   */
  public TlsConfig withTrustStore(Path file, char[] password) {
    return new TlsConfig(null, file, copy(password), clientCertificateChain, clientKey, keyStore, keyStorePassword);
  }

  /**
   * Presenting a client certificate for mutual TLS: its PEM certificate chain and its PEM
   * (PKCS#8, unencrypted) private key; replaces a key store.
   */
  public TlsConfig withClientCertificate(Path certificateChainPem, Path privateKeyPem) {
    return new TlsConfig(trustCertificates, trustStore, trustStorePassword, certificateChainPem, privateKeyPem,
        null, null);
  }

  /**
   * Presenting the client certificate and key of a JKS or PKCS12 key store for mutual TLS (the
   * key's password is the store's); replaces PEM client certificate files.
   */
  public TlsConfig withKeyStore(Path file, char[] password) {
    return new TlsConfig(trustCertificates, trustStore, trustStorePassword, null, null, file, copy(password));
  }

  /** Whether anything is configured, which implies TLS. */
  public boolean isSet() {
    return trustCertificates != null || trustStore != null || clientCertificateChain != null || keyStore != null;
  }

  /** The trusted PEM certificates file, or {@code null}. */
  public Path trustCertificates() {
    return trustCertificates;
  }

  /** A text that tells configurations apart (for reusing sessions); without passwords. */
  public String identity() {
    return trustCertificates + "|" + trustStore + "|" + clientCertificateChain + "|" + clientKey + "|" + keyStore;
  }

  @Override
  public String toString() {
    return "TlsConfig[trust=" + (trustCertificates != null ? trustCertificates
        : trustStore != null ? trustStore : "system") + ", client="
        + (clientCertificateChain != null ? clientCertificateChain : keyStore != null ? keyStore : "none") + "]";
  }

  /**
   * The Netty client context for gRPC with these settings.
   *
   * @throws IllegalArgumentException naming the file that cannot be read or used
   */
  SslContext sslContext() {
    SslContextBuilder builder = GrpcSslContexts.forClient();
    if (trustCertificates != null) {
      readable(trustCertificates, "trusted certificates file");
      try {
        builder.trustManager(trustCertificates.toFile());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Cannot use " + trustCertificates
            + " as trusted certificates: expected PEM (-----BEGIN CERTIFICATE-----) CA certificates", e);
      }
    } else if (trustStore != null) {
      try {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(trustStore, trustStorePassword, "trust store"));
        builder.trustManager(tmf);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("Cannot use the trust store " + trustStore + ": " + e.getMessage(), e);
      }
    }
    if (clientCertificateChain != null) {
      readable(clientCertificateChain, "client certificate file");
      readable(clientKey, "client key file");
      try {
        builder.keyManager(clientCertificateChain.toFile(), clientKey.toFile());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Cannot use " + clientCertificateChain + " and " + clientKey
            + " as client certificate and key: expected a PEM certificate chain and a PEM (PKCS#8, unencrypted)"
            + " private key", e);
      }
    } else if (keyStore != null) {
      try {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(keyStore, keyStorePassword, "key store"), keyStorePassword == null ? new char[0]
            : keyStorePassword);
        builder.keyManager(kmf);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("Cannot use the key store " + keyStore + ": " + e.getMessage(), e);
      }
    }
    try {
      return builder.build();
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Cannot set up TLS with " + this + ": " + e.getMessage(), e);
    }
  }

  private static KeyStore load(Path file, char[] password, String what) {
    readable(file, what);
    try {
      // The type (JKS or PKCS12) is detected from the content.
      return KeyStore.getInstance(file.toFile(), password);
    } catch (IOException | GeneralSecurityException e) {
      // Neither the message nor the cause carries the password.
      throw new IllegalArgumentException("Cannot read the " + what + " " + file
          + " (a JKS or PKCS12 file with the given password expected): " + e.getMessage(), e);
    }
  }

  private static void readable(Path file, String what) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("Cannot read the " + what + " " + file);
    }
  }

  private static char[] copy(char[] password) {
    return password == null ? null : password.clone();
  }
}
