package org.mizani.project.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.Today;
import org.mizani.project.ConditionView;
import org.mizani.project.Decision;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectReview;
import org.mizani.project.ProjectView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


@Service
@Transactional(readOnly = true)
class ProjectReviewService implements ProjectReview {

	private final Projects projects;
	private final org.mizani.system.SystemRegister systems;
	private final ProjectAccess access;
	private final UserDirectory directory;
	private final Mailer mailer;
	private final ProjectExports exports;
	private final Today today;
	private final String referencePrefix;

	ProjectReviewService(Projects projects, ProjectAccess access, UserDirectory directory, Mailer mailer, ProjectExports exports,
			Today today, @Value("${mizani.project.reference-prefix:EGA/ICTP}") String referencePrefix,
			org.mizani.system.SystemRegister systems) {
		this.systems = systems;
		this.projects = projects;
		this.access = access;
		this.directory = directory;
		this.mailer = mailer;
		this.exports = exports;
		this.today = today;
		this.referencePrefix = referencePrefix;
	}

	@Override
	@PreAuthorize(ProjectService.REVIEWER)
	@Transactional
	public void reviewItem(ProjectId id, UUID requirement, boolean ok, String comment) {
		ProjectView project = access.underReview(id);
		if (!ok && (comment == null || comment.isBlank())) {
			throw BusinessRuleException.onField("comment", "project.review.comment-required");
		}
		if (comment != null && comment.length() > 5000) {
			throw BusinessRuleException.onField("comment", "validation.size.max", 5000);
		}
		if (!projects.reviewItem(id.value(), requirement, ok, comment)) {
			throw new NotFoundException("questionnaire item");
		}
		access.audit("project.item-reviewed", id.value(), project.institutionId(), requirement + (ok ? ": ok" : ": " + comment));
	}

	@Override
	@PreAuthorize(ProjectService.REVIEWER)
	@Transactional
	public ProjectView decide(ProjectId id, Decision decision, String reasons, List<String> conditions) {
		ProjectView project = access.underReview(id);
		List<String> named = conditions == null ? List.of()
				: conditions.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "project.decision.required"));
		}
		else {
			problems.addAll(ProjectRules.decision(decision, reasons, named));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		String reference = decision == Decision.RETURNED ? null : projects.nextReference(referencePrefix, today.date().getYear());
		projects.decide(id.value(), decision, reasons.strip(), Caller.require().userId(), reference);
		for (int i = 0; i < named.size(); i++) {
			projects.addCondition(id.value(), named.get(i), i);
		}
		if (decision == Decision.APPROVED || decision == Decision.APPROVED_WITH_CONDITIONS) {
			registerPlannedSystems(project, reference);
		}
		ProjectView decided = access.visible(id);
		for (Contact to : directory.members(project.institutionId(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD))) {
			mailer.send(to.email(), to.language(), "mail.project.decided.subject", "mail.project.decided.body",
					decided.title(to.language()), to.fullName(), decided.reference() == null ? "-" : decided.reference(),
					mailer.link("/projects/" + id));
		}
		access.audit("project.decided", id.value(), project.institutionId(), decision + (reference == null ? "" : " " + reference)
				+ ": " + reasons.strip());
		return decided;
	}

	/** Each system the approved project builds (one per line) enters the register as "planned", linked to the project. */
	private void registerPlannedSystems(ProjectView project, String reference) {
		if (project.systems() == null) {
			return;
		}
		project.systems().lines().map(String::strip).filter(line -> !line.isBlank()).distinct().limit(50).forEach(name -> projects
			.linkSystem(project.id().value(), systems.registerPlanned(project.institutionId(), name,
					"ICT project " + reference + ": " + project.titleEn()).value()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ConditionView> conditions(ProjectId id) {
		access.visible(id);
		return projects.conditions(id.value());
	}

	@Override
	@PreAuthorize(ProjectService.INSTITUTION)
	@Transactional
	public void fulfil(ProjectId id, UUID condition, String evidence) {
		ProjectView project = access.own(id);
		if (evidence == null || evidence.isBlank()) {
			throw BusinessRuleException.onField("evidence", "project.condition.evidence-required");
		}
		if (evidence.length() > 5000) {
			throw BusinessRuleException.onField("evidence", "validation.size.max", 5000);
		}
		if (!projects.fulfil(id.value(), condition, evidence.strip())) {
			throw new BusinessRuleException("project.condition.not-open");
		}
		access.audit("project.condition-fulfilled", id.value(), project.institutionId(), evidence.strip());
	}

	@Override
	@PreAuthorize(ProjectService.REVIEWER)
	@Transactional
	public void verifyCondition(ProjectId id, UUID condition) {
		ProjectView project = access.visible(id);
		if (!projects.verifyCondition(id.value(), condition)) {
			throw new BusinessRuleException("project.condition.not-fulfilled");
		}
		access.audit("project.condition-verified", id.value(), project.institutionId(), condition.toString());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] letter(ProjectId id, @Nullable Language language) {
		ProjectView project = access.visible(id);
		if (project.decision() == null || project.reference() == null) {
			throw new BusinessRuleException("project.letter.no-decision");
		}
		return exports.letter(project, projects.conditions(id.value()),
				language != null ? language : institutionLanguage(project.institutionId()));
	}

	/** The language of the institution's head, in which letters are written (Kiswahili when unknown). */
	Language institutionLanguage(UUID institution) {
		return directory.members(institution, EnumSet.of(Role.INSTITUTION_HEAD)).stream().map(Contact::language).findFirst()
			.orElse(Language.SW);
	}
}
