package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.TrendPoint;

/**
 * An institution's accepted scores across campaigns of one document, area by area, with the change
 * from the previous campaign: what improved and what regressed.
 */
public record ScoreTrend(List<TrendPoint> points, List<AreaTrend> areas) {

	public record AreaTrend(AreaProgress area, List<@Nullable BigDecimal> scores, @Nullable BigDecimal change) {

		public boolean improved() {
			return change != null && change.signum() > 0;
		}

		public boolean regressed() {
			return change != null && change.signum() < 0;
		}
	}

	static ScoreTrend of(List<TrendPoint> points, List<AreaProgress> areas) {
		List<AreaTrend> trends = new ArrayList<>();
		for (AreaProgress area : areas) {
			List<BigDecimal> scores = new ArrayList<>();
			points.forEach(p -> scores.add(p.areas().get(area.code())));
			BigDecimal change = null;
			if (scores.size() >= 2 && scores.get(scores.size() - 1) != null && scores.get(scores.size() - 2) != null) {
				change = scores.get(scores.size() - 1).subtract(scores.get(scores.size() - 2));
			}
			trends.add(new AreaTrend(area, scores, change));
		}
		return new ScoreTrend(points, trends);
	}
}
