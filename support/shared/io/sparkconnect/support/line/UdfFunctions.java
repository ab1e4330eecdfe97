package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.types.DataType;

/**
 * The Scala functions of 0 to 22 arguments a scalar UDF runs: each converts Spark's argument values
 * to wire values, calls the client-side adapter and converts its wire result to a Spark value of
 * the output type. Serializable (they travel to executors with the plan); stateless.
 */
final class UdfFunctions {
  private UdfFunctions() {}

  /** The function of {@code arity} arguments around {@code f}. */
  static Object of(int arity, Function<Object[], Object> f, DataType out) {
    switch (arity) {
      case 0: return new JavaUDF0(f, out);
      case 1: return new JavaUDF1(f, out);
      case 2: return new JavaUDF2(f, out);
      case 3: return new JavaUDF3(f, out);
      case 4: return new JavaUDF4(f, out);
      case 5: return new JavaUDF5(f, out);
      case 6: return new JavaUDF6(f, out);
      case 7: return new JavaUDF7(f, out);
      case 8: return new JavaUDF8(f, out);
      case 9: return new JavaUDF9(f, out);
      case 10: return new JavaUDF10(f, out);
      case 11: return new JavaUDF11(f, out);
      case 12: return new JavaUDF12(f, out);
      case 13: return new JavaUDF13(f, out);
      case 14: return new JavaUDF14(f, out);
      case 15: return new JavaUDF15(f, out);
      case 16: return new JavaUDF16(f, out);
      case 17: return new JavaUDF17(f, out);
      case 18: return new JavaUDF18(f, out);
      case 19: return new JavaUDF19(f, out);
      case 20: return new JavaUDF20(f, out);
      case 21: return new JavaUDF21(f, out);
      case 22: return new JavaUDF22(f, out);
      default: throw new IllegalArgumentException("A UDF takes at most 22 arguments, not " + arity);
    }
  }

  /** What every arity shares. */
  abstract static class Base implements Serializable {
    private static final long serialVersionUID = 1L;
    final Function<Object[], Object> f;
    final DataType out;

    Base(Function<Object[], Object> f, DataType out) {
      this.f = f;
      this.out = out;
    }

    final Object call(Object... args) {
      for (int i = 0; i < args.length; i++) {
        args[i] = SparkValues.toWire(args[i]);
      }
      return SparkValues.toSpark(f.apply(args), out);
    }
  }

  static final class JavaUDF0 extends Base implements scala.Function0<Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF0(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply() {
      return call();
    }
  }

  static final class JavaUDF1 extends Base implements scala.Function1<Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF1(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1) {
      return call(a1);
    }
  }

  static final class JavaUDF2 extends Base implements scala.Function2<Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF2(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2) {
      return call(a1, a2);
    }
  }

  static final class JavaUDF3 extends Base implements scala.Function3<Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF3(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3) {
      return call(a1, a2, a3);
    }
  }

  static final class JavaUDF4 extends Base implements scala.Function4<Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF4(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4) {
      return call(a1, a2, a3, a4);
    }
  }

  static final class JavaUDF5 extends Base implements scala.Function5<Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF5(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5) {
      return call(a1, a2, a3, a4, a5);
    }
  }

  static final class JavaUDF6 extends Base implements scala.Function6<Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF6(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6) {
      return call(a1, a2, a3, a4, a5, a6);
    }
  }

  static final class JavaUDF7 extends Base implements scala.Function7<Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF7(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7) {
      return call(a1, a2, a3, a4, a5, a6, a7);
    }
  }

  static final class JavaUDF8 extends Base implements scala.Function8<Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF8(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8);
    }
  }

  static final class JavaUDF9 extends Base implements scala.Function9<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF9(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }
  }

  static final class JavaUDF10 extends Base implements scala.Function10<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF10(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }
  }

  static final class JavaUDF11 extends Base implements scala.Function11<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF11(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
    }
  }

  static final class JavaUDF12 extends Base implements scala.Function12<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF12(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
    }
  }

  static final class JavaUDF13 extends Base implements scala.Function13<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF13(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
    }
  }

  static final class JavaUDF14 extends Base implements scala.Function14<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF14(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14);
    }
  }

  static final class JavaUDF15 extends Base implements scala.Function15<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF15(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15);
    }
  }

  static final class JavaUDF16 extends Base implements scala.Function16<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF16(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16);
    }
  }

  static final class JavaUDF17 extends Base implements scala.Function17<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF17(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17);
    }
  }

  static final class JavaUDF18 extends Base implements scala.Function18<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF18(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17, Object a18) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18);
    }
  }

  static final class JavaUDF19 extends Base implements scala.Function19<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF19(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17, Object a18, Object a19) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19);
    }
  }

  static final class JavaUDF20 extends Base implements scala.Function20<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF20(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17, Object a18, Object a19, Object a20) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20);
    }
  }

  static final class JavaUDF21 extends Base implements scala.Function21<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF21(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17, Object a18, Object a19, Object a20, Object a21) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21);
    }
  }

  static final class JavaUDF22 extends Base implements scala.Function22<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object> {
    private static final long serialVersionUID = 1L;

    JavaUDF22(Function<Object[], Object> f, DataType out) {
      super(f, out);
    }

    @Override
    public Object apply(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8, Object a9, Object a10, Object a11, Object a12, Object a13, Object a14, Object a15, Object a16, Object a17, Object a18, Object a19, Object a20, Object a21, Object a22) {
      return call(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22);
    }
  }
}
