package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * The classes {@code UDFRegistration.registerJava} finds in the program itself: classes that
 * implement this client's {@code io.sparkconnect.sql.api.java.UDF0..UDF22}, as a program ported from
 * Spark has them, and whose result type can be read off their declaration. Stateless; thread-safe.
 */
final class LocalJavaUdf {
  private static final String PREFIX = "io.sparkconnect.sql.api.java.UDF";

  private LocalJavaUdf() {}

  /** The class if the program can load it and it implements one of this client's UDF interfaces, else null. */
  static Class<?> load(String className) {
    Class<?> c = null;
    for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
        LocalJavaUdf.class.getClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try {
        c = Class.forName(className, false, loader);
        break;
      } catch (ClassNotFoundException | LinkageError e) {
        // not the program's class: the server may have it
      }
    }
    return c != null && arityOrNegative(c) >= 0 ? c : null;
  }

  /** The number of arguments of the UDF interface {@code c} implements. */
  static int arity(Class<?> c) {
    return arityOrNegative(c);
  }

  private static int arityOrNegative(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        int n = interfaceArity(i);
        if (n >= 0) {
          return n;
        }
      }
    }
    return -1;
  }

  private static int interfaceArity(Class<?> i) {
    String n = i.getName();
    if (n.startsWith(PREFIX) && i.getPackage() == io.sparkconnect.sql.api.java.UDF0.class.getPackage()) {
      try {
        return Integer.parseInt(n.substring(PREFIX.length()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    for (Class<?> sup : i.getInterfaces()) {
      int a = interfaceArity(sup);
      if (a >= 0) {
        return a;
      }
    }
    return -1;
  }

  /**
   * The SQL type of the class's declared result (the last type argument of its UDF interface), as
   * Spark infers it.
   *
   * @throws IllegalArgumentException if the declaration does not name a type this client can map
   */
  static DataType resultType(Class<?> c, int arity) {
    Type t = declaredResult(c, arity, new HashMap<>());
    if (t instanceof Class<?> k) {
      try {
        return TypedEncoding.dataType(TypedEncoding.forClass(k));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Cannot find the SQL type of " + c.getName() + "'s result ("
            + k.getName() + "): pass the return type to registerJava", e);
      }
    }
    throw new IllegalArgumentException("Cannot find the SQL type of " + c.getName() + "'s result (" + t
        + "): pass the return type to registerJava");
  }

  // Walks the declarations from c up to the UDF interface, resolving type variables bound on the way.
  private static Type declaredResult(Class<?> c, int arity, Map<TypeVariable<?>, Type> bound) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Type gi : k.getGenericInterfaces()) {
        Type r = fromInterface(gi, arity, bound);
        if (r != null) {
          return r;
        }
      }
      if (k.getGenericSuperclass() instanceof ParameterizedType p) {
        bind(p, bound);
      }
    }
    return Object.class;
  }

  private static Type fromInterface(Type gi, int arity, Map<TypeVariable<?>, Type> bound) {
    Class<?> raw = gi instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) gi;
    if (gi instanceof ParameterizedType p) {
      bind(p, bound);
    }
    if (interfaceArity(raw) != arity) {
      return null;
    }
    if (raw.getName().equals(PREFIX + arity)) {
      if (!(gi instanceof ParameterizedType p)) {
        return Object.class;
      }
      Type[] args = p.getActualTypeArguments();
      Type r = args[args.length - 1];
      while (r instanceof TypeVariable<?> v && bound.containsKey(v)) {
        r = bound.get(v);
      }
      return r instanceof ParameterizedType pr ? pr.getRawType() : r;
    }
    for (Type sup : raw.getGenericInterfaces()) {
      Type r = fromInterface(sup, arity, bound);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static void bind(ParameterizedType p, Map<TypeVariable<?>, Type> bound) {
    TypeVariable<?>[] vars = ((Class<?>) p.getRawType()).getTypeParameters();
    Type[] args = p.getActualTypeArguments();
    for (int i = 0; i < vars.length && i < args.length; i++) {
      Type a = args[i];
      while (a instanceof TypeVariable<?> v && bound.containsKey(v)) {
        a = bound.get(v);
      }
      bound.put(vars[i], a);
    }
  }

  /** A new instance, made with the class's public no-argument constructor, as Spark makes it. */
  static Object instantiate(Class<?> c) {
    try {
      Constructor<?> ctor = c.getConstructor();
      return ctor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(c.getName() + " has no public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("The constructor of " + c.getName() + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Cannot make a " + c.getName() + ": " + e, e);
    }
  }
}
