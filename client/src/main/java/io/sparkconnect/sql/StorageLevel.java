package io.sparkconnect.sql;

import java.util.Objects;

/**
 * Where and how {@link DataFrame#persist(StorageLevel)} keeps cached data on the server: in
 * memory, on disk, off-heap, serialised or not, and in how many replicas. Spark's constants are
 * provided ({@link #MEMORY_AND_DISK} is the default of {@link DataFrame#cache()}). Immutable.
 */
public final class StorageLevel {
  /** Not cached. */
  public static final StorageLevel NONE = new StorageLevel(false, false, false, false, 1);
  /** On disk only. */
  public static final StorageLevel DISK_ONLY = new StorageLevel(true, false, false, false, 1);
  /** On disk only, two replicas. */
  public static final StorageLevel DISK_ONLY_2 = new StorageLevel(true, false, false, false, 2);
  /** On disk only, three replicas. */
  public static final StorageLevel DISK_ONLY_3 = new StorageLevel(true, false, false, false, 3);
  /** In memory, deserialised. */
  public static final StorageLevel MEMORY_ONLY = new StorageLevel(false, true, false, true, 1);
  /** In memory, deserialised, two replicas. */
  public static final StorageLevel MEMORY_ONLY_2 = new StorageLevel(false, true, false, true, 2);
  /** In memory, serialised. */
  public static final StorageLevel MEMORY_ONLY_SER = new StorageLevel(false, true, false, false, 1);
  /** In memory, serialised, two replicas. */
  public static final StorageLevel MEMORY_ONLY_SER_2 = new StorageLevel(false, true, false, false, 2);
  /** In memory, spilling to disk, deserialised. */
  public static final StorageLevel MEMORY_AND_DISK = new StorageLevel(true, true, false, true, 1);
  /** In memory, spilling to disk, deserialised, two replicas. */
  public static final StorageLevel MEMORY_AND_DISK_2 = new StorageLevel(true, true, false, true, 2);
  /** In memory, spilling to disk, serialised. */
  public static final StorageLevel MEMORY_AND_DISK_SER = new StorageLevel(true, true, false, false, 1);
  /** In memory, spilling to disk, serialised, two replicas. */
  public static final StorageLevel MEMORY_AND_DISK_SER_2 = new StorageLevel(true, true, false, false, 2);
  /** Off-heap memory. */
  public static final StorageLevel OFF_HEAP = new StorageLevel(true, true, true, false, 1);

  private final boolean useDisk;
  private final boolean useMemory;
  private final boolean useOffHeap;
  private final boolean deserialized;
  private final int replication;

  private StorageLevel(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized, int replication) {
    if (replication < 1) {
      throw new IllegalArgumentException("replication must be at least 1, not " + replication);
    }
    this.useDisk = useDisk;
    this.useMemory = useMemory;
    this.useOffHeap = useOffHeap;
    this.deserialized = deserialized;
    this.replication = replication;
  }

  /** A storage level of these flags. */
  public static StorageLevel apply(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized,
      int replication) {
    return new StorageLevel(useDisk, useMemory, useOffHeap, deserialized, replication);
  }

  /** Whether data spills to (or lives on) disk. */
  public boolean useDisk() {
    return useDisk;
  }

  /** Whether data is kept in memory. */
  public boolean useMemory() {
    return useMemory;
  }

  /** Whether memory is off-heap. */
  public boolean useOffHeap() {
    return useOffHeap;
  }

  /** Whether data in memory is kept as objects rather than serialised bytes. */
  public boolean deserialized() {
    return deserialized;
  }

  /** The number of replicas. */
  public int replication() {
    return replication;
  }

  io.sparkconnect.proto.StorageLevel toProto() {
    return io.sparkconnect.proto.StorageLevel.newBuilder().setUseDisk(useDisk).setUseMemory(useMemory)
        .setUseOffHeap(useOffHeap).setDeserialized(deserialized).setReplication(replication).build();
  }

  static StorageLevel fromProto(io.sparkconnect.proto.StorageLevel p) {
    return new StorageLevel(p.getUseDisk(), p.getUseMemory(), p.getUseOffHeap(), p.getDeserialized(),
        Math.max(1, p.getReplication()));
  }

  /** Levels are equal when all their flags are. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StorageLevel)) {
      return false;
    }
    StorageLevel s = (StorageLevel) o;
    return useDisk == s.useDisk && useMemory == s.useMemory && useOffHeap == s.useOffHeap
        && deserialized == s.deserialized && replication == s.replication;
  }

  @Override
  public int hashCode() {
    return Objects.hash(useDisk, useMemory, useOffHeap, deserialized, replication);
  }

  /** As Spark prints it, e.g. {@code StorageLevel(disk, memory, deserialized, 1 replicas)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StorageLevel(");
    if (useDisk) {
      sb.append("disk, ");
    }
    if (useMemory) {
      sb.append("memory, ");
    }
    if (useOffHeap) {
      sb.append("offheap, ");
    }
    if (deserialized) {
      sb.append("deserialized, ");
    }
    return sb.append(replication).append(" replicas)").toString();
  }
}
