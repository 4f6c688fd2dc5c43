package org.mizani.continuity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrillResultTest {

	@Test
	void aDrillPassesWhenRecoveryTimeAndDataLossAreWithinTheTargets() {
		assertThat(DrillResult.passed(240, 15, 240, 15)).isTrue();
		assertThat(DrillResult.passed(30, 0, 240, 15)).isTrue();
	}

	@Test
	void missingEitherTargetFailsTheDrill() {
		assertThat(DrillResult.passed(241, 0, 240, 15)).as("recovered too slowly").isFalse();
		assertThat(DrillResult.passed(60, 16, 240, 15)).as("lost too much data").isFalse();
		assertThat(DrillResult.passed(1, 1, 0, 0)).as("zero targets allow nothing").isFalse();
	}
}
