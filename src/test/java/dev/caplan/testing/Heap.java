package dev.caplan.testing;

import java.lang.management.ManagementFactory;

/** The heap in use after garbage collection, for tests that bound what a long session keeps. */
public final class Heap {
    private Heap() {
    }

    /** Bytes of heap in use after three requested collections (one may not finish the job). */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
