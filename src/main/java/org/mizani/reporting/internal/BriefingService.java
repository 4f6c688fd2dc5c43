package org.mizani.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.platform.Actor;
import org.mizani.platform.Caller;
import org.mizani.platform.HtmlPdf;
import org.mizani.platform.Language;
import org.mizani.platform.Mailer;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.Today;
import org.mizani.reporting.BriefingSent;
import org.mizani.reporting.Briefings;
import org.mizani.reporting.DashboardFilter;
import org.mizani.reporting.DashboardView;
import org.mizani.reporting.ExecutiveDashboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@Service
class BriefingService implements Briefings {

	private static final Logger log = LoggerFactory.getLogger(BriefingService.class);

	private final ExecutiveDashboard dashboard;
	private final ITemplateEngine templates;
	private final UserDirectory directory;
	private final Mailer mailer;
	private final JdbcClient jdbc;
	private final Today today;
	private final ApplicationEventPublisher events;

	BriefingService(ExecutiveDashboard dashboard, ITemplateEngine templates, UserDirectory directory, Mailer mailer,
			JdbcClient jdbc, Today today, ApplicationEventPublisher events) {
		this.events = events;
		this.dashboard = dashboard;
		this.templates = templates;
		this.directory = directory;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.today = today;
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public byte[] briefingPdf(Language language) {
		return render(dashboard.dashboard(DashboardFilter.everyone()), language, null);
	}

	private byte[] render(DashboardView board, Language language, @Nullable YearMonth month) {
		Context context = new Context(language.locale());
		context.setVariables(Map.of("board", board, "language", language, "month", month == null ? "" : month.toString()));
		return HtmlPdf.render(templates.process("reporting/briefing-pdf", context));
	}

	@Override
	@Transactional
	public int sendMonthly(YearMonth month) {
		int claimed = jdbc.sql("insert into reporting_briefing (month) values (:m) on conflict (month) do nothing")
			.param("m", month.atDay(1)).update();
		if (claimed == 0) {
			return 0;
		}
		List<Contact> executives = directory.staff(EnumSet.of(Role.EXECUTIVE));
		List<Mailer.Attachment> attachments = new ArrayList<>();
		SystemCaller.runAs("EXECUTIVE", () -> {
			DashboardView board = dashboard.refresh(DashboardFilter.everyone());
			for (Language language : Language.values()) {
				attachments.add(new Mailer.Attachment("mizani-briefing-" + month + "-" + language.code() + ".pdf",
						"application/pdf", render(board, language, month)));
			}
		});
		for (Contact executive : executives) {
			mailer.send(executive.email(), executive.language(), "mail.briefing.subject", "mail.briefing.body", attachments,
					month.toString(), mailer.link("/dashboard"));
		}
		jdbc.sql("update reporting_briefing set recipients = :n where month = :m").param("n", executives.size())
			.param("m", month.atDay(1)).update();
		events.publishEvent(new BriefingSent(month.toString(), executives.size(), Actor.current()));
		log.info("Monthly briefing of {} sent to {} executives", month, executives.size());
		return executives.size();
	}

	/** On the first morning of each month, last month's briefing goes to the executives. */
	@Scheduled(cron = "${mizani.reporting.briefing-cron:0 0 7 1 * *}", zone = "${mizani.time-zone:Africa/Dar_es_Salaam}")
	@SchedulerLock(name = "reporting.monthly-briefing", lockAtMostFor = "PT30M")
	public void monthly() {
		sendMonthly(YearMonth.from(today.date()).minusMonths(1));
	}
}
