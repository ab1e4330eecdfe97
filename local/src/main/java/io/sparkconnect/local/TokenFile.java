package io.sparkconnect.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Hands a token to another program through a private temporary file instead of standard output. */
final class TokenFile {
  private TokenFile() {}

  static Path write(String token) throws IOException {
    Path file;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      file =
          Files.createTempFile(
              "spark-connect-token-",
              ".txt",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      file = Files.createTempFile("spark-connect-token-", ".txt");
    }
    file.toFile().deleteOnExit();
    Files.writeString(file, token, StandardCharsets.UTF_8);
    return file;
  }
}
