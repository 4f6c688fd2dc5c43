package org.mizani.training;

import java.time.LocalDate;

/** What the public verification page shows of a certificate, and nothing more. */
public record CertificateCheck(String fullName, String programmeSw, String programmeEn, String session, LocalDate startsOn,
		LocalDate endsOn, boolean revoked) {
}
