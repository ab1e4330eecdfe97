package io.sparkconnect.junit;

import io.sparkconnect.sql.SparkSession;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit 5 extension behind {@link SparkConnectTest}; register it through that annotation
 * rather than directly. It resolves {@link SparkSession} parameters and fills
 * {@code SparkSession} fields, with a session per test class or per test method on a server
 * shared by the whole test JVM.
 *
 * <p>Thread-safe: JUnit may call it from several threads when test classes run in parallel.
 */
public final class SparkConnectExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SparkConnectExtension.class);
  private static final String SESSION = "session";

  /** Creates the extension; JUnit does, for classes annotated with {@link SparkConnectTest}. */
  public SparkConnectExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    for (Field f : sessionFields(testClass, true)) {
      set(f, null, classSession(context));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    List<Object> instances = context.getRequiredTestInstances().getAllInstances();
    for (Object instance : instances) {
      for (Field f : sessionFields(instance.getClass(), false)) {
        set(f, instance, session(context));
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getDeclaringExecutable() instanceof Constructor<?>
        && settings(context).isolation() == Isolation.METHOD
        && context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "@SparkConnectTest(isolation = METHOD) gives each test method its own session, which a"
              + " constructor cannot receive: take the SparkSession as a test-method parameter or a"
              + " field of " + context.getRequiredTestClass().getName());
    }
    return session(context);
  }

  /**
   * The session for {@code context}: the test method's own with {@link Isolation#METHOD}, else
   * the test class's. Lifecycle methods without a test method ({@code @BeforeAll}) get the
   * class's.
   */
  private static SparkSession session(ExtensionContext context) {
    if (settings(context).isolation() == Isolation.METHOD && context.getTestMethod().isPresent()) {
      return context
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(SESSION, k -> new SessionResource(newSession(context)), SessionResource.class)
          .session;
    }
    return classSession(context);
  }

  private static SparkSession classSession(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    ExtensionContext owner = classContext;
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SESSION, k -> new SessionResource(newSession(owner)), SessionResource.class)
        .session;
  }

  private static SparkSession newSession(ExtensionContext context) {
    ServerSpec spec;
    try {
      spec = ServerSpec.of(settings(context), System.getProperties());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
    return SparkSession.builder().remote(SharedServers.connectionString(spec)).create();
  }

  /** The annotation on the test class, or on a class enclosing a {@code @Nested} one. */
  private static SparkConnectTest settings(ExtensionContext context) {
    for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
      Optional<SparkConnectTest> found = AnnotationSupport.findAnnotation(c, SparkConnectTest.class);
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new ExtensionConfigurationException(
        SparkConnectExtension.class.getSimpleName()
            + " needs @SparkConnectTest on " + context.getRequiredTestClass().getName());
  }

  private static List<Field> sessionFields(Class<?> type, boolean statics) {
    return ReflectionSupport.findFields(
        type,
        f -> f.getType() == SparkSession.class
            && !Modifier.isFinal(f.getModifiers())
            && Modifier.isStatic(f.getModifiers()) == statics,
        HierarchyTraversalMode.TOP_DOWN);
  }

  private static void set(Field field, Object instance, SparkSession session) {
    try {
      field.setAccessible(true);
      field.set(instance, session);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "Cannot inject the SparkSession into field " + field + ": " + e.getMessage(), e);
    }
  }

  /** Closes a session when JUnit discards the class's or method's context. */
  private static final class SessionResource implements ExtensionContext.Store.CloseableResource {
    final SparkSession session;

    SessionResource(SparkSession session) {
      this.session = session;
    }

    @Override
    public void close() {
      session.close();
    }
  }
}
