package io.sparkconnect.support.line;

/** Builds the Spark object for one kind of user code. Implementations are stateless. */
public interface KindAdapter {
  /**
   * The Spark object the server expects for this payload (for example a {@code UdfPacket}).
   *
   * @param payload the deserialized payload
   * @return the object {@code readResolve} returns
   */
  Object toPacket(Payload payload);
}
