package io.sparkconnect.sql;

import java.io.Serializable;
import java.util.HashMap;

/**
 * What the client sends as a user-code payload (for example {@code ScalarScalaUDF.payload}): a
 * Java-serialized object of this class.
 *
 * <p>The class exists twice with this name, these fields and this {@code serialVersionUID}: here
 * (plain Java, only ever serialized) and in each server support jar, where deserializing it
 * resolves ({@code readResolve}) into the Spark object the server expects, built on the server
 * from the kind, the function and the data types. No Spark object is ever in the stream. Changing
 * a field here means changing it in {@code support/common} too. This client copy is never uploaded
 * to the server.
 */
final class UserCodePayload implements Serializable {
  private static final long serialVersionUID = 4_711_2024_0001L;

  /** The payload format; the support code rejects versions it does not know. */
  private final int formatVersion;
  /** The {@link UserCode.Kind} name: which Spark object the server builds. */
  private final String kind;
  /** The client-side adapter around the user's function, of the JDK shape the kind documents. */
  private final Object function;
  /** The JSON data type of each input value, in order (empty where the server infers them). */
  private final String[] inputTypes;
  /** The JSON data type of the output value, or null. */
  private final String outputType;
  /** Kind-specific settings. */
  private final HashMap<String, String> options;

  UserCodePayload(String kind, Object function, String[] inputTypes, String outputType, HashMap<String, String> options) {
    this.formatVersion = 1;
    this.kind = kind;
    this.function = function;
    this.inputTypes = inputTypes.clone();
    this.outputType = outputType;
    this.options = new HashMap<>(options);
  }
}
