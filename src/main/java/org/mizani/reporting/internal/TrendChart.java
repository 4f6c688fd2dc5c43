package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mizani.reporting.PlanProgressView;

/**
 * A target's trend as an SVG bar chart drawn on the server (no script): per fiscal year the target as an
 * outlined bar and the actual as a filled one, on one scale. The table beside it carries the same
 * figures for screen readers and print.
 */
record TrendChart(int width, int height, int baseline, List<Group> groups, String max) {

	static final int WIDTH = 560;
	static final int HEIGHT = 180;
	static final int TOP = 12;
	static final int BOTTOM = 24;
	static final int LEFT = 8;

	record Group(String label, int labelX, Bar target, Bar actual, String status) {
	}

	record Bar(int x, int y, int width, int height, boolean present) {
	}

	static TrendChart of(PlanProgressView.Target target) {
		double max = 0;
		for (PlanProgressView.Year year : target.years()) {
			max = Math.max(max, value(year.target()));
			max = Math.max(max, value(year.actual()));
		}
		if (max == 0) {
			max = 1;
		}
		int n = target.years().size();
		int slot = (WIDTH - 2 * LEFT) / Math.max(1, n);
		int bar = Math.max(4, slot / 3);
		int base = HEIGHT - BOTTOM;
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			PlanProgressView.Year year = target.years().get(i);
			int x = LEFT + i * slot + (slot - 2 * bar - 4) / 2;
			groups.add(new Group(year.label().substring(3), LEFT + i * slot + slot / 2, bar(x, bar, base, year.target(), max),
					bar(x + bar + 4, bar, base, year.actual(), max), year.status().name()));
		}
		return new TrendChart(WIDTH, HEIGHT, base, groups, BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
	}

	private static Bar bar(int x, int width, int base, BigDecimal value, double max) {
		if (value == null) {
			return new Bar(x, base, width, 0, false);
		}
		int height = (int) Math.round(value.doubleValue() / max * (base - TOP));
		return new Bar(x, base - height, width, height, true);
	}

	private static double value(BigDecimal value) {
		return value == null ? 0 : value.doubleValue();
	}
}
