package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.ClientListener;
import io.sparkconnect.sql.SparkSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancel from another thread at any moment, the query timeout and close: the work stops on the
 * server (a short query right after is fast) and the waiting thread fails at once, on a local
 * master and on the two-worker cluster alike.
 */
@Tag("compat")
class CancelIT {
  /**
   * Hours of interruptible tasks of about ten seconds each (every row sleeps a millisecond), so no
   * row reaches the client for the first ten seconds; no shuffle, as in the client's InterruptIT:
   * a query with a shuffle interrupted while the server plans it can leave its map stage job
   * running on the server, which no client can reach.
   */
  static final String LONG_QUERY = "SELECT s FROM (SELECT reflect('java.lang.Thread', 'sleep', 1L) AS s"
      + " FROM range(0, 100000000, 1, 10000)) WHERE s IS NOT NULL";

  static Connection conn;
  static ExecutorService pool;
  /** A connection whose session holds chosen requests of the statement threads before they are sent. */
  static Connection gated;
  static final Gate GATE = new Gate();

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
    SparkSession session = SparkSession.builder().remote(JdbcTestServer.connectionString()).listener(GATE).create();
    gated = new SparkConnectConnection(session, JdbcUrl.parse(JdbcTestServer.url(), new Properties()));
    pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, STATEMENT_THREAD);
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void close() throws SQLException {
    if (gated != null) {
      gated.close();
    }
    if (conn != null) {
      conn.close();
    }
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  static final String STATEMENT_THREAD = "CancelIT-statement";

  /**
   * Holds the {@code n}-th call of one RPC made by a statement thread at its start, before it is
   * sent, until the test releases it: the moment "cancelled while the request is on its way".
   */
  static final class Gate implements ClientListener {
    record Hold(String method, int n, AtomicInteger seen, CountDownLatch held, CountDownLatch release) {}

    final AtomicReference<Hold> hold = new AtomicReference<>();

    Hold arm(String method, int n) {
      Hold h = new Hold(method, n, new AtomicInteger(), new CountDownLatch(1), new CountDownLatch(1));
      hold.set(h);
      return h;
    }

    @Override
    public void onRpcStart(String method) {
      Hold h = hold.get();
      if (h == null || !h.method().equals(method) || !Thread.currentThread().getName().equals(STATEMENT_THREAD)
          || h.seen().getAndIncrement() != h.n()) {
        return;
      }
      h.held().countDown();
      try {
        h.release().await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void assertServerFree(String what) throws SQLException {
    long start = System.nanoTime();
    try (Statement st = conn.createStatement()) {
      // Work left running would hold both cores for hours: fail rather than wait for it.
      st.setQueryTimeout(120);
      ResultSet rs = st.executeQuery("SELECT sum(id) FROM range(7)");
      assertTrue(rs.next());
      assertEquals(21, rs.getLong(1));
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("CancelIT: %s: a short query right after took %d ms%n", what, ms);
    // Work left running would hold both cores for hours; a loaded machine is slow, not that slow.
    assertTrue(ms < 30_000, what + ": the server still looks busy: " + ms + " ms");
  }

  private static SQLException failure(Future<?> running) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof SQLException, String.valueOf(e.getCause()));
    return (SQLException) e.getCause();
  }

  /**
   * Runs {@code sql} on a statement thread and returns once its execution has begun (a cancel
   * before that finds an idle statement, which it leaves alone, as JDBC has it).
   */
  private static Future<Boolean> startExecute(Statement st, String sql) throws Exception {
    SparkConnectStatement s = st.unwrap(SparkConnectStatement.class);
    Future<Boolean> running = pool.submit(() -> st.execute(sql));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!s.isRunning()) {
      assertFalse(running.isDone(), "the execution ended before it was seen running");
      assertTrue(System.nanoTime() < deadline, "the execution did not start");
      Thread.onSpinWait();
    }
    return running;
  }

  private static void warm(Connection c) throws SQLException {
    // The server's first analysis of the query's text is much slower than later ones.
    try (Statement warm = c.createStatement(); ResultSet rs = warm.executeQuery(LONG_QUERY + " LIMIT 0")) {
      assertFalse(rs.next());
    }
  }

  @Test
  void cancelBeforeTheFirstRowStopsTheQuery() throws Exception {
    warm(conn);
    for (long delayMs : new long[] {0, 300, 2000}) {
      Statement st = conn.createStatement();
      Future<Boolean> running = startExecute(st, LONG_QUERY);
      Thread.sleep(delayMs);
      assertFalse(running.isDone(), "the query is still waiting for its first row");
      long start = System.nanoTime();
      st.cancel();
      SQLException e = failure(running);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("CancelIT: cancel %d ms after execute began: the executing thread failed %d ms later: %s%n",
          delayMs, ms, e);
      assertEquals("HY008", e.getSQLState(), e.getMessage());
      // Once the query runs, the server stops it at once. At 0 ms the cancel can meet the
      // statement's SqlCommand while the server analyses it, which it finishes before it notices
      // the interrupt: quick on a quiet server, seconds on a loaded one.
      assertTrue(ms < (delayMs == 0 ? 30_000 : 2_000), "cancel took " + ms + " ms");
      assertServerFree("cancel " + delayMs + " ms after execute began");
      // The statement stays usable.
      try (ResultSet rs = st.executeQuery("SELECT 5")) {
        assertTrue(rs.next());
        assertEquals(5, rs.getInt(1));
      }
      st.close();
    }
  }

  /**
   * A cancel while one of the execution's requests is on its way, not yet on the server: the
   * statement's SqlCommand, the analysis of its result, the query itself. The held request goes
   * out after the cancel returned (and after interrupts that found nothing); the server must not
   * be left running it.
   */
  @ParameterizedTest(name = "{0} #{1} held")
  @CsvSource({"ExecutePlan, 0", "AnalyzePlan, 0", "ExecutePlan, 1"})
  void cancelWhileARequestIsOnItsWay(String method, int n) throws Exception {
    warm(gated);
    try (Statement st = gated.createStatement()) {
      Gate.Hold hold = GATE.arm(method, n);
      Future<Boolean> running;
      try {
        running = pool.submit(() -> st.execute(LONG_QUERY));
        assertTrue(hold.held().await(60, TimeUnit.SECONDS), method + " #" + n + " was never sent");
        long start = System.nanoTime();
        st.cancel();
        // Long enough for the cancel's first interrupts to find nothing on the server.
        Thread.sleep(300);
        assertFalse(running.isDone(), "the statement waits for its held request");
        hold.release().countDown();
        SQLException e = failure(running);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("CancelIT: cancel with %s #%d held 300 ms: the executing thread failed %d ms after"
            + " the cancel: %s%n", method, n, ms, e);
        assertEquals("HY008", e.getSQLState(), e.getMessage());
        assertTrue(ms < 30_000, "cancel took " + ms + " ms");
      } finally {
        hold.release().countDown();
        GATE.hold.set(null);
      }
      assertServerFree("cancel with " + method + " #" + n + " on its way");
      try (ResultSet rs = st.executeQuery("SELECT 6")) {
        assertTrue(rs.next());
        assertEquals(6, rs.getInt(1));
      }
    }
  }

  @Test
  void cancelWhileReadingEndsTheResultSet() throws Exception {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT reflect('java.lang.Thread', 'sleep', 1L) AS s"
            + " FROM range(0, 10000000, 1, 10000)")) {
      assertTrue(rs.next());
      st.cancel();
      SQLException e = assertThrows(SQLException.class, () -> {
        while (rs.next()) {
          // reading on
        }
      });
      assertEquals("HY008", e.getSQLState());
    }
    assertServerFree("cancel while reading");
  }

  @Test
  void queryTimeoutInterruptsOnTheServer() throws Exception {
    try (Statement st = conn.createStatement()) {
      st.setQueryTimeout(2);
      assertEquals(2, st.getQueryTimeout());
      long start = System.nanoTime();
      SQLTimeoutException e = assertThrows(SQLTimeoutException.class, () -> st.executeQuery(LONG_QUERY));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("CancelIT: a 2 s query timeout failed the query after %d ms: %s%n", ms, e.getMessage());
      assertEquals("HYT00", e.getSQLState());
      assertTrue(ms >= 1_900 && ms < 6_000, ms + " ms");
      assertServerFree("query timeout");
      // Statements within their timeout are unaffected by it.
      st.setQueryTimeout(120);
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM range(100000)")) {
        assertTrue(rs.next());
        assertEquals(100000, rs.getLong(1));
      }
    }
  }

  @Test
  void closeCancelsRunningWork() throws Exception {
    Statement st = conn.createStatement();
    Future<Boolean> running = startExecute(st, LONG_QUERY);
    Thread.sleep(500);
    long start = System.nanoTime();
    st.close();
    SQLException e = failure(running);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("CancelIT: close() ended the running query in %d ms: %s%n", ms, e);
    assertTrue(ms < 2_000, ms + " ms");
    assertTrue(st.isClosed());
    assertServerFree("statement close");
  }

  @Test
  void connectionCloseCancelsAndReleases() throws Exception {
    Connection other = JdbcTestServer.connect();
    Statement st = other.createStatement();
    Future<Boolean> running = startExecute(st, LONG_QUERY);
    Thread.sleep(500);
    other.close();
    failure(running);
    assertTrue(other.isClosed());
    assertTrue(st.isClosed());
    assertFalse(other.isValid(1));
    SQLException e = assertThrows(SQLException.class, other::createStatement);
    assertEquals("08003", e.getSQLState());
    assertServerFree("connection close");
  }
}
