package org.mizani.project;

import java.time.LocalDate;
import java.util.List;

/** Implementation of approved projects: periodic reports with reminders, go-live and closure with a post-implementation review. */
public interface ProjectDelivery {

	ReportView report(ProjectId id, ReportForm form);

	List<ReportView> reports(ProjectId id);

	ProjectView goLive(ProjectId id, LocalDate date);

	ProjectView close(ProjectId id, String benefits, String lessons);

	/** E-mails the institutions whose report for the last period is missing, once per period; returns how many projects. */
	int sendReportReminders();
}
