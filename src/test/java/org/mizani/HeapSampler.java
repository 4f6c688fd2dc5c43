package org.mizani;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap an export holds on to: every 512 KB of output it collects garbage and reads the heap,
 * so the figure is what the export keeps, not garbage waiting for a collection. For the export benchmarks.
 */
public final class HeapSampler {

	/** Writes to the stream it is given. */
	@FunctionalInterface
	public interface Export {

		void to(OutputStream out) throws Exception;
	}

	private HeapSampler() {
	}

	/** The peak live heap above idle in bytes, the nanoseconds taken (without the sampling) and the bytes written. */
	public static long[] during(Export export) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		Thread.sleep(200);
		long idle = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(idle);
		AtomicLong written = new AtomicLong();
		AtomicLong nextSample = new AtomicLong(512 * 1024);
		AtomicLong paused = new AtomicLong();
		OutputStream sink = new OutputStream() {
			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				if (written.addAndGet(len) >= nextSample.get()) {
					nextSample.addAndGet(512 * 1024);
					long t = System.nanoTime();
					System.gc();
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					paused.addAndGet(System.nanoTime() - t);
				}
			}
		};
		long start = System.nanoTime();
		export.to(sink);
		long nanos = System.nanoTime() - start - paused.get();
		return new long[] { Math.max(0, peak.get() - idle), nanos, written.get() };
	}
}
