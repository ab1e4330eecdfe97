package io.sparkconnect.local;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every server this JVM has started and not yet closed, so a shutdown hook can stop them: a test
 * run that forgets {@code close()} (or is interrupted) must not leave Spark JVMs behind.
 */
final class ServerProcesses {
  private static final Set<LocalSparkServer> RUNNING = ConcurrentHashMap.newKeySet();
  private static volatile boolean hookInstalled;

  private ServerProcesses() {}

  static void register(LocalSparkServer server) {
    installHook();
    RUNNING.add(server);
  }

  static void unregister(LocalSparkServer server) {
    RUNNING.remove(server);
  }

  private static void installHook() {
    if (hookInstalled) {
      return;
    }
    synchronized (ServerProcesses.class) {
      if (hookInstalled) {
        return;
      }
      Thread hook =
          new Thread(
              () -> {
                for (LocalSparkServer s : RUNNING.toArray(new LocalSparkServer[0])) {
                  s.close();
                }
              },
              "spark-connect-local-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      hookInstalled = true;
    }
  }
}
