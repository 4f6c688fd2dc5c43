package org.mizani.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DashboardOrderTest {

	@Test
	void eachScoreFallsInOneOfTenBandsAndAMissingScoreInNone() {
		assertThat(DashboardView.heat(null)).isEqualTo("heat-none");
		assertThat(DashboardView.heat(BigDecimal.ZERO)).isEqualTo("heat-0");
		assertThat(DashboardView.heat(new BigDecimal("9.99"))).isEqualTo("heat-0");
		assertThat(DashboardView.heat(new BigDecimal("10"))).isEqualTo("heat-1");
		assertThat(DashboardView.heat(new BigDecimal("89.9"))).isEqualTo("heat-8");
		assertThat(DashboardView.heat(new BigDecimal("100"))).as("a perfect score shares the top band").isEqualTo("heat-9");
	}
}
