package io.sparkconnect.support.line;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.types.DataType;

/**
 * Turns a deserialized user-code payload into the Spark object its kind needs, through the kind's
 * {@link KindAdapter}: the class {@code <this package>.<KindInCamelCase>Adapter}. Thread-safe.
 */
public final class Packets {
  /** The payload formats this support code reads. */
  static final int FORMAT_VERSION = 1;
  private static final Map<String, KindAdapter> ADAPTERS = new ConcurrentHashMap<>();

  private Packets() {}

  /** Called (reflectively) by {@code UserCodePayload.readResolve}. */
  public static Object toPacket(int formatVersion, String kind, Object function, String[] inputTypes, String outputType,
      Map<String, String> options) {
    if (formatVersion != FORMAT_VERSION) {
      throw new IllegalArgumentException("This server's Spark Connect for Java support code reads payload format "
          + FORMAT_VERSION + ", not " + formatVersion + ": use one client version per session");
    }
    DataType[] in = new DataType[inputTypes.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = inputTypes[i] == null ? null : DataType.fromJson(inputTypes[i]);
    }
    DataType out = outputType == null ? null : DataType.fromJson(outputType);
    return adapter(kind).toPacket(new Payload(kind, function, in, out, options));
  }

  private static KindAdapter adapter(String kind) {
    return ADAPTERS.computeIfAbsent(kind, k -> {
      StringBuilder camel = new StringBuilder();
      for (String part : k.toLowerCase(Locale.ROOT).split("_")) {
        if (!part.isEmpty()) {
          camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
      String name = Packets.class.getPackage().getName() + "." + camel + "Adapter";
      try {
        return (KindAdapter) Class.forName(name, true, Packets.class.getClassLoader()).getDeclaredConstructor().newInstance();
      } catch (ClassNotFoundException e) {
        throw new UnsupportedOperationException("User code of kind " + k + " is not supported by this server's Spark line");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot create " + name + ": " + e, e);
      }
    });
  }
}
