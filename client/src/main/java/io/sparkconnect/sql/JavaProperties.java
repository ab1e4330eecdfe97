package io.sparkconnect.sql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties of a Java record (its components, in declaration order) or JavaBean (its
 * properties with a public getter, sorted by name as Spark's bean encoder does), with the means to
 * read them and to build an instance from values.
 */
final class JavaProperties {
  private static final Map<Class<?>, JavaProperties> CACHE = new ConcurrentHashMap<>();

  /** One property: name, generic type, reader and (for beans) writer. */
  static final class Property {
    final String name;
    final Type type;
    final Class<?> rawType;
    private final Method getter;
    private final Method setter;
    /**
     * The getter as a generated {@code Function} where the getter is public in a public class the
     * JIT can inline across, else null.
     */
    private final java.util.function.Function<Object, Object> direct;
    /** The getter as {@code (Object)Object}, or null where it cannot be unreflected: no access check per call. */
    private final MethodHandle read;

    Property(String name, Type type, Class<?> rawType, Method getter, Method setter) {
      this.name = name;
      this.type = type;
      this.rawType = rawType;
      this.getter = getter;
      this.setter = setter;
      MethodHandle h;
      try {
        h = MethodHandles.lookup().unreflect(getter).asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException | RuntimeException e) {
        h = null;
      }
      this.read = h;
      this.direct = h == null ? null : direct(getter);
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.Function<Object, Object> direct(Method getter) {
      Class<?> owner = getter.getDeclaringClass();
      if (!Modifier.isPublic(owner.getModifiers()) || !Modifier.isPublic(getter.getModifiers())) {
        return null;
      }
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle impl = lookup.unreflect(getter);
        Class<?> ret = getter.getReturnType();
        Class<?> boxed = ret.isPrimitive() ? MethodType.methodType(ret).wrap().returnType() : ret;
        return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(lookup,
            "apply", MethodType.methodType(java.util.function.Function.class),
            MethodType.methodType(Object.class, Object.class), impl, MethodType.methodType(boxed, owner))
            .getTarget().invokeExact();
      } catch (Throwable e) {
        // A class this library's class loader cannot see, or not accessible: the method handle serves.
        return null;
      }
    }

    Object get(Object bean) {
      if (direct != null) {
        try {
          return direct.apply(bean);
        } catch (Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalArgumentException("Reading property '" + name + "' of " + bean.getClass().getName()
              + " failed: " + e, e);
        }
      }
      if (read != null) {
        try {
          return read.invokeExact(bean);
        } catch (Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalArgumentException("Reading property '" + name + "' of " + bean.getClass().getName()
              + " failed: " + e, e);
        }
      }
      try {
        return getter.invoke(bean);
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException("Cannot read property '" + name + "' of "
            + bean.getClass().getName() + ": " + e.getMessage(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("Reading property '" + name + "' of "
            + bean.getClass().getName() + " failed: " + e.getCause(), e.getCause());
      }
    }
  }

  final Class<?> type;
  final boolean record;
  final List<Property> properties;
  private final Constructor<?> constructor;

  private JavaProperties(Class<?> type, boolean record, List<Property> properties, Constructor<?> constructor) {
    this.type = type;
    this.record = record;
    this.properties = properties;
    this.constructor = constructor;
  }

  /** Whether {@code c} is mapped as a struct: a record, or a class with at least one bean getter. */
  static boolean isStructLike(Class<?> c) {
    if (c.isRecord()) {
      return true;
    }
    if (c.isPrimitive() || c.isArray() || c.isEnum() || c.isInterface() || c.getName().startsWith("java.")) {
      return false;
    }
    return !of(c).properties.isEmpty();
  }

  static JavaProperties of(Class<?> c) {
    return CACHE.computeIfAbsent(c, JavaProperties::inspect);
  }

  private static JavaProperties inspect(Class<?> c) {
    if (c.isRecord()) {
      RecordComponent[] rc = c.getRecordComponents();
      List<Property> props = new ArrayList<>();
      Class<?>[] types = new Class<?>[rc.length];
      for (int i = 0; i < rc.length; i++) {
        Method m = rc[i].getAccessor();
        m.setAccessible(true);
        props.add(new Property(rc[i].getName(), rc[i].getGenericType(), rc[i].getType(), m, null));
        types[i] = rc[i].getType();
      }
      Constructor<?> ctor;
      try {
        ctor = c.getDeclaredConstructor(types);
        ctor.setAccessible(true);
      } catch (NoSuchMethodException | RuntimeException e) {
        ctor = null;
      }
      return new JavaProperties(c, true, Collections.unmodifiableList(props), ctor);
    }
    Map<String, Method> getters = new TreeMap<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String n = m.getName();
      String prop = null;
      if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
        prop = decapitalize(n.substring(3));
      } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
        prop = decapitalize(n.substring(2));
      }
      if (prop != null) {
        getters.putIfAbsent(prop, m);
      }
    }
    List<Property> props = new ArrayList<>();
    for (Map.Entry<String, Method> e : getters.entrySet()) {
      Method g = e.getValue();
      Method setter = null;
      String setterName = "set" + g.getName().substring(g.getName().startsWith("is") ? 2 : 3);
      try {
        setter = c.getMethod(setterName, g.getReturnType());
      } catch (NoSuchMethodException ignored) {
        // A read-only property: it can be written to a DataFrame but not filled from one.
      }
      // Like Spark's bean encoder, only properties with both a getter and a setter count.
      if (setter != null) {
        accessible(g);
        accessible(setter);
        props.add(new Property(e.getKey(), g.getGenericReturnType(), g.getReturnType(), g, setter));
      }
    }
    Constructor<?> ctor;
    try {
      ctor = c.getConstructor();
    } catch (NoSuchMethodException e) {
      ctor = null;
    }
    return new JavaProperties(c, false, Collections.unmodifiableList(props), ctor);
  }

  /** Skips the access check of every call where the module system allows it (a public method of a non-public class). */
  private static void accessible(Method m) {
    try {
      m.setAccessible(true);
    } catch (RuntimeException ignored) {
      // Not open to this module: each call is checked instead.
    }
  }

  private static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** A new instance from values in property order. */
  Object instantiate(Object[] values) {
    if (constructor == null) {
      throw new IllegalArgumentException(type.getName() + (record
          ? " has no accessible canonical constructor" : " has no public no-argument constructor"));
    }
    try {
      if (record) {
        return constructor.newInstance(values);
      }
      Object bean = constructor.newInstance();
      for (int i = 0; i < values.length; i++) {
        Property p = properties.get(i);
        try {
          p.setter.invoke(bean, values[i]);
        } catch (InvocationTargetException e) {
          throw new IllegalArgumentException("Setting property '" + p.name + "' of " + type.getName()
              + " failed: " + e.getCause(), e.getCause());
        }
      }
      return bean;
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalArgumentException("Cannot create " + type.getName() + ": " + e, e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("Creating " + type.getName() + " failed: " + e.getCause(), e.getCause());
    }
  }
}
