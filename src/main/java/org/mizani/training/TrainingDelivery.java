package org.mizani.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.platform.Language;

/**
 * Running a session: institutions nominate their officers within the quota, the coordinator decides
 * each nomination within the capacity, marks attendance per day and issues certificates to those who
 * attended enough. Institution users see their own institution's participants only.
 */
public interface TrainingDelivery {

	List<ParticipantView> participants(UUID session);

	ParticipantView nominate(UUID session, NominationForm form);

	ParticipantView decide(UUID participant, ParticipantStatus decision);

	void markAttendance(UUID session, LocalDate day, Map<UUID, AttendanceMark> marks);

	/** Certificates for every approved participant who meets the criteria and has none yet; answers how many. */
	int issueCertificates(UUID session);

	void revokeCertificate(UUID participant, String reason);

	byte[] certificatePdf(UUID participant, Language language);

	/**
	 * Every valid certificate of the session in one ZIP, in the language chosen, rendered in the background;
	 * while one is being rendered for that session and language, asking again answers the same bundle.
	 */
	CertificateBundleView bundleCertificates(UUID session, Language language);

	CertificateBundleView certificateBundle(UUID bundle);

	/** The latest bundle of the session, if any. */
	java.util.Optional<CertificateBundleView> latestCertificateBundle(UUID session);

	/** The finished bundle's ZIP; a bundle still rendering or failed has none. */
	java.io.InputStream openCertificateBundle(UUID bundle);

	/** The officers of one institution nominated to any session, latest session first (its profile). */
	List<TrainedOfficer> officersOf(UUID institution);
}
