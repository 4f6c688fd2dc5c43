package org.mizani.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.mizani.training.ModuleView;
import org.mizani.training.PlanProgress;
import org.mizani.training.ProgrammeForm;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.TrainingActivity;
import org.mizani.training.TrainingManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TrainingService implements TrainingManagement {

	static final String COORDINATOR = "hasRole('TRAINING_COORDINATOR')";

	/** The four areas of the founding scenario: English | Kiswahili. */
	static final List<String[]> DEFAULT_MODULES = List.of(
			new String[] { "STANDARDS", "e-Government standards and guidelines", "Viwango na miongozo ya Serikali Mtandao" },
			new String[] { "SECURITY", "Systems security", "Usalama wa mifumo" },
			new String[] { "PROJECTS", "Operation and implementation of ICT projects", "Uendeshaji na utekelezaji wa miradi ya TEHAMA" },
			new String[] { "INCIDENTS", "Handling incidents and disasters", "Kushughulikia matukio na majanga" });

	private final Programmes programmes;
	private final ApplicationEventPublisher events;
	private final Validator validator;
	private final int fiscalYearStartMonth;
	private final Participants participants;
	private final SessionMails mails;

	TrainingService(Programmes programmes, ApplicationEventPublisher events, Validator validator,
			@Value("${mizani.training.fiscal-year-start-month:7}") int fiscalYearStartMonth, Participants participants,
			SessionMails mails) {
		this.participants = participants;
		this.mails = mails;
		this.programmes = programmes;
		this.events = events;
		this.validator = validator;
		this.fiscalYearStartMonth = fiscalYearStartMonth;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ProgrammeView> programmes() {
		return programmes.all();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ProgrammeView programme(UUID id) {
		return programmes.find(id).orElseThrow(() -> new NotFoundException("programme"));
	}

	@Override
	@PreAuthorize(COORDINATOR)
	@Transactional
	public ProgrammeView createProgramme(ProgrammeForm form) {
		FormErrors.requireValid(validator, form);
		List<ModuleView> modules = modules(form.modules());
		UUID id = UUID.randomUUID();
		programmes.insert(id, form, modules);
		audit("training.programme-created", id, form.titleEn().strip() + " FY " + form.fiscalYear());
		return programme(id);
	}

	/** One module a line, "English | Kiswahili"; none means the four default areas. */
	static List<ModuleView> modules(String text) {
		List<ModuleView> modules = new ArrayList<>();
		if (text == null || text.isBlank()) {
			DEFAULT_MODULES.forEach(m -> modules.add(new ModuleView(m[0], m[2], m[1])));
			return modules;
		}
		List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (lines.size() > 20) {
			throw BusinessRuleException.onField("modules", "training.programme.modules.count");
		}
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\|", -1);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].length() > 300 || parts[1].length() > 300) {
				throw BusinessRuleException.onField("modules", "training.programme.modules.format", i + 1);
			}
			modules.add(new ModuleView("M" + (i + 1), parts[1].strip(), parts[0].strip()));
		}
		return modules;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PlanProgress plan(UUID id) {
		return programmes.reached(programme(id), programmes.neverTrained());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<SessionView> sessions(UUID programme) {
		programme(programme);
		return programmes.sessions(programme);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public SessionView session(UUID id) {
		return programmes.session(id).orElseThrow(() -> new NotFoundException("session"));
	}

	@Override
	@PreAuthorize(COORDINATOR)
	@Transactional
	public SessionView createSession(SessionForm form) {
		FormErrors.requireValid(validator, form);
		ProgrammeView programme;
		try {
			programme = programme(form.programmeId());
		}
		catch (NotFoundException e) {
			throw BusinessRuleException.onField("programmeId", "training.programme.unknown");
		}
		List<FieldProblem> problems = SessionRules.check(form, programme, fiscalYearStartMonth);
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		UUID id = UUID.randomUUID();
		programmes.insertSession(id, form);
		audit("training.session-created", id, form.title().strip() + " " + form.startsOn() + "–" + form.endsOn());
		return session(id);
	}

	@Override
	@PreAuthorize(COORDINATOR)
	@Transactional
	public SessionView changeStatus(UUID id, SessionStatus to, long expectedVersion) {
		SessionView session = session(id);
		if (to == null || !SessionRules.canMove(session.status(), to)) {
			throw BusinessRuleException.onField("status", "training.session.status", session.status().name(),
					to == null ? "" : to.name());
		}
		if (!programmes.changeStatus(id, session.status(), to, expectedVersion)) {
			throw new ConcurrentChangeException("session");
		}
		audit("training.session-" + to.name().toLowerCase(java.util.Locale.ROOT), id, session.title() + " " + session.status() + " → " + to);
		if (to == SessionStatus.COMPLETED) {
			events.publishEvent(new SessionCompleted(id));
		}
		if (to == SessionStatus.CANCELLED) {
			mails.cancelled(participants.ofSession(id, null), session, programme(session.programmeId()));
		}
		return session(id);
	}

	private void audit(String action, UUID entity, String summary) {
		events.publishEvent(new TrainingActivity(action, entity.toString(), null, summary, Actor.current()));
	}
}
