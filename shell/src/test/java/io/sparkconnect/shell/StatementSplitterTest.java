package io.sparkconnect.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
  @Test
  void splitsAtSemicolons() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), StatementSplitter.script("SELECT 1; SELECT 2;"));
    assertEquals(List.of("SELECT 1", "SELECT 2"), StatementSplitter.script("SELECT 1;\nSELECT 2"));
    assertEquals(List.of("SELECT 1\nFROM t\nWHERE x > 1"), StatementSplitter.script("SELECT 1\nFROM t\nWHERE x > 1;\n"));
  }

  @Test
  void quotesAndCommentsHideSemicolons() {
    assertEquals(List.of("SELECT ';', \";\", `a;b` FROM t"), StatementSplitter.script("SELECT ';', \";\", `a;b` FROM t;"));
    assertEquals(List.of("SELECT 'it\\'s;' AS x"), StatementSplitter.script("SELECT 'it\\'s;' AS x;"));
    assertEquals(List.of("SELECT 1 -- a comment; with a semicolon\n+ 1"),
        StatementSplitter.script("SELECT 1 -- a comment; with a semicolon\n+ 1;"));
    assertEquals(List.of("SELECT /* ; /* nested ; */ still ; */ 2"),
        StatementSplitter.script("SELECT /* ; /* nested ; */ still ; */ 2;"));
    assertEquals(List.of("SELECT `a``;b`"), StatementSplitter.script("SELECT `a``;b`;"));
  }

  @Test
  void commentOnlyStatementsAreDropped() {
    assertEquals(List.of("SELECT 1"), StatementSplitter.script("-- first\n;SELECT 1;  /* done */ ;\n-- end"));
    assertEquals(List.of(), StatementSplitter.script(" ; ;\n"));
  }

  @Test
  void knowsWhenAStatementIsStillOpen() {
    assertTrue(StatementSplitter.split("SELECT 1").restHasStatement());
    assertTrue(StatementSplitter.split("SELECT ';").restHasStatement(), "inside a string");
    assertTrue(StatementSplitter.split("SELECT 1 /* ; ").restHasStatement(), "inside a comment after code");
    assertFalse(StatementSplitter.split("SELECT 1;").restHasStatement());
    assertFalse(StatementSplitter.split("SELECT 1; -- done").restHasStatement());
    assertFalse(StatementSplitter.split("   ").restHasStatement());
    assertTrue(StatementSplitter.split("SELECT 1; SELECT").restHasStatement());
    assertEquals(List.of("SELECT 1"), StatementSplitter.split("SELECT 1; SELECT").statements());
    assertTrue(StatementSplitter.split("'unterminated").restHasStatement());
  }

  @Test
  void exitCommandsNeedNoSemicolon() {
    assertTrue(SqlLineParser.isExitCommand("quit"));
    assertTrue(SqlLineParser.isExitCommand(" EXIT ; "));
    assertFalse(SqlLineParser.isExitCommand("quit now"));
  }
}
