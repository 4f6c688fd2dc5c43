package org.mizani.project.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.Today;
import org.mizani.project.AnswerView;
import org.mizani.project.Conformity;
import org.mizani.project.Decision;
import org.mizani.project.DeliveryModel;
import org.mizani.project.ProjectActivity;
import org.mizani.project.ProjectForm;
import org.mizani.project.Rag;
import org.mizani.project.ReportForm;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: ICT projects of the demo institutions in every state — a draft, one waiting for review,
 * one returned and resubmitted (with the changes between submissions), one approved with conditions
 * and reporting, one live, one closed with its post-implementation review, one rejected and one
 * approved but late and reported red.
 */
@Component
@Profile("demo")
@Order(50)
class DemoProjects implements ApplicationRunner {

	private static final UUID DEMO = SystemCaller.SYSTEM;

	private final Projects projects;
	private final ProjectService service;
	private final CatalogManagement catalogs;
	private final InstitutionManagement institutions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Today today;

	DemoProjects(Projects projects, ProjectService service, CatalogManagement catalogs, InstitutionManagement institutions,
			JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Today today) {
		this.projects = projects;
		this.service = service;
		this.catalogs = catalogs;
		this.institutions = institutions;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from project").query(Long.class).single() > 0) {
			return;
		}
		SystemCaller.runAs("PROJECT_REVIEWER", () -> {
			CatalogVersionView version = catalogs.documents().stream().filter(d -> d.code().equals("MIZANI-EGOV-BASELINE"))
				.map(CatalogDocumentView::currentVersion).filter(java.util.Objects::nonNull).findFirst().map(catalogs::version)
				.orElse(null);
			if (version != null) {
				List<AnswerView> questionnaire = service.questionnaireOf(version);
				transaction.executeWithoutResult(s -> load(version, questionnaire));
			}
		});
	}

	private void load(CatalogVersionView version, List<AnswerView> questionnaire) {
		LocalDate d = today.date();
		UUID draft = project("DODOMA-CC", "Mfumo wa vibali vya ujenzi mtandaoni", "Online construction permits (e-Permit)",
				new BigDecimal("850000000"), "Own source revenue", d.plusMonths(2), d.plusMonths(14), DeliveryModel.VENDOR,
				version, questionnaire, 0.5);
		UUID waiting = project("MOF", "Dashibodi ya mapato jumuishi", "Integrated revenue dashboard", new BigDecimal("1200000000"),
				"Government budget", d.plusMonths(1), d.plusMonths(10), DeliveryModel.IN_HOUSE, version, questionnaire, 1);
		submit(waiting, d.minusDays(6));
		UUID resubmitted = project("NIDA", "Huduma ya uthibitishaji wa alama za vidole", "Biometric verification service",
				new BigDecimal("2400000000"), "Development partner", d.minusMonths(1), d.plusMonths(18), DeliveryModel.VENDOR,
				version, questionnaire, 1);
		submit(resubmitted, d.minusDays(100));
		decide(resubmitted, Decision.RETURNED, "The design sends citizens' biometric data to a vendor-hosted service outside the"
				+ " government data centre. Host it in the government data centre and integrate through the government service bus.", d.minusDays(85));
		jdbc.sql("update project set systems = :s, vendor = :v where id = :id").param("id", resubmitted)
			.param("s", "Biometric verification API (hosted in the government data centre)\nIntegration with the government service bus")
			.param("v", "Local integrator (hosting by the government data centre)").update();
		submit(resubmitted, d.minusDays(60));
		UUID conditional = project("TRA", "Uboreshaji wa tovuti ya walipakodi", "Taxpayer portal upgrade", new BigDecimal("3100000000"),
				"Government budget", d.minusMonths(8), d.plusMonths(6), DeliveryModel.VENDOR, version, questionnaire, 1);
		submit(conditional, d.minusDays(250));
		decide(conditional, Decision.APPROVED_WITH_CONDITIONS, "The project meets the standards subject to the conditions below.",
				d.minusDays(225));
		projects.addCondition(conditional, "Complete a penetration test by an independent tester before go-live.", 0);
		projects.addCondition(conditional, "Publish the portal's API through the government service bus.", 1);
		UUID first = projects.conditions(conditional).get(1).id();
		projects.fulfil(conditional, first, "The API is registered on the government service bus (registration GSB-2026-114).");
		report(conditional, d.minusMonths(6), 25, Rag.GREEN, null, new BigDecimal("600000000"));
		report(conditional, d.minusMonths(3), 55, Rag.AMBER, "Data migration from the old portal is two months behind.",
				new BigDecimal("1500000000"));
		UUID live = project("BRELA", "Usajili wa biashara mtandaoni awamu ya pili", "Online business registration, phase two",
				new BigDecimal("900000000"), "Own source revenue", d.minusMonths(14), d.minusMonths(2), DeliveryModel.SHARED_SERVICE,
				version, questionnaire, 1);
		submit(live, d.minusDays(450));
		decide(live, Decision.APPROVED, "The project conforms to the standards.", d.minusDays(430));
		report(live, d.minusMonths(9), 40, Rag.GREEN, null, new BigDecimal("300000000"));
		report(live, d.minusMonths(6), 80, Rag.GREEN, null, new BigDecimal("700000000"));
		projects.goLive(live, d.minusMonths(2));
		UUID closed = project("RITA", "Mfumo wa usajili wa vizazi na vifo", "Births and deaths registration system",
				new BigDecimal("1500000000"), "Development partner", d.minusMonths(30), d.minusMonths(8), DeliveryModel.VENDOR,
				version, questionnaire, 1);
		submit(closed, d.minusDays(900));
		decide(closed, Decision.APPROVED, "The project conforms to the standards.", d.minusDays(880));
		projects.goLive(closed, d.minusMonths(8));
		projects.close(closed, "Registration time fell from 14 days to 2; 1.2 million certificates issued online.",
				"Train registration officers before go-live, not after; budget for data cleaning.");
		UUID rejected = project("MOH", "Mfumo mpya wa kumbukumbu za wagonjwa", "New patient records system",
				new BigDecimal("5000000000"), "Government budget", d.minusMonths(2), d.plusMonths(20), DeliveryModel.VENDOR,
				version, questionnaire, 1);
		submit(rejected, d.minusDays(120));
		decide(rejected, Decision.REJECTED, "A shared government health information system already provides these functions;"
				+ " extend it instead of buying a new one.", d.minusDays(95));
		UUID late = project("MOEST", "Mfumo wa taarifa za shule", "School information system", new BigDecimal("1800000000"),
				"Government budget", d.minusMonths(20), d.minusMonths(1), DeliveryModel.IN_HOUSE, version, questionnaire, 1);
		submit(late, d.minusDays(640));
		decide(late, Decision.APPROVED, "The project conforms to the standards.", d.minusDays(610));
		report(late, d.minusMonths(3), 60, Rag.RED, "The development team lost three of five developers; recruitment is under way.",
				new BigDecimal("1700000000"));
		events.publishEvent(new ProjectActivity("project.created", draft.toString(), null, "demo projects loaded",
				Actor.anonymous("demo-data")));
	}

	private UUID project(String acronym, String titleSw, String titleEn, BigDecimal budget, String funding, LocalDate start,
			LocalDate end, DeliveryModel model, CatalogVersionView version, List<AnswerView> questionnaire, double answered) {
		UUID institution = institutions.findByAcronym(acronym).map(InstitutionId::value).orElseThrow();
		UUID id = UUID.randomUUID();
		projects.insert(id, institution, new ProjectForm(titleSw, titleEn,
				"Deliver " + titleEn.toLowerCase(java.util.Locale.ROOT) + " to the public with fewer visits to offices.",
				"Design, build, migrate data, train staff and go live.", "Faster service, fewer errors, revenue collected on time.",
				"Citizens and businesses applying to " + acronym, budget, funding, start, end, model,
				model == DeliveryModel.VENDOR ? "Selected by open tender" : null, titleEn, version.id().value()), DEMO);
		projects.questionnaire(id, questionnaire);
		int count = (int) Math.round(questionnaire.size() * answered);
		for (int i = 0; i < count; i++) {
			AnswerView q = questionnaire.get(i);
			Conformity answer = i % 7 == 3 ? Conformity.PARTIALLY_CONFORMS : i % 11 == 5 ? Conformity.NOT_APPLICABLE : Conformity.CONFORMS;
			projects.answer(id, q.requirementId(), answer, answer == Conformity.CONFORMS ? null
					: "Explained in the architecture document, section " + (i + 1) + ".");
		}
		return id;
	}

	private void submit(UUID project, LocalDate on) {
		long version = jdbc.sql("select version from project where id = :id").param("id", project).query(Long.class).single();
		projects.submit(project, version, service.clock().due(on), "{}", DEMO);
		jdbc.sql("update project set submitted_at = :at where id = :id").param("id", project)
			.param("at", Timestamp.from(on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))).update();
		jdbc.sql("update project_submission set snapshot = cast(:s as jsonb), submitted_at = :at where project_id = :id and number = (select submission_count from project where id = :id)")
			.param("id", project).param("s", snapshotOf(project))
			.param("at", Timestamp.from(on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))).update();
	}

	private String snapshotOf(UUID project) {
		return jdbc.sql("""
				select json_build_object('titleEn', title_en, 'titleSw', title_sw, 'budgetTzs', budget_tzs::text, 'vendor', vendor,
				  'systems', systems, 'plannedStart', planned_start::text, 'plannedEnd', planned_end::text)::text
				from project where id = :id""").param("id", project).query(String.class).single();
	}

	private void decide(UUID project, Decision decision, String reasons, LocalDate on) {
		String reference = decision == Decision.RETURNED ? null : projects.nextReference("EGA/ICTP", on.getYear());
		projects.decide(project, decision, reasons, DEMO, reference);
		jdbc.sql("update project set decided_at = :at where id = :id").param("id", project)
			.param("at", Timestamp.from(on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))).update();
	}

	private void report(UUID project, LocalDate in, int percent, Rag rag, String reason, BigDecimal spend) {
		String period = in.getYear() + "-Q" + ((in.getMonthValue() - 1) / 3 + 1);
		projects.insertReport(project, new ReportForm(period, percent, rag, reason, spend,
				rag == Rag.GREEN ? null : "Schedule risk", List.of(new ReportForm.Milestone("Design approved", in.minusMonths(2),
						in.minusMonths(2).plusDays(10)))), DEMO);
	}
}
