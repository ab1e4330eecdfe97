package io.sparkconnect.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellOptionsTest {
  @Test
  void defaultsToAnEmbeddedServer() {
    ShellOptions o = ShellOptions.parse();
    assertEquals("local", o.remote());
    assertNull(o.sql());
    assertFalse(o.scripted());
    assertEquals(20, o.maxRows());
    assertEquals(20, o.truncate());
    assertTrue(o.progress());
  }

  @Test
  void parsesEveryOption() {
    ShellOptions o = ShellOptions.parse("--remote", "sc://h:1/;token=x", "-e", "SELECT 1", "--conf", "a.b=c=d",
        "--conf=x=y", "--max-rows=5", "--truncate", "0", "--vertical", "--no-progress", "--history", "/tmp/h",
        "--spark-version", "3.5.7");
    assertEquals("sc://h:1/;token=x", o.remote());
    assertEquals("SELECT 1", o.sql());
    assertTrue(o.scripted());
    assertEquals(Map.of("a.b", "c=d", "x", "y"), o.conf());
    assertEquals(5, o.maxRows());
    assertEquals(0, o.truncate());
    assertTrue(o.vertical());
    assertFalse(o.progress());
    assertEquals(Paths.get("/tmp/h"), o.historyFile());
    assertEquals("3.5.7", o.localVersion());
    assertEquals(Paths.get("x.sql"), ShellOptions.parse("-f", "x.sql").file());
  }

  @Test
  void badCommandLinesSayWhatIsWrong() {
    assertEquals("unknown option '--nope' (--help lists the options)",
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("--nope")).getMessage());
    assertEquals("-e wants a value", assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("-e")).getMessage());
    assertEquals("give one -e or one -f, not several",
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("-e", "x", "-f", "y")).getMessage());
    assertEquals("--max-rows wants a number, not 'ten'",
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("--max-rows", "ten")).getMessage());
    assertEquals("--max-rows wants a number of at least 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("--max-rows", "0")).getMessage());
    assertEquals("--conf wants KEY=VALUE, not 'novalue'",
        assertThrows(IllegalArgumentException.class, () -> ShellOptions.parse("--conf", "novalue")).getMessage());
  }

  @Test
  void theBannerNeverShowsConnectionParameters() {
    assertEquals("sc://host:15002", SqlShell.describe("sc://host:15002/;token=secret;use_ssl=true"));
    assertEquals("an embedded server (local[2])", SqlShell.describe("local[2]"));
  }
}
