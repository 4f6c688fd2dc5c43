package org.mizani.training.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.mizani.training.KnowledgeTests;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.ProgrammeView;
import org.mizani.training.QuestionForm;
import org.mizani.training.QuestionView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.SurveyForm;
import org.mizani.training.SurveySummary;
import org.mizani.training.TestKind;
import org.mizani.training.TestResults;
import org.mizani.training.TrainingActivity;
import org.mizani.training.TrainingManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class KnowledgeTestService implements KnowledgeTests {

	private final TrainingManagement training;
	private final Tests tests;
	private final Participants participants;
	private final ApplicationEventPublisher events;
	private final Validator validator;

	KnowledgeTestService(TrainingManagement training, Tests tests, Participants participants, ApplicationEventPublisher events,
			Validator validator) {
		this.training = training;
		this.tests = tests;
		this.participants = participants;
		this.events = events;
		this.validator = validator;
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	public List<QuestionView> questions(UUID programme) {
		training.programme(programme);
		return tests.questions(programme, null);
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public QuestionView addQuestion(UUID programmeId, QuestionForm form) {
		ProgrammeView programme = training.programme(programmeId);
		FormErrors.requireValid(validator, form);
		if (programme.modules().stream().noneMatch(m -> m.code().equals(form.moduleCode()))) {
			throw BusinessRuleException.onField("moduleCode", "training.question.module");
		}
		if (form.optionsSw().size() != form.optionsEn().size()) {
			throw BusinessRuleException.onField("optionsSw", "training.question.options");
		}
		if (form.correct() > form.optionsEn().size()) {
			throw BusinessRuleException.onField("correct", "training.question.correct");
		}
		UUID id = UUID.randomUUID();
		tests.insert(id, programmeId, form);
		audit("training.question-added", id, null, form.moduleCode() + ": " + form.textEn().strip());
		return tests.questions(programmeId, null).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public void retireQuestion(UUID question) {
		tests.programmeOf(question).orElseThrow(() -> new NotFoundException("question"));
		if (tests.retire(question)) {
			audit("training.question-retired", question, null, question.toString());
		}
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Map<TestKind, Boolean> testsOpen(UUID session) {
		training.session(session);
		return tests.open(session);
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public void openTest(UUID sessionId, TestKind kind) {
		SessionView session = training.session(sessionId);
		if (kind == null) {
			throw BusinessRuleException.onField("kind", "validation.required");
		}
		if (session.status() != SessionStatus.RUNNING) {
			throw new BusinessRuleException("training.test.not-running");
		}
		if (paperOf(session).isEmpty()) {
			throw new BusinessRuleException("training.test.no-questions");
		}
		tests.setOpen(sessionId, kind, true);
		audit("training.test-opened", sessionId, null, session.title() + " " + kind);
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public void closeTest(UUID sessionId, TestKind kind) {
		SessionView session = training.session(sessionId);
		if (kind == null || !Boolean.TRUE.equals(tests.open(sessionId).get(kind))) {
			throw new BusinessRuleException("training.test.not-open");
		}
		tests.setOpen(sessionId, kind, false);
		audit("training.test-closed", sessionId, null, session.title() + " " + kind);
	}

	private List<QuestionView> paperOf(SessionView session) {
		return tests.questions(session.programmeId(), session.modules());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<QuestionView> paper(UUID sessionId) {
		SessionView session = training.session(sessionId);
		if (!Caller.require().hasRole("TRAINING_COORDINATOR") && me(sessionId).isEmpty()) {
			throw new NotFoundException("test");
		}
		return paperOf(session).stream()
			.map(q -> new QuestionView(q.id(), q.moduleCode(), q.textSw(), q.textEn(), q.optionsSw(), q.optionsEn(), null)).toList();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Optional<ParticipantView> me(UUID session) {
		Caller caller = Caller.require();
		if (caller.institutionId() == null) {
			return Optional.empty();
		}
		return participants.ofSession(session, caller.institutionId()).stream()
			.filter(p -> p.status() == ParticipantStatus.APPROVED)
			.filter(p -> caller.userId().equals(p.userId()) || caller.email().equalsIgnoreCase(p.email())).findFirst();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public double submit(UUID sessionId, TestKind kind, @Nullable UUID participantId, Map<UUID, Integer> answers) {
		SessionView session = training.session(sessionId);
		Caller caller = Caller.require();
		if (kind == null) {
			throw BusinessRuleException.onField("kind", "validation.required");
		}
		ParticipantView participant;
		boolean onPaper = caller.hasRole("TRAINING_COORDINATOR");
		if (onPaper) {
			participant = participantId == null ? null : participants.find(participantId).orElse(null);
			if (participant == null || !participant.sessionId().equals(sessionId) || participant.status() != ParticipantStatus.APPROVED) {
				throw BusinessRuleException.onField("participant", "training.test.participant");
			}
			if (!tests.wasOpened(sessionId, kind)) {
				throw new BusinessRuleException("training.test.not-open");
			}
		}
		else {
			participant = me(sessionId).orElseThrow(() -> new NotFoundException("test"));
			if (!Boolean.TRUE.equals(tests.open(sessionId).get(kind))) {
				throw new BusinessRuleException("training.test.closed");
			}
		}
		List<QuestionView> paper = paperOf(session);
		Map<UUID, QuestionView> byId = new HashMap<>();
		paper.forEach(q -> byId.put(q.id(), q));
		Map<UUID, Integer> given = answers == null ? Map.of() : answers;
		for (Map.Entry<UUID, Integer> a : given.entrySet()) {
			QuestionView q = byId.get(a.getKey());
			if (q == null || a.getValue() == null || a.getValue() < 1 || a.getValue() > q.optionsEn().size()) {
				throw BusinessRuleException.onField("answers", "training.test.answer");
			}
		}
		int correct = 0;
		Map<String, int[]> perModule = new TreeMap<>();
		for (QuestionView q : paper) {
			int[] score = perModule.computeIfAbsent(q.moduleCode(), m -> new int[2]);
			score[1]++;
			if (q.correct() != null && q.correct().equals(given.get(q.id()))) {
				correct++;
				score[0]++;
			}
		}
		if (!tests.record(participant.id(), kind, given, correct, paper.size(), onPaper, perModule)) {
			throw new BusinessRuleException("training.test.already");
		}
		double percent = paper.isEmpty() ? 0 : 100.0 * correct / paper.size();
		audit("training.test-taken", participant.id(), participant.institutionId(),
				participant.fullName() + " " + kind + " " + correct + "/" + paper.size() + (onPaper ? " (paper)" : ""));
		return percent;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public TestResults results(UUID sessionId) {
		training.session(sessionId);
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
		Map<UUID, Double> pre = tests.scores(sessionId, TestKind.PRE);
		Map<UUID, Double> post = tests.scores(sessionId, TestKind.POST);
		List<TestResults.Participant> rows = new ArrayList<>();
		double sumPre = 0;
		double sumPost = 0;
		long both = 0;
		for (ParticipantView p : participants.ofSession(sessionId, only)) {
			if (p.status() != ParticipantStatus.APPROVED) {
				continue;
			}
			rows.add(new TestResults.Participant(p.id(), p.fullName(), p.institutionAcronym(), pre.get(p.id()), post.get(p.id())));
			if (pre.containsKey(p.id()) && post.containsKey(p.id())) {
				both++;
				sumPre += pre.get(p.id());
				sumPost += post.get(p.id());
			}
		}
		List<TestResults.Module> modules = new ArrayList<>();
		if (only == null) {
			Map<String, Double> modulePre = tests.modules(sessionId, TestKind.PRE);
			Map<String, Double> modulePost = tests.modules(sessionId, TestKind.POST);
			Set<String> codes = new HashSet<>(modulePre.keySet());
			codes.addAll(modulePost.keySet());
			codes.stream().sorted().forEach(c -> modules.add(new TestResults.Module(c, modulePre.get(c), modulePost.get(c))));
		}
		return new TestResults(rows, modules, both == 0 ? null : sumPre / both, both == 0 ? null : sumPost / both,
				both == 0 ? null : (sumPost - sumPre) / both, both);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void answerSurvey(UUID sessionId, SurveyForm form) {
		SessionView session = training.session(sessionId);
		ParticipantView participant = me(sessionId).orElseThrow(() -> new NotFoundException("survey"));
		if (session.status() != SessionStatus.RUNNING && session.status() != SessionStatus.COMPLETED) {
			throw new BusinessRuleException("training.survey.not-yet");
		}
		FormErrors.requireValid(validator, form);
		if (!tests.answerSurvey(participant.id(), form)) {
			throw new BusinessRuleException("training.survey.already");
		}
		audit("training.survey-answered", participant.id(), participant.institutionId(), participant.fullName() + " " + session.title());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public SurveySummary survey(UUID session) {
		training.session(session);
		SurveySummary summary = tests.survey(session);
		// Comments are written for the organisers; institutions see the ratings only.
		return Caller.require().authority() ? summary
				: new SurveySummary(summary.answers(), summary.relevance(), summary.quality(), summary.trainer(), summary.venue(),
						List.of());
	}

	private void audit(String action, UUID entity, @Nullable UUID institution, String summary) {
		events.publishEvent(new TrainingActivity(action, entity.toString(), institution, summary, Actor.current()));
	}
}
