package org.mizani.training.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.mizani.identity.UserDirectory;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.NotFoundException;
import org.mizani.training.AttendanceMark;
import org.mizani.training.CertificateBundleView;
import org.mizani.training.NominationForm;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.TrainingActivity;
import org.mizani.training.TrainingDelivery;
import org.mizani.training.TrainingManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TrainingDeliveryService implements TrainingDelivery {

	static final String NOMINATOR = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')";

	/** Certificate codes: 26 characters of a 32-letter alphabet without look-alikes (130 bits). */
	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	static final int CODE_LENGTH = 26;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TrainingManagement management;
	private final Participants participants;
	private final Certificates certificates;
	private final UserDirectory directory;
	private final ApplicationEventPublisher events;
	private final Validator validator;
	private final CertificatePolicy policy;
	private final CertificateBundles bundles;
	private final SessionMails mails;
	private final Tests tests;

	TrainingDeliveryService(TrainingManagement management, Participants participants, Certificates certificates,
			UserDirectory directory, ApplicationEventPublisher events, Validator validator,
			@Value("${mizani.training.attendance-threshold:80}") double threshold, CertificateBundles bundles,
			SessionMails mails, Tests tests) {
		this.tests = tests;
		this.bundles = bundles;
		this.mails = mails;
		this.management = management;
		this.participants = participants;
		this.certificates = certificates;
		this.directory = directory;
		this.events = events;
		this.validator = validator;
		this.policy = new CertificatePolicy(threshold);
	}

	private static @Nullable UUID only() {
		Caller caller = Caller.require();
		return caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ParticipantView> participants(UUID session) {
		management.session(session);
		return participants.ofSession(session, only());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<org.mizani.training.TrainedOfficer> officersOf(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			throw new NotFoundException("institution");
		}
		return participants.ofInstitution(institution);
	}

	/** A participant the caller may see: the coordinator any, an institution its own. */
	private ParticipantView visible(UUID participant) {
		ParticipantView view = participants.find(participant).orElseThrow(() -> new NotFoundException("participant"));
		if (!Caller.require().canAccess(view.institutionId())) {
			throw new NotFoundException("participant");
		}
		return view;
	}

	@Override
	@PreAuthorize(NOMINATOR)
	@Transactional
	public ParticipantView nominate(UUID sessionId, NominationForm form) {
		Caller caller = Caller.require();
		SessionView session = management.session(sessionId);
		if (caller.authority() || caller.institutionId() == null) {
			throw new BusinessRuleException("training.nomination.institution-only");
		}
		FormErrors.requireValid(validator, form);
		participants.lockSession(sessionId);
		List<FieldProblem> problems = NominationPolicy.nominate(session, participants.holdingPlaces(sessionId, caller.institutionId()),
				participants.emailTaken(sessionId, form.email()));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		UUID user = directory.members(caller.institutionId(), java.util.Set.of()).stream()
			.filter(c -> c.email().equalsIgnoreCase(form.email().strip())).map(c -> c.id().value()).findFirst().orElse(null);
		UUID id = UUID.randomUUID();
		participants.insert(id, sessionId, caller.institutionId(), user, form, caller.userId());
		audit("training.nominated", id, caller.institutionId(), form.fullName().strip() + " for " + session.title());
		ParticipantView nominated = visible(id);
		mails.nominated(nominated, session);
		return nominated;
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public ParticipantView decide(UUID participantId, ParticipantStatus decision) {
		ParticipantView participant = visible(participantId);
		SessionView session = management.session(participant.sessionId());
		if (decision == null) {
			throw BusinessRuleException.onField("decision", "validation.required");
		}
		participants.lockSession(session.id());
		participant = visible(participantId);
		List<FieldProblem> problems = NominationPolicy.decide(session, participant.status(), decision,
				participants.approved(session.id()));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!participants.decide(participantId, participant.status(), decision)) {
			throw new org.mizani.platform.ConcurrentChangeException("participant");
		}
		audit("training.nomination-" + decision.name().toLowerCase(java.util.Locale.ROOT), participantId, participant.institutionId(),
				participant.fullName() + " " + participant.status() + " → " + decision);
		ParticipantView decided = visible(participantId);
		mails.decided(decided, session, management.programme(session.programmeId()), participant.status());
		return decided;
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public void markAttendance(UUID sessionId, LocalDate day, Map<UUID, AttendanceMark> marks) {
		SessionView session = management.session(sessionId);
		if (day == null || day.isBefore(session.startsOn()) || day.isAfter(session.endsOn())) {
			throw BusinessRuleException.onField("day", "training.attendance.day", session.startsOn().toString(),
					session.endsOn().toString());
		}
		if (session.status() != SessionStatus.RUNNING && session.status() != SessionStatus.COMPLETED) {
			throw new BusinessRuleException("training.attendance.not-running");
		}
		List<UUID> approved = participants.ofSession(sessionId, null).stream()
			.filter(p -> p.status() == ParticipantStatus.APPROVED).map(ParticipantView::id).toList();
		if (!approved.containsAll(marks.keySet())) {
			throw BusinessRuleException.onField("marks", "training.attendance.not-participant");
		}
		marks.forEach((participant, mark) -> participants.mark(participant, day, mark));
		audit("training.attendance-marked", sessionId, null, session.title() + " " + day + ": " + marks.size() + " participants");
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public int issueCertificates(UUID sessionId) {
		SessionView session = management.session(sessionId);
		if (session.status() != SessionStatus.COMPLETED) {
			throw new BusinessRuleException("training.certificate.not-completed");
		}
		int issued = 0;
		Integer passMark = management.programme(session.programmeId()).certificatePassMark();
		Map<UUID, Double> post = passMark == null ? Map.of() : tests.scores(sessionId, org.mizani.training.TestKind.POST);
		for (ParticipantView p : participants.ofSession(sessionId, null)) {
			if (p.certificateCode() == null && policy.earns(session, p, passMark, post.get(p.id()))
					&& participants.issue(p.id(), newCode())) {
				issued++;
				audit("training.certificate-issued", p.id(), p.institutionId(), p.fullName() + " " + session.title());
			}
		}
		return issued;
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public void revokeCertificate(UUID participantId, String reason) {
		ParticipantView participant = visible(participantId);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw BusinessRuleException.onField("reason", "training.certificate.reason");
		}
		if (!participants.revoke(participantId, reason.strip())) {
			throw new BusinessRuleException("training.certificate.none");
		}
		audit("training.certificate-revoked", participantId, participant.institutionId(), participant.fullName() + ": " + reason.strip());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] certificatePdf(UUID participantId, Language language) {
		ParticipantView participant = visible(participantId);
		if (participant.certificateCode() == null) {
			throw new NotFoundException("certificate");
		}
		SessionView session = management.session(participant.sessionId());
		return certificates.pdf(participant, session, management.programme(session.programmeId()), language);
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public CertificateBundleView bundleCertificates(UUID sessionId, Language language) {
		SessionView session = management.session(sessionId);
		java.util.Optional<CertificateBundleView> running = bundles.running(sessionId, language);
		if (running.isPresent()) {
			return running.get();
		}
		List<ParticipantView> holders = participants.ofSession(sessionId, null).stream()
			.filter(p -> p.certificateCode() != null && !p.certificateRevoked()).toList();
		if (holders.isEmpty()) {
			throw new BusinessRuleException("training.bundle.none");
		}
		UUID id = bundles.start(session, management.programme(session.programmeId()), holders, language, Caller.require().userId());
		audit("training.certificates-bundled", sessionId, null, session.title() + ": " + holders.size() + " certificates ("
				+ language.code() + ")");
		return bundles.find(id).orElseThrow();
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	public CertificateBundleView certificateBundle(UUID bundle) {
		return bundles.find(bundle).orElseThrow(() -> new NotFoundException("certificate bundle"));
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	public java.util.Optional<CertificateBundleView> latestCertificateBundle(UUID session) {
		return bundles.latest(session);
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	public java.io.InputStream openCertificateBundle(UUID bundle) {
		CertificateBundleView view = certificateBundle(bundle);
		if (view.status() != CertificateBundleView.Status.DONE) {
			throw new BusinessRuleException("training.bundle.not-ready");
		}
		try {
			return bundles.open(view);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void audit(String action, UUID entity, @Nullable UUID institution, String summary) {
		events.publishEvent(new TrainingActivity(action, entity.toString(), institution, summary, Actor.current()));
	}
}
