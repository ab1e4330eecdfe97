package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars and files uploaded to a real server and used there. */
class ArtifactIT {

  @Test
  void jarClassesAreUsableOnTheServer(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("src/probe/ArtifactProbe.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package probe; public class ArtifactProbe {"
        + " public static String hello(String s) { return \"hello \" + s; } }");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = dir.resolve("classes");
    assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", classes.toString(), src.toString()));
    Path jar = dir.resolve("probe.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("probe/ArtifactProbe.class"));
      out.write(Files.readAllBytes(classes.resolve("probe/ArtifactProbe.class")));
      out.closeEntry();
      // Padding makes the jar larger than one chunk, so it travels as a chunked artifact.
      out.putNextEntry(new JarEntry("padding.bin"));
      byte[] noise = new byte[100_000];
      new java.util.Random(1).nextBytes(noise);
      out.write(noise);
      out.closeEntry();
    }
    Path small = dir.resolve("lookup.txt");
    Files.writeString(small, "a,b\n", StandardCharsets.UTF_8);
    try (SparkSession spark = TestServer.newSession()) {
      spark.addArtifacts(jar.toString(), small.toString());
      assertEquals("hello world", spark.sql("SELECT reflect('probe.ArtifactProbe', 'hello', 'world')").first().getString(0));
      assertThrows(IllegalArgumentException.class, () -> spark.addArtifact(dir.resolve("missing.jar").toString()));
      assertThrows(IllegalArgumentException.class, () -> spark.addArtifact(new byte[] {1}, "../escape"));
    }
    // Another session does not see the jar: artifacts belong to their session.
    try (SparkSession other = TestServer.newSession()) {
      assertThrows(SparkConnectException.class,
          () -> other.sql("SELECT reflect('probe.ArtifactProbe', 'hello', 'world')").first());
    }
  }

  @Test
  void bytesUploadUnderTheirName() {
    try (SparkSession spark = TestServer.newSession()) {
      byte[] big = new byte[200_000];
      for (int i = 0; i < big.length; i++) {
        big[i] = (byte) (i * 31);
      }
      // A cached artifact is reported present afterwards, and a second upload is skipped.
      String hash = ArtifactManager.sha256(big);
      assertEquals(List.of(false), List.copyOf(spark.client().artifactStatuses(List.of("cache/" + hash)).values()));
      ArtifactManager manager = new ArtifactManager(spark.client());
      assertEquals(hash, manager.cache(big));
      assertEquals(List.of(true), List.copyOf(spark.client().artifactStatuses(List.of("cache/" + hash)).values()));
      assertEquals(hash, manager.cache(big));
      spark.addArtifact("small".getBytes(StandardCharsets.UTF_8), "files/small.txt");
    }
  }

}
