package io.sparkconnect.sql;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;

/**
 * The server-side form of the client's payload class: same name, fields and
 * {@code serialVersionUID} as {@code client/.../UserCodePayload.java}. Deserializing it on the
 * server ({@code readResolve}, which runs before the server casts the object) turns it into the
 * Spark object its kind needs, built by the support code of the server's Spark line.
 */
public final class UserCodePayload implements Serializable {
  private static final long serialVersionUID = 4_711_2024_0001L;
  private static final String[] LINES = {"io.sparkconnect.support.spark4", "io.sparkconnect.support.spark35"};
  private static volatile Method toPacket;

  private final int formatVersion;
  private final String kind;
  private final Object function;
  private final String[] inputTypes;
  private final String outputType;
  private final HashMap<String, String> options;

  private UserCodePayload() {
    throw new UnsupportedOperationException("only deserialized");
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      return packets().invoke(null, formatVersion, kind, function, inputTypes, outputType, options);
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      InvalidObjectException ioe = new InvalidObjectException("Cannot build the Spark object for user code of kind " + kind + ": " + c);
      ioe.initCause(c);
      throw ioe;
    } catch (ReflectiveOperationException e) {
      InvalidObjectException ioe = new InvalidObjectException("The Spark Connect for Java support code is incomplete: " + e);
      ioe.initCause(e);
      throw ioe;
    }
  }

  private static Method packets() throws ReflectiveOperationException {
    Method m = toPacket;
    if (m == null) {
      ClassNotFoundException last = null;
      for (String line : LINES) {
        try {
          Class<?> c = Class.forName(line + ".Packets", true, UserCodePayload.class.getClassLoader());
          m = c.getMethod("toPacket", int.class, String.class, Object.class, String[].class, String.class, java.util.Map.class);
          break;
        } catch (ClassNotFoundException e) {
          last = e;
        }
      }
      if (m == null) {
        throw last;
      }
      toPacket = m;
    }
    return m;
  }
}
