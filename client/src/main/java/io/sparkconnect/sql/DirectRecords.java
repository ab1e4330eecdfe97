package io.sparkconnect.sql;

import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records the server builds and reads itself, in Spark's generated code, instead of through wire
 * values: a typed operation's input or output record is direct when the record is public (its
 * enclosing classes too), its canonical constructor is public, and each component is a primitive,
 * a boxed primitive, {@code String}, {@code BigDecimal}, {@code BigInteger}, {@code LocalDate},
 * {@code Instant}, {@code LocalDateTime}, {@code byte[]} or a direct record or bean. A public
 * JavaBean (static if nested, public no-argument constructor) whose properties are of those types
 * is direct too; Spark fills it through its setters. Spark's generated code
 * must reach the class from its own package, hence public and in a named package. Other records and beans, and
 * records inside tuples, take the wire path, which gives the same values.
 *
 * <p>A direct record's payload names its class (options {@code direct.in.<i>} and
 * {@code direct.out}); the support code builds Spark's encoder of it, which binds its fields to the
 * input's columns by name, and passes the records between Spark and the adapter as they are. This
 * removes two conversions per row. Likewise an input of rows whose fields are all numbers,
 * booleans, strings or binary (named by the empty string) arrives as the row's values array, which
 * becomes the user's {@link Row} without a copy. Stateless.
 */
final class DirectRecords {
  private static final Set<Class<?>> LEAVES = Set.of(boolean.class, byte.class, short.class, int.class, long.class,
      float.class, double.class, Boolean.class, Byte.class, Short.class, Integer.class, Long.class, Float.class,
      Double.class, String.class, BigDecimal.class, BigInteger.class, LocalDate.class, Instant.class,
      LocalDateTime.class, byte[].class);

  private static final ClassValue<Boolean> ELIGIBLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      return eligible(c, new ArrayList<>());
    }
  };

  private DirectRecords() {}

  /** Whether the server can build and read records (or beans) of {@code c} itself. */
  static boolean isDirect(Class<?> c) {
    return ELIGIBLE.get(c);
  }

  /** Whether {@code e} is a record encoder the server can take directly. */
  static boolean isDirect(Encoder<?> e) {
    return e instanceof TypedEncoder && ((TypedEncoder<?>) e).shape() == TypedEncoder.Shape.BEAN
        && isDirect(e.clsTag());
  }

  /**
   * Whether {@code e} reads rows whose fields are all numbers, booleans, strings or binary: Spark's
   * values of those are the client's, so such a row can arrive as its values array, as an input.
   */
  static boolean isPlainRow(Encoder<?> e) {
    if (!(e instanceof TypedEncoder) || ((TypedEncoder<?>) e).shape() != TypedEncoder.Shape.ROW) {
      return false;
    }
    for (StructField f : ((StructType) ((TypedEncoder<?>) e).dataType()).fields()) {
      DataType t = f.dataType();
      if (!(t instanceof LongType || t instanceof IntegerType || t instanceof StringType || t instanceof DoubleType
          || t instanceof BooleanType || t instanceof ShortType || t instanceof ByteType || t instanceof FloatType
          || t instanceof BinaryType)) {
        return false;
      }
    }
    return true;
  }

  /** {@code e} as a payload uses it for the output: its direct copy where the record qualifies, else itself. */
  static Encoder<?> inPayload(Encoder<?> e) {
    return isDirect(e) ? ((TypedEncoder<?>) e).asDirect() : e;
  }

  /** {@code encoders} as a payload uses them for inputs: direct records and plain rows as direct copies. */
  static List<Encoder<?>> inPayload(List<Encoder<?>> encoders) {
    List<Encoder<?>> out = new ArrayList<>(encoders.size());
    for (Encoder<?> e : encoders) {
      out.add(isDirect(e) || isPlainRow(e) ? ((TypedEncoder<?>) e).asDirect() : e);
    }
    return out;
  }

  /**
   * The payload options naming the direct records among {@code inputs} and {@code output}, and the
   * inputs that are plain rows (by the empty name).
   */
  static void options(List<Encoder<?>> inputs, Encoder<?> output, Map<String, String> options) {
    for (int i = 0; i < inputs.size(); i++) {
      Encoder<?> e = inputs.get(i);
      if (isDirect(e)) {
        options.put("direct.in." + i, e.clsTag().getName());
      } else if (isPlainRow(e)) {
        options.put("direct.in." + i, "");
      }
    }
    if (output != null && isDirect(output)) {
      options.put("direct.out", output.clsTag().getName());
    }
  }

  private static boolean eligible(Class<?> c, List<Class<?>> seen) {
    if (seen.contains(c) || !accessible(c)) {
      return false;
    }
    if (!c.isRecord()) {
      return eligibleBean(c, seen);
    }
    RecordComponent[] rc = c.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
    }
    try {
      Constructor<?> ctor = c.getDeclaredConstructor(types);
      if (!Modifier.isPublic(ctor.getModifiers())) {
        return false;
      }
    } catch (NoSuchMethodException e) {
      return false;
    }
    seen.add(c);
    try {
      for (Class<?> t : types) {
        if (!LEAVES.contains(t) && !eligible(t, seen)) {
          return false;
        }
      }
      return true;
    } finally {
      seen.remove(c);
    }
  }

  /**
   * Whether {@code c} is a JavaBean Spark's bean encoder can build: concrete, static if nested, a
   * public no-argument constructor, and each property (a public getter and setter pair, in the
   * client's order) of a type a direct record may have.
   */
  private static boolean eligibleBean(Class<?> c, List<Class<?>> seen) {
    if (c.isInterface() || c.isEnum() || c.isArray() || c.isPrimitive() || Modifier.isAbstract(c.getModifiers())
        || (c.isMemberClass() && !Modifier.isStatic(c.getModifiers())) || c.getName().startsWith("java.")
        || !JavaProperties.isStructLike(c)) {
      return false;
    }
    try {
      c.getConstructor();
    } catch (NoSuchMethodException e) {
      return false;
    }
    seen.add(c);
    try {
      for (JavaProperties.Property p : JavaProperties.of(c).properties) {
        if (!(p.type instanceof Class) || !LEAVES.contains(p.rawType) && !eligible(p.rawType, seen)) {
          return false;
        }
      }
      return true;
    } finally {
      seen.remove(c);
    }
  }

  /** Whether {@code c} and every class enclosing it are public, in a named package. */
  private static boolean accessible(Class<?> c) {
    if (c.getPackageName().isEmpty()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isLocalClass() || k.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }
}
