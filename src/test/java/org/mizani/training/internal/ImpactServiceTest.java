package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpAnswers.Outcome;
import org.mizani.training.FollowUpView;
import org.mizani.training.ImpactView;
import org.mizani.training.ImpactView.AreaComparison;
import org.mizani.training.ImpactView.Change;
import org.mizani.training.ImpactView.Comparison;
import org.mizani.training.internal.ImpactService.Pair;

class ImpactServiceTest {

	@Test
	void aChangeIsTakenOnlyOverInstitutionsWithBothValues() {
		Change change = ImpactService.change(List.of(new Pair(50.0, 70.0), new Pair(60.0, 80.0), new Pair(null, 90.0),
				new Pair(40.0, null)));
		assertThat(change.n()).isEqualTo(2);
		assertThat(change.before()).isEqualTo(55.0, within(1e-9));
		assertThat(change.after()).isEqualTo(75.0, within(1e-9));
		assertThat(change.delta()).isEqualTo(20.0, within(1e-9));
		assertThat(ImpactService.change(List.of(new Pair(null, null)))).isEqualTo(new Change(0, null, null));
	}

	@Test
	void theEffectIsTheDifferenceInDifferencesOnlyWithEnoughInstitutionsOnBothSides() {
		Change trained = new Change(3, 50.0, 70.0);
		Change others = new Change(5, 52.0, 57.0);
		Comparison enough = new Comparison(trained, others, new Change(3, 2.0, 1.0), new Change(5, 2.0, 2.5), new Change(3, 1.0, 0.0),
				new Change(5, 1.0, 1.0), List.of(new AreaComparison("SEC", null, "Security", new Change(3, 40.0, 60.0),
						new Change(4, 40.0, 45.0), 3), new AreaComparison("GOV", null, "Governance", new Change(3, 40.0, 60.0),
						new Change(2, 40.0, 45.0), 3)), 3);
		assertThat(enough.scoreEffect()).isEqualTo(15.0, within(1e-9));
		assertThat(enough.incidentEffect()).isEqualTo(-1.5, within(1e-9));
		assertThat(enough.seriousEffect()).isEqualTo(-1.0, within(1e-9));
		assertThat(enough.areas().get(0).effect()).isEqualTo(15.0, within(1e-9));
		assertThat(enough.areas().get(1).effect()).as("two institutions not reached are too few").isNull();

		Comparison tooFewTrained = new Comparison(new Change(2, 50.0, 70.0), others, new Change(2, 2.0, 1.0), others,
				new Change(2, 1.0, 0.0), others, List.of(), 3);
		assertThat(tooFewTrained.scoreEffect()).isNull();
		assertThat(tooFewTrained.incidentEffect()).isNull();
		Comparison tooFewOthers = new Comparison(trained, new Change(2, 50.0, 51.0), trained, new Change(0, null, null), trained,
				new Change(0, null, null), List.of(), 3);
		assertThat(tooFewOthers.scoreEffect()).isNull();
		assertThat(tooFewOthers.incidentEffect()).isNull();
		assertThat(tooFewOthers.seriousEffect()).isNull();
	}

	@Test
	void aFollowUpOutcomeCountsPracticesOverModulesAndChallengesByOutcome() {
		FollowUpAnswers answers = new FollowUpAnswers(Map.of("SECURITY", List.of("P1", "P2"), "PROJECTS", List.of("P3")), null,
				Map.of("STAFF", Outcome.SOLVED, "BUDGET", Outcome.NOT_SOLVED, "SYSTEMS", Outcome.PARTLY_SOLVED, "SUPPORT",
						Outcome.SOLVED), null, null);
		FollowUpView followUp = new FollowUpView(UUID.randomUUID(), UUID.randomUUID(), "S", UUID.randomUUID(), UUID.randomUUID(),
				"MOF", 6, LocalDate.of(2022, 6, 1), true, Instant.now(), answers);
		assertThat(ImpactService.outcome(followUp)).isEqualTo(new ImpactView.FollowUpOutcome(6, 3, 2, 1, 1));
		assertThat(ImpactService.outcome(null)).isNull();
	}
}
