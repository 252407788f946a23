package dev.roundtrip.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM: the live peak (the most heap in use right after a collection, what
 * the program really holds) and the total peak (the sum of the heap pools' peak usage, which
 * includes garbage not yet collected).
 */
final class HeapWatch {
  private final AtomicLong livePeak = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();

  /** Starts watching the collections from now on. */
  static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                watch.collected(
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData()));
              }
            },
            null,
            null);
      }
    }
    return watch;
  }

  private void collected(GarbageCollectionNotificationInfo info) {
    collections.incrementAndGet();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
        used += after == null ? 0 : after.getUsed();
      }
    }
    livePeak.accumulateAndGet(used, Math::max);
  }

  /** The most heap in use after any collection so far, in bytes; 0 if none ran. */
  long livePeak() {
    return livePeak.get();
  }

  int collections() {
    return collections.get();
  }

  /** The sum over heap pools of their peak usage, in bytes. */
  static long totalPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
