package io.sparkconnect.sql;

import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.JavaUDF;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataType;
import java.util.Objects;

/**
 * Registers user-defined functions by name in a session ({@link SparkSession#udf()}), so that SQL
 * text, {@link functions#call_udf(String, Column...)} and {@link functions#callUDF(String,
 * Column...)} can call them. A registration is one request: it either fully succeeds or leaves
 * nothing registered. Registered functions live as long as the session (temporary functions).
 *
 * <p>Thread-safe.
 */
public final class UDFRegistration {
  private final SparkSession session;

  UDFRegistration(SparkSession session) {
    this.session = session;
  }

  /**
   * Registers a user-defined function (from {@code functions.udf} or {@code functions.udaf}) under
   * {@code name}.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param udf the function
   * @return the function, named {@code name}
   * @throws IllegalArgumentException if {@code udf} was not made by this client
   * @throws SparkConnectException if the server refuses it
   */
  public UserDefinedFunction register(String name, UserDefinedFunction udf) {
    Objects.requireNonNull(name, "name");
    if (!(udf instanceof InlineUdf)) {
      throw new IllegalArgumentException("Only functions made by functions.udf or functions.udaf can be registered, not "
          + (udf == null ? "null" : udf.getClass().getName()));
    }
    InlineUdf named = (InlineUdf) udf.withName(name);
    send(named.proto(name));
    return named;
  }

  /**
   * Registers a function implemented by a class, as Spark's {@code registerJava}: either a class of
   * the program that implements one of this client's {@code io.sparkconnect.sql.api.java.UDF0..UDF22}
   * (as a ported program's classes do), or a class on the server's class path (for example in a
   * jar added with {@link SparkSession#addArtifact(String)}) that implements one of Spark's own
   * {@code org.apache.spark.sql.api.java.UDF0..UDF22}.
   *
   * <p>A class the client can load that implements this client's interfaces is made with its public
   * no-argument constructor and registered as {@link #register(String,
   * io.sparkconnect.sql.api.java.UDF1, DataType)} registers a function (its class reaches the server
   * the same way). Without {@code returnType}, its type is found from the class's declared result
   * type ({@code Integer} for a {@code UDF2<String, String, Integer>}), as Spark does. Any other
   * class name is sent to the server, which loads the class.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param className the class's fully qualified name
   * @param returnType the type of its result; null to find it from the class
   * @throws IllegalArgumentException if a local class cannot be made, or its result type is not
   *     known and {@code returnType} is null
   * @throws SparkConnectException if the server cannot load or use the class
   */
  public void registerJava(String name, String className, DataType returnType) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    Class<?> local = LocalJavaUdf.load(className);
    if (local != null) {
      int arity = LocalJavaUdf.arity(local);
      DataType type = returnType != null ? returnType : LocalJavaUdf.resultType(local, arity);
      register(name, Udfs.scalar(LocalJavaUdf.instantiate(local), arity, type));
      return;
    }
    JavaUDF.Builder j = JavaUDF.newBuilder().setClassName(className).setAggregate(false);
    if (returnType != null) {
      j.setOutputType(DataTypeProtos.toProto(returnType));
    }
    send(CommonInlineUserDefinedFunction.newBuilder().setFunctionName(name).setDeterministic(true).setJavaUdf(j));
  }

  private void send(CommonInlineUserDefinedFunction.Builder f) {
    session.executeCommand(Command.newBuilder().setRegisterFunction(f).build());
  }

  /**
   * Registers a Java function of 0 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF0, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF0<?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 0, returnType));
  }

  /**
   * Registers a Java function of 1 argument under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF1, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF1<?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 1, returnType));
  }

  /**
   * Registers a Java function of 2 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF2, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF2<?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 2, returnType));
  }

  /**
   * Registers a Java function of 3 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF3, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF3<?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 3, returnType));
  }

  /**
   * Registers a Java function of 4 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF4, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF4<?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 4, returnType));
  }

  /**
   * Registers a Java function of 5 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF5, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF5<?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 5, returnType));
  }

  /**
   * Registers a Java function of 6 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF6, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF6<?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 6, returnType));
  }

  /**
   * Registers a Java function of 7 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF7, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF7<?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 7, returnType));
  }

  /**
   * Registers a Java function of 8 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF8, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF8<?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 8, returnType));
  }

  /**
   * Registers a Java function of 9 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF9, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF9<?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 9, returnType));
  }

  /**
   * Registers a Java function of 10 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF10, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF10<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 10, returnType));
  }

  /**
   * Registers a Java function of 11 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF11, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF11<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 11, returnType));
  }

  /**
   * Registers a Java function of 12 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF12, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF12<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 12, returnType));
  }

  /**
   * Registers a Java function of 13 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF13, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF13<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 13, returnType));
  }

  /**
   * Registers a Java function of 14 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF14, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF14<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 14, returnType));
  }

  /**
   * Registers a Java function of 15 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF15, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF15<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 15, returnType));
  }

  /**
   * Registers a Java function of 16 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF16, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF16<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 16, returnType));
  }

  /**
   * Registers a Java function of 17 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF17, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF17<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 17, returnType));
  }

  /**
   * Registers a Java function of 18 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF18, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF18<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 18, returnType));
  }

  /**
   * Registers a Java function of 19 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF19, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF19<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 19, returnType));
  }

  /**
   * Registers a Java function of 20 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF20, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF20<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 20, returnType));
  }

  /**
   * Registers a Java function of 21 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF21, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF21<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 21, returnType));
  }

  /**
   * Registers a Java function of 22 arguments under {@code name}, as {@link
   * functions#udf(io.sparkconnect.sql.api.java.UDF22, DataType)} makes it.
   *
   * @param name the name SQL and {@code call_udf} use
   * @param f the function
   * @param returnType the type of its result
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   * @throws SparkConnectException if the server refuses it
   */
  public void register(String name, io.sparkconnect.sql.api.java.UDF22<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, DataType returnType) {
    register(name, Udfs.scalar(f, 22, returnType));
  }
}
