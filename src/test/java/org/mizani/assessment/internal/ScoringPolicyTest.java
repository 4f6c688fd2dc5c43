package org.mizani.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mizani.assessment.Result;
import org.mizani.assessment.Score;
import org.mizani.assessment.internal.ScoringPolicy.Answer;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringPolicyTest {

	private static Answer answer(String area, int weight, Result result) {
		return new Answer(area, BigDecimal.valueOf(weight), result, null);
	}

	@Test
	void weighsResultsByRequirementWeightPerAreaAndOverall() {
		// given: area A has weight 3 compliant and weight 1 non-compliant; area B one partial of weight 2
		List<Answer> answers = List.of(answer("A", 3, Result.COMPLIANT), answer("A", 1, Result.NON_COMPLIANT),
				answer("B", 2, Result.PARTIALLY_COMPLIANT));
		// when
		Score score = ScoringPolicy.score(answers);
		// then: A = 3/4, B = 1/2, overall = (3 + 1) / 6
		assertThat(score.areas()).extracting(Score.AreaScore::score)
			.containsExactly(new BigDecimal("75.00"), new BigDecimal("50.00"));
		assertThat(score.overall()).isEqualByComparingTo("66.67");
	}

	@Test
	void leavesNotApplicableRequirementsOutAndCountsUnansweredAsNotShown() {
		Score score = ScoringPolicy.score(List.of(answer("A", 5, Result.NOT_APPLICABLE), answer("A", 1, Result.COMPLIANT),
				new Answer("A", BigDecimal.ONE, null, null)));
		assertThat(score.overall()).isEqualByComparingTo("50.00");
	}

	@Test
	void hasNoScoreWhereNothingCounts() {
		Score score = ScoringPolicy.score(List.of(answer("A", 1, Result.NOT_APPLICABLE)));
		assertThat(score.overall()).isNull();
		assertThat(score.areas().get(0).score()).isNull();
	}

	@Test
	void averagesMaturityByWeightIgnoringNotApplicable() {
		Score score = ScoringPolicy.score(List.of(new Answer("A", BigDecimal.valueOf(3), Result.COMPLIANT, 4),
				new Answer("A", BigDecimal.ONE, Result.PARTIALLY_COMPLIANT, 0),
				new Answer("A", BigDecimal.TEN, Result.NOT_APPLICABLE, 5)));
		assertThat(score.maturity()).isEqualByComparingTo("3.00");
	}

	@Property
	void allCompliantScoresOneHundred(@ForAll("answers") List<Answer> answers) {
		List<Answer> compliant = answers.stream().map(a -> new Answer(a.area(), a.weight(), Result.COMPLIANT, a.maturity())).toList();
		Score score = ScoringPolicy.score(compliant);
		assertThat(score.overall()).isEqualByComparingTo("100");
		assertThat(score.areas()).allSatisfy(a -> assertThat(a.score()).isEqualByComparingTo("100"));
	}

	@Property
	void improvingAResultNeverLowersAScore(@ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 49) int pick) {
		int index = pick % answers.size();
		Answer before = answers.get(index);
		Result better = better(before.result());
		if (better == null) {
			return;
		}
		List<Answer> improved = new ArrayList<>(answers);
		improved.set(index, new Answer(before.area(), before.weight(), better, before.maturity()));
		Score was = ScoringPolicy.score(answers);
		Score now = ScoringPolicy.score(improved);
		assertNotLower(was.overall(), now.overall());
		for (int i = 0; i < was.areas().size(); i++) {
			assertNotLower(was.areas().get(i).score(), now.areas().get(i).score());
		}
	}

	@Property
	void notApplicableChangesNoOtherWeightRatio(@ForAll("answers") List<Answer> answers,
			@ForAll @IntRange(min = 0, max = 49) int pick) {
		// marking one requirement not applicable scores exactly as if it were not in the catalogue
		int index = pick % answers.size();
		List<Answer> marked = new ArrayList<>(answers);
		Answer a = answers.get(index);
		marked.set(index, new Answer(a.area(), a.weight(), Result.NOT_APPLICABLE, a.maturity()));
		List<Answer> removed = new ArrayList<>(answers);
		removed.remove(index);
		Score withNa = ScoringPolicy.score(marked);
		Score without = ScoringPolicy.score(removed);
		assertThat(withNa.overall() == null ? null : withNa.overall().stripTrailingZeros())
			.isEqualTo(without.overall() == null ? null : without.overall().stripTrailingZeros());
		assertThat(withNa.maturity() == null ? null : withNa.maturity().stripTrailingZeros())
			.isEqualTo(without.maturity() == null ? null : without.maturity().stripTrailingZeros());
	}

	@Property
	void scoresStayBetweenZeroAndOneHundred(@ForAll("answers") List<Answer> answers) {
		Score score = ScoringPolicy.score(answers);
		if (score.overall() != null) {
			assertThat(score.overall()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
		}
	}

	/** A score that exists stays at least as high; one that did not exist (nothing counted) can only appear. */
	private static void assertNotLower(BigDecimal was, BigDecimal now) {
		if (was != null) {
			assertThat(now).isNotNull().isGreaterThanOrEqualTo(was);
		}
	}

	/** The next better answer; unanswered improves to non-compliant. Not applicable is not "better". */
	private static Result better(Result result) {
		if (result == null) {
			return Result.NON_COMPLIANT;
		}
		return switch (result) {
			case NON_COMPLIANT -> Result.PARTIALLY_COMPLIANT;
			case PARTIALLY_COMPLIANT -> Result.COMPLIANT;
			default -> null;
		};
	}

	@Provide
	Arbitrary<List<Answer>> answers() {
		Arbitrary<String> area = Arbitraries.of("AV", "SE", "IF");
		Arbitrary<BigDecimal> weight = Arbitraries.integers().between(1, 500).map(w -> BigDecimal.valueOf(w, 2));
		Arbitrary<Result> result = Arbitraries.of(Result.values()).injectNull(0.1);
		Arbitrary<Integer> maturity = Arbitraries.integers().between(0, 5).injectNull(0.3);
		return Combinators.combine(area, weight, result, maturity).as(Answer::new).list().ofMinSize(1).ofMaxSize(50);
	}
}
