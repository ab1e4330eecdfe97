package io.sparkconnect.local;

import java.util.List;

/**
 * JVM flags a Spark driver needs on Java 17 and later.
 *
 * <p>Spark (Kryo, Arrow, Netty, the unsafe memory code) reflects into JDK internals that the
 * module system closes by default; without these flags the server fails at runtime with
 * {@code InaccessibleObjectException} rather than at startup. The list mirrors the one Spark's
 * own launcher adds when it starts a driver.
 */
final class JavaModuleOptions {
  private static final List<String> OPENS =
      List.of(
          "java.base/java.lang",
          "java.base/java.lang.invoke",
          "java.base/java.lang.reflect",
          "java.base/java.io",
          "java.base/java.net",
          "java.base/java.nio",
          "java.base/java.util",
          "java.base/java.util.concurrent",
          "java.base/java.util.concurrent.atomic",
          "java.base/jdk.internal.ref",
          "java.base/sun.nio.ch",
          "java.base/sun.nio.cs",
          "java.base/sun.security.action",
          "java.base/sun.util.calendar");

  private JavaModuleOptions() {}

  /** Returns the flags in the order they go on the {@code java} command line. */
  static List<String> flags() {
    var flags = new java.util.ArrayList<String>();
    // Keeps the same list usable on JDKs that no longer know one of the flags.
    flags.add("-XX:+IgnoreUnrecognizedVMOptions");
    // Opening a package also exports it at run time, so no separate --add-exports is needed.
    for (String pkg : OPENS) {
      flags.add("--add-opens=" + pkg + "=ALL-UNNAMED");
    }
    // Newer JDKs implement reflection with method handles, which breaks Spark's serializer hacks.
    flags.add("-Djdk.reflect.useDirectMethodHandle=false");
    // Lets Netty use its fast direct-buffer path instead of failing over noisily.
    flags.add("-Dio.netty.tryReflectionSetAccessible=true");
    return List.copyOf(flags);
  }
}
