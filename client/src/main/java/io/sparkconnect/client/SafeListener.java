package io.sparkconnect.client;

/** Runs listener callbacks so that a failing listener cannot break a call. */
final class SafeListener {
  private SafeListener() {}

  static void run(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      // A listener's failure is its own; the call goes on.
    }
  }
}
