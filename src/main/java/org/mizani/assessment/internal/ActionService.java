package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionForm;
import org.mizani.assessment.ActionId;
import org.mizani.assessment.ActionManagement;
import org.mizani.assessment.ActionQuery;
import org.mizani.assessment.ActionStatus;
import org.mizani.assessment.ActionView;
import org.mizani.assessment.AssessmentActivity;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.Priority;
import org.mizani.assessment.ResponseId;
import org.mizani.assessment.ResponseView;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ActionService implements ActionManagement {

	/** Who plans remediation: the institution's fillers for their own gaps, compliance officers for any. */
	static final String PLANNERS = "hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD', 'COMPLIANCE_OFFICER')";

	private final Actions actions;
	private final Assessments assessments;
	private final UserDirectory directory;
	private final EvidenceFiles evidenceFiles;
	private final AssessmentMail mail;
	private final ApplicationEventPublisher events;
	private final Today today;
	private final int warnDaysBefore;
	private final jakarta.validation.Validator validator;

	ActionService(Actions actions, Assessments assessments, UserDirectory directory, EvidenceFiles evidenceFiles,
			AssessmentMail mail, ApplicationEventPublisher events, Today today,
			@Value("${mizani.assessment.action-reminder-days:7}") int warnDaysBefore, jakarta.validation.Validator validator) {
		this.validator = validator;
		this.actions = actions;
		this.assessments = assessments;
		this.directory = directory;
		this.evidenceFiles = evidenceFiles;
		this.mail = mail;
		this.events = events;
		this.today = today;
		this.warnDaysBefore = warnDaysBefore;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public void exportXlsx(ActionQuery query, java.io.OutputStream out) throws java.io.IOException {
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
		LocalDate day = today.date();
		// owners' names in one look-up: a first pass collects who they are, the second writes the rows
		java.util.Set<UUID> ownerIds = new java.util.HashSet<>();
		actions.each(query, only, day, a -> {
			if (a.ownerId() != null) {
				ownerIds.add(a.ownerId());
			}
		});
		Map<UUID, Contact> owners = ownerIds.isEmpty() ? Map.of() : directory.contacts(ownerIds);
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Mizani", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Actions");
		String[] headers = { "institution", "source", "campaign", "requirement", "gap", "title", "owner", "due_date", "priority",
				"status", "overdue", "closure_note", "verified_at", "source_note" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int[] row = { 1 };
		actions.each(query, only, day, a -> {
			int r = row[0]++;
			Contact owner = a.ownerId() == null ? null : owners.get(a.ownerId());
			sheet.value(r, 0, a.institutionAcronym());
			sheet.value(r, 1, a.source().name());
			sheet.inlineString(r, 2, a.campaignName());
			sheet.value(r, 3, a.requirementCode());
			sheet.value(r, 4, a.gap() == null ? null : a.gap().name());
			sheet.inlineString(r, 5, a.title());
			sheet.inlineString(r, 6, owner == null ? null : owner.fullName());
			sheet.value(r, 7, a.dueDate().toString());
			sheet.value(r, 8, a.priority().name());
			sheet.value(r, 9, a.status().name());
			sheet.value(r, 10, a.overdue(day));
			sheet.inlineString(r, 11, a.closureNote());
			sheet.value(r, 12, a.verifiedAt() == null ? null : a.verifiedAt().toString());
			sheet.inlineString(r, 13, a.sourceNote());
			org.mizani.platform.TabularFile.flushEvery1000(sheet, r);
		});
		workbook.finish();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<ActionView> search(ActionQuery query, Paging paging) {
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId();
		if (!caller.authority() && only == null) {
			return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
		}
		return actions.search(query, only, today.date(), paging).map(this::named);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ActionSummary summary() {
		Caller caller = Caller.require();
		if (!caller.authority() && caller.institutionId() == null) {
			return new ActionSummary(0, 0, 0, 0);
		}
		return actions.summary(caller.authority() ? null : caller.institutionId(), today.date());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public ActionView get(ActionId id) {
		ActionView action = actions.find(id.value()).orElseThrow(() -> new NotFoundException("action"));
		if (!Caller.require().canAccess(action.institutionId())) {
			throw new NotFoundException("action");
		}
		return named(action);
	}

	@Override
	@PreAuthorize(PLANNERS)
	@Transactional
	public ActionView create(ResponseId gap, ActionForm form) {
		ResponseView response = assessments.response(gap.value()).filter(r -> Caller.require().canAccess(r.institutionId()))
			.orElseThrow(() -> new NotFoundException("response"));
		AssessmentView assessment = accepted(response.assessmentId().value());
		if (response.effectiveResult() == null || !response.effectiveResult().gap()) {
			throw new BusinessRuleException("action.not-a-gap");
		}
		if (actions.existsFor(gap.value())) {
			throw new BusinessRuleException("action.exists");
		}
		validate(form, assessment.institutionId());
		UUID id = UUID.randomUUID();
		actions.insert(id, assessment.institutionId(), assessment.id().value(), gap.value(), form, Caller.require().userId());
		events.publishEvent(new AssessmentActivity("assessment.action.created", "action", id.toString(),
				assessment.institutionId(), response.displayCode() + ": " + form.title().strip() + " due " + form.dueDate(),
				Actor.current()));
		return get(new ActionId(id));
	}

	@Override
	@PreAuthorize("hasAnyRole('TRAINING_COORDINATOR', 'COMPLIANCE_OFFICER')")
	@Transactional
	public ActionView createFromVisit(UUID institution, String note, ActionForm form) {
		FormErrors.requireValid(validator, form);
		if (form.dueDate().isBefore(today.date())) {
			throw BusinessRuleException.onField("dueDate", "action.due.past");
		}
		validate(form, institution);
		UUID id = UUID.randomUUID();
		String source = note.length() > 500 ? note.substring(0, 500) : note;
		actions.insertFromVisit(id, institution, source, form, Caller.require().userId());
		events.publishEvent(new AssessmentActivity("assessment.action.created", "action", id.toString(), institution,
				source + ": " + form.title().strip() + " due " + form.dueDate(), Actor.current()));
		return get(new ActionId(id));
	}

	@Override
	@PreAuthorize(PLANNERS)
	@Transactional
	public int createFromGaps(AssessmentId id, LocalDate dueDate, Priority priority) {
		AssessmentView assessment = accepted(id.value());
		if (dueDate == null || dueDate.isBefore(today.date())) {
			throw BusinessRuleException.onField("dueDate", "action.due.past");
		}
		UUID by = Caller.require().userId();
		List<String[]> gaps = actions.gapsWithoutAction(id.value());
		for (String[] gap : gaps) {
			String title = gap[1] + " " + gap[2];
			actions.insert(UUID.randomUUID(), assessment.institutionId(), id.value(), UUID.fromString(gap[0]),
					new ActionForm(title.length() > 300 ? title.substring(0, 300) : title, null, null, dueDate,
							priority == null ? Priority.MEDIUM : priority, 0),
					by);
		}
		events.publishEvent(new AssessmentActivity("assessment.action.bulk-created", "assessment", id.toString(),
				assessment.institutionId(), gaps.size() + " actions from gaps, due " + dueDate, Actor.current()));
		return gaps.size();
	}

	@Override
	@PreAuthorize(PLANNERS)
	@Transactional
	public ActionView update(ActionId id, ActionForm form) {
		ActionView action = get(id);
		if (action.status() == ActionStatus.VERIFIED) {
			throw new BusinessRuleException("action.verified");
		}
		validate(form, action.institutionId());
		if (!actions.update(id.value(), form)) {
			throw new ConcurrentChangeException("action");
		}
		events.publishEvent(new AssessmentActivity("assessment.action.updated", "action", id.toString(),
				action.institutionId(), form.title().strip() + " due " + form.dueDate(), Actor.current()));
		return get(id);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public ActionView start(ActionId id, long expectedVersion) {
		return move(id, ActionPolicy.Step.START, expectedVersion, null, null, null);
	}

	@Override
	@PreAuthorize("hasAnyRole('ICT_OFFICER', 'INSTITUTION_HEAD')")
	@Transactional
	public ActionView complete(ActionId id, String note, @Nullable String filename, @Nullable InputStream evidence,
			long expectedVersion) throws IOException {
		ActionView action = get(id);
		if (note == null || note.isBlank()) {
			throw BusinessRuleException.onField("note", "action.closure.note-required");
		}
		if (note.length() > 5000) {
			throw BusinessRuleException.onField("note", "validation.size.max", 5000);
		}
		UUID file = null;
		if (evidence != null) {
			ActionPolicy.next(action.status(), ActionPolicy.Step.COMPLETE, Caller.require().authority());
			file = evidenceFiles.store(action.institutionId(), filename, evidence, Caller.require().userId()).id().value();
		}
		return move(id, ActionPolicy.Step.COMPLETE, expectedVersion, note.strip(), file, null);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public ActionView verify(ActionId id, long expectedVersion) {
		return move(id, ActionPolicy.Step.VERIFY, expectedVersion, null, null, null);
	}

	@Override
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	@Transactional
	public ActionView reopen(ActionId id, String reason, long expectedVersion) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "action.reopen.reason-required");
		}
		if (reason.length() > 5000) {
			throw BusinessRuleException.onField("reason", "validation.size.max", 5000);
		}
		return move(id, ActionPolicy.Step.REOPEN, expectedVersion, null, null, reason.strip());
	}

	/** Daily: owners (or, without an owner, the institution's officers and head) hear of due and overdue actions. */
	@Override
	@Scheduled(cron = "${mizani.assessment.reminder-cron:0 0 7 * * *}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "assessment.action-reminders", lockAtMostFor = "PT30M")
	@Transactional
	public int sendReminders() {
		LocalDate date = today.date();
		int sent = 0;
		for (ActionView action : actions.claimDueReminders(date, warnDaysBefore)) {
			sent += remind(action, false);
		}
		for (ActionView action : actions.claimOverdueReminders(date)) {
			sent += remind(action, true);
		}
		return sent;
	}

	private int remind(ActionView action, boolean overdue) {
		List<Contact> to = new ArrayList<>();
		if (action.ownerId() != null) {
			Contact owner = directory.contacts(List.of(action.ownerId())).get(action.ownerId());
			if (owner != null) {
				to.add(owner);
			}
		}
		if (to.isEmpty()) {
			to.addAll(mail.recipients(action.institutionId()));
		}
		to.forEach(c -> mail.actionReminder(c, action.title(), action.dueDate().toString(), overdue, action.id().value()));
		return to.size();
	}

	private ActionView move(ActionId id, ActionPolicy.Step step, long expectedVersion, @Nullable String note,
			@Nullable UUID evidence, @Nullable String reason) {
		ActionView action = get(id);
		Caller caller = Caller.require();
		if (!caller.authority() && !Objects.equals(caller.institutionId(), action.institutionId())) {
			throw new NotFoundException("action");
		}
		ActionStatus to = ActionPolicy.next(action.status(), step, caller.authority());
		if (!actions.move(id.value(), to, expectedVersion, note, evidence, reason,
				step == ActionPolicy.Step.VERIFY ? caller.userId() : null)) {
			throw new ConcurrentChangeException("action");
		}
		events.publishEvent(new AssessmentActivity("assessment.action." + step.name().toLowerCase(java.util.Locale.ROOT),
				"action", id.toString(), action.institutionId(),
				action.title() + ": " + action.status() + " → " + to + (reason == null ? "" : " (" + reason + ")"),
				Actor.current()));
		return get(id);
	}

	private AssessmentView accepted(UUID assessment) {
		AssessmentView view = assessments.find(assessment).filter(a -> Caller.require().canAccess(a.institutionId()))
			.orElseThrow(() -> new NotFoundException("assessment"));
		if (view.status() != AssessmentStatus.ACCEPTED) {
			throw new BusinessRuleException("action.assessment-not-accepted");
		}
		return view;
	}

	private void validate(ActionForm form, UUID institution) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.dueDate().isBefore(today.date().minusYears(1)) || form.dueDate().isAfter(today.date().plusYears(10))) {
			problems.add(new FieldProblem("dueDate", "action.due.out-of-range"));
		}
		if (form.ownerId() != null) {
			Contact owner = directory.contacts(List.of(form.ownerId())).get(form.ownerId());
			if (owner == null || !institution.equals(owner.institutionId())) {
				problems.add(new FieldProblem("ownerId", "assessment.response.assignee-unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	private ActionView named(ActionView a) {
		if (a.ownerId() == null) {
			return a;
		}
		Map<UUID, Contact> owner = directory.contacts(List.of(a.ownerId()));
		Contact c = owner.get(a.ownerId());
		return c == null ? a : new ActionView(a.id(), a.institutionId(), a.institutionAcronym(), a.assessmentId(),
				a.campaignName(), a.responseId(), a.requirementCode(), a.requirementTitleSw(), a.requirementTitleEn(), a.gap(),
				a.source(), a.sourceNote(), a.title(), a.description(), a.ownerId(), c.fullName(), a.dueDate(), a.priority(), a.status(), a.closureNote(),
				a.closureEvidenceId(), a.closureFilename(), a.verifiedAt(), a.reopenReason(), a.version(), a.createdAt());
	}
}
