/**
 * Internal: the gRPC channel, connection strings, the RPC client, result streams and error
 * conversion. Not part of the public API; classes here may change without notice.
 */
package io.sparkconnect.client;
