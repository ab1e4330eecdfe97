package io.sparkconnect.local;

/** A program that starts a server, prints its pid and waits: the test kills it with SIGKILL. */
public final class OrphanProbe {
  private OrphanProbe() {}

  public static void main(String[] args) throws Exception {
    LocalSparkServer server = LocalSparkServer.builder().master("local[1]").start();
    System.out.println("SERVER_PID " + server.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
