package org.mizani.training.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Today;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpChoices;
import org.mizani.training.FollowUpSummary;
import org.mizani.training.FollowUpView;
import org.mizani.training.FollowUps;
import org.mizani.training.ProgrammeView;
import org.mizani.training.TrainingActivity;
import org.mizani.training.TrainingManagement;
import org.mizani.training.VisitForm;
import org.mizani.training.VisitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FollowUpService implements FollowUps {

	/** Practices the founding scenario's modules teach: module | English | Kiswahili. */
	static final String DEFAULT_PRACTICES = """
			STANDARDS | Designs and buys systems to the e-Government standards | Hubuni na kununua mifumo kwa kufuata viwango vya Serikali Mtandao
			STANDARDS | Keeps an approved ICT policy and strategy | Ina sera na mkakati wa TEHAMA vilivyoidhinishwa
			SECURITY | Enforces two-step sign-in for administrators | Inalazimisha uthibitisho wa hatua mbili kwa wasimamizi
			SECURITY | Patches systems within a set time | Husasisha mifumo ndani ya muda uliowekwa
			SECURITY | Backs up critical systems and tests restores | Huhifadhi nakala za mifumo muhimu na kujaribu kuzirejesha
			PROJECTS | Submits ICT projects for review before procurement | Huwasilisha miradi ya TEHAMA ikaguliwe kabla ya ununuzi
			INCIDENTS | Reports security incidents to the authority within 24 hours | Huripoti matukio ya usalama kwa Mamlaka ndani ya saa 24
			INCIDENTS | Has a disaster-recovery plan tested by a drill | Ina mpango wa uokoaji uliojaribiwa
			""";

	static final String DEFAULT_CHALLENGES = """
			Too few skilled ICT staff | Uhaba wa watumishi wenye ujuzi wa TEHAMA
			No budget for ICT security | Hakuna bajeti ya usalama wa TEHAMA
			Outdated systems and equipment | Mifumo na vifaa vilivyopitwa na wakati
			Weak support from management | Uungwaji mkono hafifu kutoka kwa uongozi
			Unreliable internet connection | Mtandao usio wa uhakika
			""";

	private final FollowUpRecords records;
	private final TrainingManagement training;
	private final InstitutionManagement institutions;
	private final UserDirectory directory;
	private final Mailer mailer;
	private final ApplicationEventPublisher events;
	private final Validator validator;
	private final Today today;
	private final org.mizani.assessment.ActionManagement actions;

	FollowUpService(FollowUpRecords records, TrainingManagement training, InstitutionManagement institutions,
			UserDirectory directory, Mailer mailer, ApplicationEventPublisher events, Validator validator, Today today,
			org.mizani.assessment.ActionManagement actions) {
		this.actions = actions;
		this.records = records;
		this.training = training;
		this.institutions = institutions;
		this.directory = directory;
		this.mailer = mailer;
		this.events = events;
		this.validator = validator;
		this.today = today;
	}

	/** In the completing transaction: the follow-ups of every institution the session reached. */
	@EventListener
	void on(SessionCompleted completed) {
		int scheduled = records.schedule(completed.session());
		if (scheduled > 0) {
			events.publishEvent(new TrainingActivity("training.follow-ups-scheduled", completed.session().toString(), null,
					scheduled + " follow-ups", Actor.current()));
		}
	}

	private static @Nullable UUID only() {
		Caller caller = Caller.require();
		return caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<FollowUpView> followUps(@Nullable UUID programme) {
		return records.list(programme, only());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<FollowUpView> followUpsOf(UUID institution) {
		if (!Caller.require().canAccess(institution)) {
			throw new NotFoundException("institution");
		}
		List<FollowUpView> list = new java.util.ArrayList<>(records.list(null, institution));
		list.sort(java.util.Comparator.comparing(FollowUpView::dueOn).reversed());
		return list;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public FollowUpView followUp(UUID id) {
		FollowUpView view = records.find(id).orElseThrow(() -> new NotFoundException("follow-up"));
		if (!Caller.require().canAccess(view.institutionId())) {
			throw new NotFoundException("follow-up");
		}
		return view;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public FollowUpChoices choices(UUID programme) {
		training.programme(programme);
		String[] settings = records.settings(programme);
		List<FollowUpChoices.Choice> practices = new ArrayList<>();
		List<String> lines = (settings[0] == null ? DEFAULT_PRACTICES : settings[0]).lines().map(String::strip).filter(l -> !l.isEmpty())
			.toList();
		for (int i = 0; i < lines.size(); i++) {
			String[] p = lines.get(i).split("\\|");
			if (p.length == 3) {
				practices.add(new FollowUpChoices.Choice("P" + (i + 1), p[0].strip(), p[1].strip(), p[2].strip()));
			}
		}
		List<FollowUpChoices.Choice> challenges = new ArrayList<>();
		lines = (settings[1] == null ? DEFAULT_CHALLENGES : settings[1]).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		for (int i = 0; i < lines.size(); i++) {
			String[] c = lines.get(i).split("\\|");
			if (c.length == 2) {
				challenges.add(new FollowUpChoices.Choice("C" + (i + 1), "", c[0].strip(), c[1].strip()));
			}
		}
		return new FollowUpChoices(practices, challenges);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public void answer(UUID id, FollowUpAnswers answers) {
		FollowUpView followUp = followUp(id);
		Caller caller = Caller.require();
		if (caller.authority() || !followUp.institutionId().equals(caller.institutionId())) {
			throw new NotFoundException("follow-up");
		}
		if (followUp.answered()) {
			throw new BusinessRuleException("training.follow-up.answered");
		}
		if (today.date().isBefore(followUp.dueOn())) {
			throw new BusinessRuleException("training.follow-up.not-yet");
		}
		FormErrors.requireValid(validator, answers);
		FollowUpChoices choices = choices(followUp.programmeId());
		Map<String, Set<String>> practicesByModule = choices.practices().stream()
			.collect(Collectors.groupingBy(FollowUpChoices.Choice::module, Collectors.mapping(FollowUpChoices.Choice::code, Collectors.toSet())));
		Set<String> challengeCodes = choices.challenges().stream().map(FollowUpChoices.Choice::code).collect(Collectors.toSet());
		for (Map.Entry<String, List<String>> p : answers.practices().entrySet()) {
			if (!practicesByModule.containsKey(p.getKey()) || !practicesByModule.get(p.getKey()).containsAll(p.getValue())) {
				throw BusinessRuleException.onField("practices", "training.follow-up.choice");
			}
		}
		for (Map.Entry<String, FollowUpAnswers.Outcome> c : answers.challenges().entrySet()) {
			if (!challengeCodes.contains(c.getKey()) || c.getValue() == null) {
				throw BusinessRuleException.onField("challenges", "training.follow-up.choice");
			}
		}
		if (!records.answer(id, answers, caller.userId())) {
			throw new BusinessRuleException("training.follow-up.answered");
		}
		events.publishEvent(new TrainingActivity("training.follow-up-answered", id.toString(), followUp.institutionId(),
				followUp.sessionTitle() + " +" + followUp.months() + " months", Actor.current()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public FollowUpSummary summary(UUID programme) {
		List<FollowUpView> all = followUps(programme);
		Map<String, Long> practices = new LinkedHashMap<>();
		Map<String, FollowUpSummary.Tally> challenges = new LinkedHashMap<>();
		FollowUpChoices choices = choices(programme);
		choices.practices().forEach(p -> practices.put(p.code(), 0L));
		choices.challenges().forEach(c -> challenges.put(c.code(), FollowUpSummary.Tally.none()));
		long due = 0;
		long answered = 0;
		long overdue = 0;
		for (FollowUpView f : all) {
			if (f.answered() && f.answers() != null) {
				answered++;
				f.answers().practices().values().forEach(codes -> codes.forEach(code -> practices.merge(code, 1L, Long::sum)));
				f.answers().challenges().forEach((code, outcome) -> challenges.computeIfPresent(code, (k, t) -> t.with(outcome)));
			}
			else if (!today.date().isBefore(f.dueOn())) {
				due++;
				overdue += f.overdue(today.date()) ? 1 : 0;
			}
		}
		return new FollowUpSummary(due, answered, overdue, practices, challenges);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<VisitView> visits(UUID programme) {
		training.programme(programme);
		return records.visits(programme, only());
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public VisitView recordVisit(UUID programme, VisitForm form) {
		training.programme(programme);
		FormErrors.requireValid(validator, form);
		if (!institutions.isActive(new InstitutionId(form.institutionId()))) {
			throw BusinessRuleException.onField("institutionId", "training.visit.institution");
		}
		if (form.visitedOn().isAfter(today.date())) {
			throw BusinessRuleException.onField("visitedOn", "training.visit.future");
		}
		UUID id = UUID.randomUUID();
		records.insertVisit(id, programme, form, Caller.require().userId());
		events.publishEvent(new TrainingActivity("training.visit-recorded", id.toString(), form.institutionId(),
				form.visitedOn() + " rating " + form.rating(), Actor.current()));
		return records.visits(programme, null).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	public UUID visitProgramme(UUID visit) {
		return records.visit(visit).orElseThrow(() -> new NotFoundException("visit")).programmeId();
	}

	@Override
	@PreAuthorize(TrainingService.COORDINATOR)
	@Transactional
	public VisitView openAction(UUID visitId, org.mizani.assessment.ActionForm form) {
		VisitView visit = records.visit(visitId).orElseThrow(() -> new NotFoundException("visit"));
		ProgrammeView programme = training.programme(visit.programmeId());
		String note = "Follow-up visit / Ziara ya ufuatiliaji " + visit.visitedOn() + ": " + programme.titleEn() + " / "
				+ programme.titleSw();
		org.mizani.assessment.ActionView action = actions.createFromVisit(visit.institutionId(), note, form);
		records.linkAction(visitId, action.id().value(), action.title());
		events.publishEvent(new TrainingActivity("training.visit-action-opened", visitId.toString(), visit.institutionId(),
				visit.institutionAcronym() + " " + visit.visitedOn() + ": " + action.title(), Actor.current()));
		return records.visit(visitId).orElseThrow();
	}

	/**
	 * Every morning: follow-ups that have come due are announced to the institution's head and trained
	 * officers, and unanswered ones are repeated weekly. Claimed in the database, so each is sent once.
	 */
	@Scheduled(cron = "${mizani.training.follow-up-cron:0 0 8 * * *}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "training.follow-up-reminders", lockAtMostFor = "PT30M")
	@Transactional
	public int remind() {
		int sent = 0;
		for (UUID id : records.claimReminders(today.date())) {
			FollowUpView f = records.find(id).orElseThrow();
			Map<String, Language> to = new LinkedHashMap<>();
			directory.members(f.institutionId(), EnumSet.of(Role.INSTITUTION_HEAD)).forEach(c -> to.put(c.email().toLowerCase(), c.language()));
			for (String email : records.trainedEmails(f.sessionId(), f.institutionId())) {
				to.putIfAbsent(email.toLowerCase(), Language.SW);
			}
			to.forEach((email, language) -> mailer.send(email, language, "mail.training.follow-up.subject", "mail.training.follow-up.body",
					f.sessionTitle(), f.months(), f.dueOn().toString(), mailer.link("/training/follow-ups/" + f.id())));
			sent++;
		}
		return sent;
	}
}
