package org.mizani.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.Mailer;
import org.mizani.platform.Today;
import org.mizani.project.ConditionView;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectDelivery;
import org.mizani.project.ProjectView;
import org.mizani.project.ReportForm;
import org.mizani.project.ReportView;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


@Service
@Transactional(readOnly = true)
class ProjectDeliveryService implements ProjectDelivery {

	private final Projects projects;
	private final org.mizani.system.SystemRegister systems;
	private final ProjectAccess access;
	private final UserDirectory directory;
	private final Mailer mailer;
	private final Today today;
	private final ReportingPeriod reportingPeriod;

	ProjectDeliveryService(Projects projects, ProjectAccess access, UserDirectory directory, Mailer mailer, Today today,
			@Value("${mizani.project.report-period:QUARTER}") ReportingPeriod reportingPeriod,
			org.mizani.system.SystemRegister systems) {
		this.systems = systems;
		this.projects = projects;
		this.access = access;
		this.directory = directory;
		this.mailer = mailer;
		this.today = today;
		this.reportingPeriod = reportingPeriod;
	}

	@PreAuthorize(ProjectService.INSTITUTION)
	@Transactional
	public ReportView report(ProjectId id, ReportForm form) {
		ProjectView project = access.own(id);
		if (!project.status().implementing()) {
			throw new BusinessRuleException("project.report.not-implementing");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (form.rag() != org.mizani.project.Rag.GREEN && (form.ragReason() == null || form.ragReason().isBlank())) {
			problems.add(new FieldProblem("ragReason", "project.report.reason-required"));
		}
		if (form.spendTzs() != null && form.spendTzs().compareTo(project.budgetTzs().multiply(BigDecimal.valueOf(10))) > 0) {
			problems.add(new FieldProblem("spendTzs", "project.report.spend-absurd"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!reportingPeriod.accepts(form.period())) {
			throw BusinessRuleException.onField("period", "project.report.period-format", reportingPeriod.example());
		}
		if (!projects.insertReport(id.value(), form, Caller.require().userId())) {
			throw BusinessRuleException.onField("period", "project.report.period-taken", form.period());
		}
		access.audit("project.reported", id.value(), project.institutionId(), form.period() + " " + form.rag() + " " + form.percentComplete() + "%");
		return projects.reports(id.value()).stream().filter(r -> r.period().equals(form.period())).findFirst().orElseThrow();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ReportView> reports(ProjectId id) {
		access.visible(id);
		return projects.reports(id.value());
	}

	@Override
	@PreAuthorize(ProjectService.INSTITUTION)
	@Transactional
	public ProjectView goLive(ProjectId id, LocalDate date) {
		ProjectView project = access.own(id);
		if (date == null || date.isAfter(today.date())) {
			throw BusinessRuleException.onField("date", "project.live.date");
		}
		if (projects.conditions(id.value()).stream().anyMatch(c -> c.status() == ConditionView.Status.OPEN)) {
			throw new BusinessRuleException("project.live.open-conditions");
		}
		if (!projects.goLive(id.value(), date)) {
			throw new BusinessRuleException("project.live.not-approved");
		}
		systems.markLive(projects.linkedSystems(id.value()), date);
		access.audit("project.live", id.value(), project.institutionId(), date.toString());
		return access.visible(id);
	}

	@Override
	@PreAuthorize(ProjectService.INSTITUTION)
	@Transactional
	public ProjectView close(ProjectId id, String benefits, String lessons) {
		ProjectView project = access.own(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (benefits == null || benefits.isBlank()) {
			problems.add(new FieldProblem("benefits", "project.close.benefits-required"));
		}
		if (lessons == null || lessons.isBlank()) {
			problems.add(new FieldProblem("lessons", "project.close.lessons-required"));
		}
		if ((benefits != null && benefits.length() > 10000) || (lessons != null && lessons.length() > 10000)) {
			problems.add(new FieldProblem(null, "validation.size.max", 10000));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		if (!projects.close(id.value(), benefits.strip(), lessons.strip())) {
			throw new BusinessRuleException("project.close.not-live");
		}
		access.audit("project.closed", id.value(), project.institutionId(), "post-implementation review recorded");
		return access.visible(id);
	}

	@Override
	@Scheduled(cron = "${mizani.project.reminder-cron:0 30 7 * * *}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "project.report-reminders", lockAtMostFor = "PT30M")
	@Transactional
	public int sendReportReminders() {
		LocalDate lastEnd = reportingPeriod.endOfPrevious(today.date());
		String period = reportingPeriod.of(lastEnd);
		List<ProjectView> missing = projects.claimMissingReports(period, lastEnd);
		for (ProjectView p : missing) {
			for (Contact to : directory.members(p.institutionId(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD))) {
				mailer.send(to.email(), to.language(), "mail.project.report.subject", "mail.project.report.body", p.title(to.language()),
						to.fullName(), period, mailer.link("/projects/" + p.id()));
			}
		}
		return missing.size();
	}
}
