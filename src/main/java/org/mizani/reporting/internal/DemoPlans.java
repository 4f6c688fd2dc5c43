package org.mizani.reporting.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.mizani.platform.DemoData;
import org.mizani.platform.Measure;
import org.mizani.reporting.ObjectiveForm;
import org.mizani.reporting.PlanForm;
import org.mizani.reporting.PlanKind;
import org.mizani.reporting.StrategicPlans;
import org.mizani.reporting.TargetForm;
import org.mizani.reporting.TargetForm.Direction;
import org.mizani.reporting.ValueForm;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the Government's cyber-security strategic plan for FY 2021/22 – 2025/26. Its first target,
 * 200 public institutions trained in ICT systems security management in FY 2021/22, is computed from the
 * training records; the others from assessments, incidents, drills, projects and follow-ups, and one
 * (days to contain a critical incident) is entered by hand with its evidence. Written through the plan
 * use cases, so the demo obeys the same rules and leaves the same audit trail.
 */
@Component
@Profile("demo")
@Order(70)
class DemoPlans implements ApplicationRunner {

	private final StrategicPlans plans;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoPlans(StrategicPlans plans, JdbcClient jdbc, TransactionTemplate transaction) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.loadOnce(jdbc, transaction, "strategic_plan", "AUTHORITY_ADMIN", this::load);
	}

	private void load() {
		UUID plan = plans.create(new PlanForm(PlanKind.CYBER_SECURITY,
				"Mpango Mkakati wa Usalama wa Mtandao Serikalini 2021/22 – 2025/26",
				"Government Cyber-Security Strategic Plan 2021/22 – 2025/26", 2021, 2025, 90, 70)).id();

		UUID capacity = plans.addObjective(plan, new ObjectiveForm("1", "Kujenga uwezo wa usalama wa TEHAMA katika taasisi za umma",
				"Build ICT security capacity in public institutions"));
		plans.addTarget(capacity, computed("1.1", "Taasisi za umma 200 zimepata mafunzo ya usimamizi wa usalama wa mifumo ya TEHAMA katika FY 2021/22",
				"200 public institutions trained in ICT systems security management in FY 2021/22",
				"Idadi ya taasisi zilizopata mafunzo", "Number of institutions trained", "training.institutions-trained",
				"Training coordinator (eGA)", BigDecimal.ZERO, 200, 250, 300, 300, 300));
		plans.addTarget(capacity, computed("1.2", "Taasisi zilizopata mafunzo zinajibu ufuatiliaji",
				"Trained institutions answer their follow-ups", "Asilimia ya ufuatiliaji uliojibiwa", "Share of follow-ups answered",
				"training.follow-ups-answered", "Training coordinator (eGA)", null, 60, 70, 80, 85, 90));
		plans.addTarget(capacity, computed("1.3", "Mafunzo yanasaidia taasisi kutatua changamoto zao",
				"The training helps institutions solve their challenges", "Asilimia ya changamoto zilizotatuliwa",
				"Share of challenges reported solved", "training.challenges-solved", "Training coordinator (eGA)", null, 40, 50, 60, 65, 70));

		UUID compliance = plans.addObjective(plan, new ObjectiveForm("2", "Kuimarisha uzingatiaji wa viwango vya Serikali Mtandao",
				"Strengthen compliance with the e-Government standards"));
		plans.addTarget(compliance, computed("2.1", "Taasisi zinafanya tathmini binafsi kila mwaka",
				"Institutions assess themselves every year", "Asilimia ya taasisi zenye tathmini iliyokubaliwa",
				"Share of institutions with an accepted assessment", "assessment.accepted-share", "Compliance officer (eGA)", null, 20, 40, 60, 75, 90));
		plans.addTarget(compliance, computed("2.2", "Fahirisi ya kitaifa ya uzingatiaji inapanda", "The national compliance index rises",
				"Fahirisi ya kitaifa ya uzingatiaji", "National compliance index", "assessment.compliance-index", "Compliance officer (eGA)", null, 50, 55, 60, 65, 70));

		UUID resilience = plans.addObjective(plan, new ObjectiveForm("3", "Kuimarisha ushughulikiaji wa matukio na uendelevu wa huduma",
				"Strengthen incident handling and the continuity of services"));
		plans.addTarget(resilience, computed("3.1", "Matukio yanaripotiwa ndani ya muda", "Incidents are reported within the deadlines",
				"Asilimia ya matukio yaliyoripotiwa kwa wakati", "Share of incidents whose reports were on time",
				"incident.reporting-on-time", "Security analyst (eGA CSIRT)", null, 60, 70, 80, 90, 95));
		plans.addTarget(resilience, computed("3.2", "Mipango ya kurejesha huduma inajaribiwa", "Disaster-recovery plans are tested",
				"Asilimia ya mifumo muhimu yenye zoezi ndani ya miezi 12", "Share of critical systems drilled in the last 12 months",
				"continuity.critical-systems-drilled", "Security analyst (eGA CSIRT)", null, 30, 50, 70,
				80, 90));
		UUID contain = plans.addTarget(resilience, new TargetForm("3.3", "Matukio makubwa yanadhibitiwa haraka",
				"Critical incidents are contained quickly", "Wastani wa siku za kudhibiti tukio kubwa",
				"Mean days to contain a critical incident", null, Measure.Unit.COUNT, Direction.LOWER_IS_BETTER, BigDecimal.TEN, 2020,
				"Security analyst (eGA CSIRT)", yearly(7, 5, 4, 3, 2)));
		plans.recordValue(contain, new ValueForm(2021, new BigDecimal("6"),
				"eGA CSIRT annual report 2021/22, table 4: 9 critical incidents, contained in 54 days in all."));
		plans.recordValue(contain, new ValueForm(2022, new BigDecimal("5.5"),
				"eGA CSIRT annual report 2022/23, table 4: 12 critical incidents, contained in 66 days in all."));

		UUID projects = plans.addObjective(plan, new ObjectiveForm("4", "Kuhakikisha miradi ya TEHAMA inazingatia viwango",
				"Ensure ICT projects are built to the standards"));
		plans.addTarget(projects, computed("4.1", "Miradi inapitiwa ndani ya muda", "Projects are reviewed within the review clock",
				"Asilimia ya miradi iliyoamuliwa kwa wakati", "Share of projects decided on time", "project.reviewed-on-time",
				"Project reviewer (eGA)", null, 70, 80, 85, 90, 95));
	}

	private static TargetForm computed(String code, String titleSw, String titleEn, String indicatorSw, String indicatorEn,
			String measure, String owner, BigDecimal baseline, int... targets) {
		return new TargetForm(code, titleSw, titleEn, indicatorSw, indicatorEn, measure, null, Direction.HIGHER_IS_BETTER, baseline,
				baseline == null ? null : 2020, owner, yearly(targets));
	}

	/** Targets for FY 2021/22 onwards, one a year. */
	private static Map<Integer, BigDecimal> yearly(int... targets) {
		Map<Integer, BigDecimal> yearly = new LinkedHashMap<>();
		for (int i = 0; i < targets.length; i++) {
			yearly.put(2021 + i, BigDecimal.valueOf(targets[i]));
		}
		return yearly;
	}
}
