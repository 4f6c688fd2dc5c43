package org.mizani.continuity.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizani.continuity.ContinuityActivity;
import org.mizani.continuity.DrillForm;
import org.mizani.continuity.PlanForm;
import org.mizani.continuity.PlanView;
import org.mizani.continuity.Scenario;
import org.mizani.continuity.Strategy;
import org.mizani.platform.Actor;
import org.mizani.platform.DemoData;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.Today;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: DR plans for about half of the demo institutions' critical systems, drills that met their
 * targets and drills that missed them (with the actions they led to), a plan overdue for review and
 * one not drilled for more than a year.
 */
@Component
@Profile("demo")
@Order(56)
class DemoContinuity implements ApplicationRunner {

	private final Plans plans;
	private final SystemRegister systems;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Today today;

	DemoContinuity(Plans plans, SystemRegister systems, JdbcClient jdbc,
			TransactionTemplate transaction, ApplicationEventPublisher events, Today today) {
		this.plans = plans;
		this.systems = systems;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.loadOnce(jdbc, transaction, "dr_plan", "SECURITY_ANALYST", this::load);
	}

	private void load() {
		Map<String, SystemSummary> critical = systems.critical(null).stream()
			.collect(Collectors.toMap(SystemSummary::name, Function.identity(), (a, b) -> a));
		LocalDate date = today.date();
		UUID ifmis = plan(critical, "Integrated Financial Management System", Strategy.HOT_SITE, date.minusMonths(3));
		drill(ifmis, date.minusMonths(2), Scenario.DATA_CENTRE_LOSS, 95, 4);
		UUID gepg = plan(critical, "Government Electronic Payment Gateway", Strategy.HOT_SITE, date.minusMonths(5));
		UUID failed = drill(gepg, date.minusMonths(1), Scenario.DATABASE_CORRUPTION, 180, 0);
		action(failed, "Automate the database fail-over; the manual switch took two hours.", "Director of ICT", date.plusMonths(1));
		action(failed, "Keep the fail-over runbook printed in the standby site.", "Head of Infrastructure", date.minusDays(3));
		UUID nida = plan(critical, "National Identity Register", Strategy.WARM_SITE, date.minusMonths(14));
		jdbc.sql("update dr_plan set next_review_due = :d where id = :id").param("d", date.minusMonths(2)).param("id", nida).update();
		UUID idras = plan(critical, "Integrated Domestic Revenue Administration System", Strategy.WARM_SITE, date.minusMonths(6));
		drill(idras, date.minusMonths(15), Scenario.POWER_OUTAGE, 200, 10);
		UUID gsb = plan(critical, "Government Service Bus", Strategy.HOT_SITE, date.minusMonths(1));
		drill(gsb, date.minusMonths(4), Scenario.RANSOMWARE, 50, 5);
		UUID revenue = plan(critical, "Local Government Revenue Collection System", Strategy.BACKUP_RESTORE, date.minusMonths(8));
		UUID missed = drill(revenue, date.minusMonths(3), Scenario.RANSOMWARE, 600, 240);
		action(missed, "Move the nightly backup to a second site and test restores monthly.", "Head of ICT", date.plusMonths(2));
	}

	private UUID plan(Map<String, SystemSummary> critical, String system, Strategy strategy, LocalDate reviewed) {
		SystemSummary summary = critical.get(system);
		if (summary == null) {
			return null;
		}
		UUID id = UUID.randomUUID();
		int rto = summary.rtoMinutes() == null ? 240 : summary.rtoMinutes();
		int rpo = summary.rpoMinutes() == null ? 60 : summary.rpoMinutes();
		plans.insert(id, summary.institutionId(), summary.id().value(), new PlanForm("Head of ICT", strategy,
				"Documented fail-over and restore procedure; contacts of the data-centre operator.", rto, rpo, reviewed, null),
				rto, rpo, reviewed.plusMonths(12));
		events.publishEvent(new ContinuityActivity("continuity.plan-created", id.toString(), summary.institutionId(),
				system + " (demo data)", Actor.anonymous("demo-data")));
		return id;
	}

	private UUID drill(UUID plan, LocalDate heldOn, Scenario scenario, int achievedRto, int achievedRpo) {
		if (plan == null) {
			return null;
		}
		PlanView view = plans.find(plan).orElseThrow();
		UUID id = UUID.randomUUID();
		plans.insertDrill(id, view, new DrillForm(heldOn, scenario, "ICT unit, data-centre operator, business owner",
				"Declare the disaster; switch to the standby; restore data; check with users; switch back.", achievedRto,
				achievedRpo, null), DrillResult.passed(achievedRto, achievedRpo, view.rtoMinutes(), view.rpoMinutes()),
				SystemCaller.SYSTEM);
		return id;
	}

	private void action(UUID drill, String description, String owner, LocalDate due) {
		if (drill != null) {
			UUID institution = jdbc.sql("select institution_id from dr_drill where id = :d").param("d", drill).query(UUID.class).single();
			plans.insertAction(drill, institution, description, owner, due);
		}
	}
}
