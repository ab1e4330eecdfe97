package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkconnect.api.java.function.MapFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client-side reshaping of typed functions, run locally as the server would run them. */
class TypedAdaptersTest {
  static <T> List<T> list(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void partitionShapes() throws Exception {
    assertEquals(List.of("1", "2"), list(new TypedAdapters.MapEach<Integer, String>(String::valueOf)
        .call(List.of(1, 2).iterator())));
    assertEquals(List.of(2, 3, 3), list(new TypedAdapters.FlatMap<Integer, Integer>(
        v -> java.util.Collections.nCopies(v - 1, v).iterator()).call(List.of(1, 2, 3).iterator())));
    assertEquals(List.of(6), list(new TypedAdapters.Reduce<Integer>(Integer::sum).call(List.of(1, 2, 3).iterator())));
    assertFalse(new TypedAdapters.Reduce<Integer>(Integer::sum).call(List.<Integer>of().iterator()).hasNext());
    List<Integer> seen = new ArrayList<>();
    assertFalse(new TypedAdapters.Foreach<Integer>(seen::add).call(List.of(4, 5).iterator()).hasNext());
    assertEquals(List.of(4, 5), seen);
  }

  @Test
  void groupShapes() throws Exception {
    assertEquals(List.of(new Tuple2<>("k", 24)), list(new TypedAdapters.ReduceGroups<String, Integer>((a, b) -> a + b)
        .call("k", List.of(7, 8, 9).iterator())));
    assertEquals(List.of("k"), list(new TypedAdapters.Keys<String, Integer>().call("k", List.of(1).iterator())));
    MapFunction<Integer, Integer> plusOne = v -> v + 1;
    MapFunction<Integer, String> show = v -> "<" + v + ">";
    TypedAdapters.MappedGroups<String, Integer, String, String> g = new TypedAdapters.MappedGroups<>(
        (k, it) -> List.of(k + String.join("", list(it))).iterator(), new TypedAdapters.Then<>(plusOne, show));
    assertEquals(List.of("k<2><3>"), list(roundTrip(g).call("k", List.of(1, 2).iterator())));
  }

  static final class Boom extends IOException {
    Boom() {
      super("boom");
    }
  }

  @Test
  void checkedExceptionsOfUserCodePassUnwrapped() {
    TypedAdapters.MapEach<Integer, Integer> m = new TypedAdapters.MapEach<>(v -> {
      throw new Boom();
    });
    Iterator<Integer> it = m.call(List.of(1).iterator());
    assertThrows(Boom.class, it::next);
  }
  /** A record as the typed operations see it. */
  public record Person(String name, long age) {}

  @Test
  void wireAdaptersConvertWithTheEncoders() throws Exception {
    Encoder<Person> person = Encoders.bean(Person.class);
    Object annWire = TypedEncoding.toWire(person, new Person("ann", 3));
    assertEquals(new Person("ann", 3), TypedEncoding.fromWire(person, annWire));

    TypedAdapters.WirePartitions<Person, String> names = roundTrip(new TypedAdapters.WirePartitions<>(
        new TypedAdapters.MapEach<Person, String>(p -> p.name() + p.age()), person, Encoders.STRING()));
    assertEquals(List.of("ann3"), list(names.apply(List.of(annWire).iterator())));

    Encoder<Tuple2<String, Long>> pair = Encoders.tuple(Encoders.STRING(), Encoders.LONG());
    TypedAdapters.WireGroups<String, Person, Tuple2<String, Long>> counts = roundTrip(new TypedAdapters.WireGroups<>(
        (k, it) -> {
          long n = 0;
          for (; it.hasNext(); it.next()) {
            n++;
          }
          return List.of(new Tuple2<>(k, n)).iterator();
        }, Encoders.STRING(), person, pair));
    List<Object> out = list(counts.apply("k", List.of(annWire, annWire).iterator()));
    assertEquals(new Tuple2<>("k", 2L), TypedEncoding.fromWire(pair, out.get(0)));

    TypedAdapters.WireFilter<Person> adults = new TypedAdapters.WireFilter<>(p -> p.age() >= 18, person);
    assertFalse(adults.test(annWire));
    TypedAdapters.WireKey<Person, String> key = new TypedAdapters.WireKey<>(Person::name, person, Encoders.STRING());
    assertEquals("ann", key.apply(annWire));
    TypedAdapters.WireReduce<Person> older = roundTrip(new TypedAdapters.WireReduce<>(
        (a, b) -> a.age() >= b.age() ? a : b, person));
    Object bobWire = TypedEncoding.toWire(person, new Person("bob", 9));
    assertEquals(new Person("bob", 9), TypedEncoding.fromWire(person, older.apply(annWire, bobWire)));
  }

  @Test
  void tuplesOfBeansRoundTripThroughWireValues() {
    Encoder<Tuple3<Person, Long, String>> e = Encoders.tuple(Encoders.bean(Person.class), Encoders.LONG(),
        Encoders.STRING());
    assertEquals("struct<_1:struct<name:string,age:bigint>,_2:bigint,_3:string>", e.schema().simpleString());
    Tuple3<Person, Long, String> t = new Tuple3<>(new Person("bo", 40), 7L, null);
    Object w = TypedEncoding.toWire(e, t);
    assertEquals(t, TypedEncoding.fromWire(e, w));
    assertEquals(Tuple3.class, e.clsTag());
    assertThrows(IllegalArgumentException.class, () -> TypedEncoding.toWire(e, new Tuple2<>(1, 2)));
  }
}
