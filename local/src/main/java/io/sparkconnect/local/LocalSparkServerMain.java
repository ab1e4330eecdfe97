package io.sparkconnect.local;

import java.io.IOException;
import java.io.InputStream;

/**
 * Starts a local Spark Connect server for manual testing and keeps it running until standard input
 * closes (Ctrl-D) or the process is killed.
 *
 * <p>Usage: {@code LocalSparkServerMain [sparkVersion [master]]}. Prints {@code host:port} on the
 * first line of standard output and, for versions with token authentication, the path of a file
 * holding the token (readable only by the current user where the file system allows) rather than
 * the token itself, so it does not end up in terminal scroll-back or CI logs.
 */
public final class LocalSparkServerMain {
  private LocalSparkServerMain() {}

  /**
   * Runs the server.
   *
   * @param args optional Spark version and master
   * @throws IOException if reading standard input or writing the token file fails
   */
  public static void main(String[] args) throws IOException {
    LocalSparkServer.Builder builder = LocalSparkServer.builder();
    if (args.length > 0) {
      builder.sparkVersion(args[0]);
    }
    if (args.length > 1) {
      builder.master(args[1]);
    }
    try (LocalSparkServer server = builder.start()) {
      System.out.println(server.host() + ":" + server.port());
      if (server.token() != null) {
        java.nio.file.Path tokenFile = TokenFile.write(server.token());
        System.out.println("token file: " + tokenFile);
      }
      System.out.println("log: " + server.logFile());
      System.out.println("Spark " + server.sparkVersion() + " running; close standard input to stop.");
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // Wait for end of input.
      }
    }
  }
}
