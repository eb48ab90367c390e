package dev.caplan.bench;

import dev.caplan.result.ResultTable;
import dev.caplan.synth.Workloads;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak heap of loading and evaluating a model, in a fresh JVM (bench/run: -Xmx512m
 * -XX:+UseSerialGC): System.gc(), reset the pools' peaks, load + evaluate, then the sum over heap
 * pools of each pool's peak used bytes (an upper bound: the pools need not peak together).
 * Prints {@code peakHeapBytes=N} and {@code baselineHeapBytes=N}.
 */
public final class PeakHeap {
    private PeakHeap() {
    }

    public static void main(String[] args) {
        Path model = Path.of(args[0]);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<ResultTable> tables = Workloads.loadAndEvaluate(model);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("tables=" + tables.size());
        System.out.println("peakHeapBytes=" + peak);
        System.out.println("baselineHeapBytes=" + baseline);
    }
}
