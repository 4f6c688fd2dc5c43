package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.Result;
import org.mizani.assessment.Score;

/**
 * How an assessment is scored (docs/assessment.md, "Scores"). Each response is worth its result's
 * value — compliant 1, partially compliant 0.5, non-compliant 0 — times the requirement's weight;
 * not applicable takes the requirement out of the sums; an unanswered requirement counts as not yet
 * shown, i.e. 0. A score is the weighted share in percent, per standard area and overall, rounded half
 * up to two decimals; maturity is the weighted average of the levels given.
 */
final class ScoringPolicy {

	private ScoringPolicy() {
	}

	/** One response as scoring sees it: its area, the requirement's weight, the result that counts and the maturity level. */
	record Answer(String area, BigDecimal weight, @Nullable Result result, @Nullable Integer maturity) {
	}

	static Score score(List<Answer> answers) {
		Map<String, List<Answer>> byArea = new LinkedHashMap<>();
		for (Answer a : answers) {
			byArea.computeIfAbsent(a.area(), k -> new ArrayList<>()).add(a);
		}
		List<Score.AreaScore> areas = new ArrayList<>();
		byArea.forEach((area, list) -> areas.add(new Score.AreaScore(area, percent(list), maturity(list))));
		return new Score(percent(answers), maturity(answers), areas);
	}

	private static @Nullable BigDecimal percent(List<Answer> answers) {
		BigDecimal achieved = BigDecimal.ZERO;
		BigDecimal possible = BigDecimal.ZERO;
		for (Answer a : answers) {
			if (a.result() == Result.NOT_APPLICABLE) {
				continue;
			}
			possible = possible.add(a.weight());
			if (a.result() != null) {
				achieved = achieved.add(a.weight().multiply(BigDecimal.valueOf(a.result().value())));
			}
		}
		if (possible.signum() == 0) {
			return null;
		}
		return achieved.multiply(BigDecimal.valueOf(100)).divide(possible, 2, RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal maturity(List<Answer> answers) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Answer a : answers) {
			if (a.maturity() != null && a.result() != Result.NOT_APPLICABLE) {
				sum = sum.add(a.weight().multiply(BigDecimal.valueOf(a.maturity())));
				weights = weights.add(a.weight());
			}
		}
		return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
	}
}
