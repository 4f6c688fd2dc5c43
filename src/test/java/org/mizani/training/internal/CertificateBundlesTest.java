package org.mizani.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;

class CertificateBundlesTest {

	private static ParticipantView holder(String acronym, String name) {
		return new ParticipantView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), acronym, null, name, "x@example.go.tz",
				null, ParticipantStatus.APPROVED, Map.of(), "CODE", false);
	}

	@Test
	void entryNamesAreSafeReadableAndUniqueWithinTheZip() {
		Set<String> taken = new HashSet<>();
		assertThat(CertificateBundles.entryName(holder("DODOMA-CC", "Émile Mbwambo"), taken)).isEqualTo("DODOMA-CC-Émile-Mbwambo.pdf");
		assertThat(CertificateBundles.entryName(holder("DODOMA-CC", "Émile  Mbwambo"), taken)).isEqualTo("DODOMA-CC-Émile-Mbwambo-2.pdf");
		assertThat(CertificateBundles.entryName(holder("MOF", "../../etc/passwd"), taken)).isEqualTo("MOF-etc-passwd.pdf");
		assertThat(CertificateBundles.entryName(holder("MOF", "x".repeat(300)), taken)).hasSize(84);
	}
}
