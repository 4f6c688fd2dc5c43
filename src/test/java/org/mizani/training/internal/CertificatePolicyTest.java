package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.training.AttendanceMark;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;

class CertificatePolicyTest {

	private static final LocalDate MONDAY = LocalDate.of(2021, 11, 29);
	private static final SessionView SESSION = new SessionView(UUID.randomUUID(), UUID.randomUUID(), 2, "Phase 2", MONDAY,
			MONDAY.plusDays(4), "Dodoma", "Dodoma", 40, 2, null, List.of(), "TCRA", SessionStatus.COMPLETED, 1, 0, 0);
	private final CertificatePolicy policy = new CertificatePolicy(80);

	private static ParticipantView attended(int days) {
		Map<LocalDate, AttendanceMark> marks = new java.util.HashMap<>();
		for (int i = 0; i < 5; i++) {
			marks.put(MONDAY.plusDays(i), i < days ? AttendanceMark.PRESENT : AttendanceMark.ABSENT);
		}
		return new ParticipantView(UUID.randomUUID(), SESSION.id(), UUID.randomUUID(), "MOF", null, "Asha", "a@mof.go.tz", null,
				ParticipantStatus.APPROVED, marks, null, false);
	}

	@Test
	void attendanceAloneDecidesWithoutAPassMark() {
		assertThat(policy.earns(SESSION, attended(4), null, null)).isTrue();
		assertThat(policy.earns(SESSION, attended(3), null, 100.0)).as("60 % attendance").isFalse();
	}

	@Test
	void aPassMarkAlsoRequiresThePostTestScore() {
		assertThat(policy.earns(SESSION, attended(5), 70, 70.0)).isTrue();
		assertThat(policy.earns(SESSION, attended(5), 70, 69.9)).isFalse();
		assertThat(policy.earns(SESSION, attended(5), 70, null)).as("did not sit the post-test").isFalse();
		assertThat(policy.earns(SESSION, attended(3), 70, 95.0)).as("the score does not make up for absence").isFalse();
	}
}
