package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
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
		Comparison enough = new Comparison(trained, others, new Change(3, 2.0, 1.0), new Change(5, 2.0, 2.5), 3);
		assertThat(enough.scoreEffect()).isEqualTo(15.0, within(1e-9));
		assertThat(enough.incidentEffect()).isEqualTo(-1.5, within(1e-9));

		Comparison tooFewTrained = new Comparison(new Change(2, 50.0, 70.0), others, new Change(2, 2.0, 1.0), others, 3);
		assertThat(tooFewTrained.scoreEffect()).isNull();
		assertThat(tooFewTrained.incidentEffect()).isNull();
		Comparison tooFewOthers = new Comparison(trained, new Change(2, 50.0, 51.0), trained, new Change(0, null, null), 3);
		assertThat(tooFewOthers.scoreEffect()).isNull();
		assertThat(tooFewOthers.incidentEffect()).isNull();
	}
}
