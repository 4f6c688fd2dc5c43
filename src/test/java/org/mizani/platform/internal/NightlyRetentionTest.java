package org.mizani.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizani.platform.RetentionSchedule;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyRetentionTest {

	@Test
	void everyPartRunsEvenWhenAnEarlierOneFails() {
		List<String> ran = new ArrayList<>();
		RetentionSchedule failing = () -> {
			ran.add("failing");
			throw new IllegalStateException("database went away");
		};
		RetentionSchedule working = () -> {
			ran.add("working");
			return 3;
		};

		new NightlyRetention(List.of(failing, working)).run();

		assertThat(ran).containsExactly("failing", "working");
	}
}
