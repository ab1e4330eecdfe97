package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsConfigTest {
  @TempDir
  Path dir;

  @Test
  void trustSourcesReplaceEachOtherAndPasswordsStayHidden() {
    char[] password = "s3cret-pass-91".toCharArray();
    TlsConfig none = TlsConfig.none();
    assertFalse(none.isSet());
    TlsConfig store = none.withTrustCertificates(Path.of("ca.pem")).withTrustStore(Path.of("trust.p12"), password);
    assertTrue(store.isSet());
    assertNull(store.trustCertificates(), "a trust store replaces the PEM file");
    assertEquals(Path.of("ca.pem"), store.withTrustCertificates(Path.of("ca.pem")).trustCertificates());
    TlsConfig mutual = store.withKeyStore(Path.of("client.p12"), password);
    password[0] = 'X';
    for (String text : new String[] {mutual.toString(), mutual.identity()}) {
      assertFalse(text.contains("s3cret"), text);
      assertFalse(text.contains("X3cret"), text);
    }
    assertTrue(mutual.toString().contains("trust.p12") && mutual.toString().contains("client.p12"), mutual.toString());
    assertTrue(TlsConfig.none().withKeyStore(Path.of("k.p12"), null).isSet(), "a client identity implies TLS");
  }

  @Test
  void unusableFilesAreNamedWithoutTheirPassword() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TlsConfig.none().withTrustStore(garbage, "pw-123456".toCharArray()).sslContext());
    assertTrue(e.getMessage().contains("garbage.p12"), e.getMessage());
    assertFalse(e.getMessage().contains("pw-123456"), e.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> TlsConfig.none().withClientCertificate(dir.resolve("c.pem"), dir.resolve("k.pem")).sslContext());
    assertTrue(missing.getMessage().contains("c.pem"), missing.getMessage());
  }
}
