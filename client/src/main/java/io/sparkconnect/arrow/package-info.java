/**
 * Internal: a small, allocation-light reader and writer for the Apache Arrow IPC streaming
 * format, used to decode query results sent by a Spark Connect server and to encode local data
 * sent to it.
 *
 * <p>This package is not part of the client's public API. Its public classes exist only so that
 * other packages of the client can use them; they may change without notice.
 */
package io.sparkconnect.arrow;
