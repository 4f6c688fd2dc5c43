package org.mizani;

import java.util.Arrays;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Warm medians for the benchmarks: a number of untimed runs first, then the median of the timed ones. */
public final class Timings {

	/** Work to time; may throw. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;
	}

	private Timings() {
	}

	/** The median in milliseconds of a request that must answer 200. */
	public static double median(MockMvc mvc, MockHttpServletRequestBuilder request, int warmup, int runs) throws Exception {
		return median(() -> {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (status != 200) {
				throw new IllegalStateException("status " + status);
			}
		}, warmup, runs);
	}

	public static double median(Work work, int warmup, int runs) throws Exception {
		return medianAndP95(work, warmup, runs)[0];
	}

	/** The median and the 95th percentile in milliseconds, after the untimed runs. */
	public static double[] medianAndP95(Work work, int warmup, int runs) throws Exception {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(times);
		return new double[] { times[runs / 2], times[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] };
	}

	/** The same for a request that must answer 200. */
	public static double[] medianAndP95(MockMvc mvc, MockHttpServletRequestBuilder request, int warmup, int runs) throws Exception {
		return medianAndP95(() -> {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (status != 200) {
				throw new IllegalStateException("status " + status);
			}
		}, warmup, runs);
	}
}
