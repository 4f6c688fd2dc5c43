package org.mizani.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.platform.Measure;
import org.mizani.platform.SystemCaller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Strategic plans: every measure the modules offer against fixtures whose figures were worked out by
 * hand, set in FY 2001/02 (long before any demo record, so nothing else counts), then plans through the
 * API and the pages: computed and hand-entered indicators, thresholds, a measure that has gone, the
 * rules on bad input, the quarterly report in both languages. Fixtures are rolled back.
 */
@MizaniIntegrationTest
class StrategicPlansIT extends IntegrationTestSupport {

	static final String ADMIN = "admin@ega.go.tz";
	static final String EXECUTIVE = "executive@ega.go.tz";
	static final String ANALYST = "security@ega.go.tz";
	static final Measure.Period FY2001 = Measure.Period.fiscalYear(2001);

	private UUID a;
	private UUID b;
	private UUID c;

	@BeforeEach
	void noOldTestPlans() {
		// tokens first, outside the fixtures' transaction that is rolled back
		List.of(ADMIN, EXECUTIVE, ANALYST).forEach(user -> org.mizani.identity.internal.TestLogins.sharedToken(context, user));
		jdbc.sql("delete from strategic_plan where kind = 'AUTHORITY' and first_year < 2010").update();
	}

	/** Runs the work on the fixtures as the system (an authority administrator), then rolls everything back. */
	private <T> T withFixtures(Supplier<T> work) {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		Object[] result = new Object[1];
		transaction.executeWithoutResult(status -> {
			fixtures();
			SystemCaller.runAs("AUTHORITY_ADMIN", () -> result[0] = work.get());
			status.setRollbackOnly();
		});
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private Measure measure(String code) {
		return context.getBeanProvider(Measure.class).orderedStream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
	}

	private Measure.Figure value(String code) {
		return measure(code).value(FY2001);
	}

	@Test
	void trainingMeasuresCountWhoAttendedSessionsThatStartedInTheYear() {
		Map<String, Object> figures = withFixtures(() -> Map.of(
				"institutions", value("training.institutions-trained"), "officers", value("training.officers-trained"),
				"answered", value("training.follow-ups-answered"), "solved", value("training.challenges-solved"),
				"records", measure("training.institutions-trained").records(FY2001, 10),
				"followUps", measure("training.follow-ups-answered").records(FY2001, 10)));
		// A (two officers, present and late) and B (one present; one absent; one at a cancelled session) in
		// session 1; C declined, and its officer of the next year's session is outside the year
		assertThat(((Measure.Figure) figures.get("institutions")).value()).isEqualByComparingTo("2");
		assertThat(((Measure.Figure) figures.get("officers")).value()).isEqualByComparingTo("3");
		assertThat(((List<?>) figures.get("records"))).extracting("labelEn").containsExactly("FIX-A — Fixture A", "FIX-B — Fixture B");
		// two follow-ups fell due in the year, one answered; its three challenges: two solved, one partly
		Measure.Figure answered = (Measure.Figure) figures.get("answered");
		assertThat(answered.value()).isEqualByComparingTo("50.0");
		assertThat(answered.count()).isEqualTo(1);
		assertThat(answered.of()).isEqualTo(2);
		assertThat(((Measure.Figure) figures.get("solved")).value()).isEqualByComparingTo("66.7");
		assertThat(((List<Measure.Entry>) figures.get("followUps"))).extracting(Measure.Entry::counts).containsExactlyInAnyOrder(true, false);
	}

	@Test
	void assessmentIncidentProjectAndContinuityMeasuresFollowTheirDefinitions() {
		Map<String, Object> figures = withFixtures(() -> Map.of(
				"accepted", value("assessment.accepted-share"), "index", value("assessment.compliance-index"),
				"onTime", value("incident.reporting-on-time"), "reported", value("incident.reported"),
				"projects", value("project.reviewed-on-time"), "drilled", value("continuity.critical-systems-drilled"),
				"active", jdbc.sql("select count(*) from institution where active").query(Long.class).single(),
				"critical", jdbc.sql("select count(*) from ict_system where criticality = 'CRITICAL' and status <> 'RETIRED'")
					.query(Long.class).single(),
				"late", measure("incident.reporting-on-time").records(FY2001, 10)));
		// A and B accepted in the year (C only after it), of every active institution
		Measure.Figure accepted = (Measure.Figure) figures.get("accepted");
		assertThat(accepted.count()).isEqualTo(2);
		assertThat(accepted.of()).isEqualTo((Long) figures.get("active"));
		// the latest accepted scores at the end of the year: A 60 (its 40 was earlier), B 80
		assertThat(((Measure.Figure) figures.get("index")).value()).isEqualByComparingTo("70.0");
		// of three incidents with a stage due, one had every stage on time; a fourth has nothing due yet
		Measure.Figure onTime = (Measure.Figure) figures.get("onTime");
		assertThat(onTime.count()).isEqualTo(1);
		assertThat(onTime.of()).isEqualTo(3);
		assertThat(onTime.value()).isEqualByComparingTo("33.3");
		assertThat(((Measure.Figure) figures.get("reported")).value()).isEqualByComparingTo("4");
		assertThat(((List<Measure.Entry>) figures.get("late"))).extracting(Measure.Entry::stateKey)
			.containsExactly("measure.entry.late", "measure.entry.late", "measure.entry.on-time");
		// two projects decided in the year, one by its due date
		assertThat(((Measure.Figure) figures.get("projects")).value()).isEqualByComparingTo("50.0");
		// one critical system drilled within twelve months of the year's end, of every critical system
		Measure.Figure drilled = (Measure.Figure) figures.get("drilled");
		assertThat(drilled.count()).isEqualTo(1);
		assertThat(drilled.of()).isEqualTo((Long) figures.get("critical"));
	}

	@Test
	void aPlanShowsComputedAndEnteredFiguresJudgedByItsThresholdsAndAMissingMeasureAsSuch() {
		JsonNode progress = withFixtures(() -> {
			try {
				String plan = json(mvc.perform(api(post("/api/v1/plans"), ADMIN).content("""
						{"kind": "AUTHORITY", "titleSw": "Mpango wa majaribio", "titleEn": "Test plan", "firstYear": 2001,
						 "lastYear": 2003, "onTrackPercent": 90, "atRiskPercent": 50}""")).andExpect(status().isCreated())).get("id").asString();
				String objective = json(mvc.perform(api(post("/api/v1/plans/" + plan + "/objectives"), ADMIN)
					.content("{\"code\": \"1\", \"titleSw\": \"Uwezo\", \"titleEn\": \"Capacity\"}")).andExpect(status().isCreated()))
					.get("id").asString();
				mvc.perform(api(post("/api/v1/objectives/" + objective + "/targets"), ADMIN).content("""
						{"code": "1.1", "titleSw": "Mafunzo", "titleEn": "Training", "indicatorSw": "Taasisi", "indicatorEn": "Institutions",
						 "measureCode": "training.institutions-trained", "direction": "HIGHER_IS_BETTER", "owner": "Coordinator",
						 "yearly": {"2001": 3, "2002": 5}}""")).andExpect(status().isCreated());
				String manual = json(mvc.perform(api(post("/api/v1/objectives/" + objective + "/targets"), ADMIN).content("""
						{"code": "1.2", "titleSw": "Siku", "titleEn": "Days", "indicatorSw": "Siku", "indicatorEn": "Days to contain",
						 "unit": "COUNT", "direction": "LOWER_IS_BETTER", "owner": "CSIRT", "yearly": {"2001": 5}}"""))
					.andExpect(status().isCreated())).get("id").asString();
				mvc.perform(api(post("/api/v1/targets/" + manual + "/values"), ANALYST)
					.content("{\"fiscalYear\": 2001, \"value\": 6, \"evidence\": \"CSIRT report 2001/02\"}")).andExpect(status().isNoContent());
				UUID gone = UUID.randomUUID();
				jdbc.sql("""
						insert into plan_target (id, objective_id, code, title_sw, title_en, indicator_sw, indicator_en, unit, direction,
						  measure_code, owner, position) values (:id, :o, '1.3', 'Zamani', 'Old', 'Zamani', 'Old', 'PERCENT',
						  'HIGHER_IS_BETTER', 'removed.measure', 'Nobody', 3)""").param("id", gone).param("o", UUID.fromString(objective))
					.update();
				jdbc.sql("insert into plan_target_year values (:t, 2001, 50)").param("t", gone).update();
				return json(mvc.perform(api(get("/api/v1/plans/" + plan), EXECUTIVE)).andExpect(status().isOk()));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		JsonNode targets = progress.get("objectives").get(0).get("targets");
		JsonNode trained = targets.get(0).get("years");
		assertThat(targets.get(0).get("unit").asString()).as("a computed indicator takes its measure's unit").isEqualTo("COUNT");
		assertThat(trained.get(0).get("actual").decimalValue()).isEqualByComparingTo("2");
		assertThat(trained.get(0).get("status").asString()).as("2 of 3 is 67 %: at risk from 50 %").isEqualTo("AT_RISK");
		assertThat(trained.get(1).get("status").asString()).as("nobody trained in FY 2002/03: 0 of 5").isEqualTo("OFF_TRACK");
		assertThat(trained.get(2).get("status").asString()).isEqualTo("NO_TARGET");
		JsonNode days = targets.get(1).get("years").get(0);
		assertThat(days.get("actual").decimalValue()).isEqualByComparingTo("6");
		assertThat(days.get("status").asString()).as("5 / 6 = 83 %").isEqualTo("AT_RISK");
		assertThat(targets.get(1).get("years").get(1).get("status").asString()).isEqualTo("NO_DATA");
		JsonNode old = targets.get(2);
		assertThat(old.get("measureAvailable").asBoolean()).isFalse();
		assertThat(old.get("years").get(0).get("status").asString()).isEqualTo("MEASURE_UNAVAILABLE");
		assertThat(old.get("years").get(0).get("actual").isNull()).as("never shown as zero").isTrue();
	}

	@Test
	void badPlansAndTargetsAreRefusedWithEveryProblemAndNothingIsSaved() throws Exception {
		String plan = json(mvc.perform(api(post("/api/v1/plans"), ADMIN).content("""
				{"kind": "AUTHORITY", "titleSw": "Mpango A", "titleEn": "Plan A", "firstYear": 2001, "lastYear": 2005,
				 "onTrackPercent": 90, "atRiskPercent": 70}""")).andExpect(status().isCreated())).get("id").asString();
		long plans = jdbc.sql("select count(*) from strategic_plan").query(Long.class).single();
		JsonNode overlap = json(mvc.perform(api(post("/api/v1/plans"), ADMIN).content("""
				{"kind": "AUTHORITY", "titleSw": "Mpango B", "titleEn": "Plan B", "firstYear": 2005, "lastYear": 2007,
				 "onTrackPercent": 90, "atRiskPercent": 70}""")).andExpect(status().isUnprocessableContent()));
		assertThat(overlap.get("errors").get(0).get("code").asString()).isEqualTo("plan.overlap");
		assertThat(overlap.get("errors").get(0).get("message").asString()).contains("Plan A").contains("FY 2001/02");
		mvc.perform(api(post("/api/v1/plans"), ADMIN).content("""
				{"kind": "CYBER_SECURITY", "titleSw": "Mpango C", "titleEn": "Plan C", "firstYear": 2003, "lastYear": 2001,
				 "onTrackPercent": 60, "atRiskPercent": 70}""")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("plan.years.order"),
					org.hamcrest.Matchers.containsString("plan.thresholds.order"))));
		mvc.perform(api(post("/api/v1/plans"), ADMIN).content("{\"kind\": \"NATIONAL\", \"titleSw\": \"x\"}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from strategic_plan").query(Long.class).single()).isEqualTo(plans);

		String objective = json(mvc.perform(api(post("/api/v1/plans/" + plan + "/objectives"), ADMIN)
			.content("{\"code\": \"1\", \"titleSw\": \"Uwezo\", \"titleEn\": \"Capacity\"}")).andExpect(status().isCreated()))
			.get("id").asString();
		JsonNode noIndicator = json(mvc.perform(api(post("/api/v1/objectives/" + objective + "/targets"), ADMIN).content("""
				{"code": "1.1", "titleSw": "Mafunzo", "titleEn": "Training", "indicatorSw": " ", "measureCode": "no.such.measure",
				 "direction": "HIGHER_IS_BETTER", "owner": "Coordinator", "yearly": {"2009": 3}}""")).andExpect(status().isUnprocessableContent()));
		assertThat(noIndicator.get("errors").findValuesAsString("code")).contains("plan.target.indicator-required",
				"plan.measure.unknown", "plan.yearly.outside");
		mvc.perform(api(post("/api/v1/objectives/" + objective + "/targets"), ADMIN).content("""
				{"code": "1.1", "titleSw": "Siku", "titleEn": "Days", "indicatorSw": "Siku", "indicatorEn": "Days", "unit": "PERCENT",
				 "direction": "HIGHER_IS_BETTER", "owner": "CSIRT", "yearly": {"2001": 150}}""")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("plan.yearly.percent")));
		assertThat(jdbc.sql("select count(*) from plan_target where objective_id = :o").param("o", UUID.fromString(objective))
			.query(Long.class).single()).isZero();
		// the executive reads plans but writes none; an institution sees none
		mvc.perform(api(post("/api/v1/plans/" + plan + "/objectives"), EXECUTIVE)
			.content("{\"code\": \"2\", \"titleSw\": \"B\", \"titleEn\": \"B\"}")).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/plans/" + plan), "ict.officer@dodomacc.go.tz")).andExpect(status().isForbidden());
		assertThat(auditEntries("reporting.plan-created", UUID.fromString(plan))).isEqualTo(1);
	}

	@Test
	void thePlanPagesAndTheQuarterlyReportSpeakBothLanguages() throws Exception {
		UUID plan = jdbc.sql("select id from strategic_plan where kind = 'CYBER_SECURITY'").query(UUID.class).single();
		String sw = mvc.perform(get("/plans/" + plan).with(as(context, EXECUTIVE)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sw).contains("Mpango Mkakati wa Usalama wa Mtandao Serikalini").contains("Idadi ya taasisi zilizopata mafunzo")
			.contains("Nje ya mwelekeo");
		String en = mvc.perform(get("/plans/" + plan).with(as(context, EXECUTIVE)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Government Cyber-Security Strategic Plan").contains("Number of institutions trained")
			.contains("Off track").doesNotContain("Nje ya mwelekeo");
		UUID first = jdbc.sql("select t.id from plan_target t join plan_objective o on o.id = t.objective_id where o.plan_id = :p"
				+ " and t.code = '1.1'").param("p", plan).query(UUID.class).single();
		String target = mvc.perform(get("/plans/targets/" + first + "?year=2021").with(as(context, EXECUTIVE))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(target).as("the records behind the first target's figure").contains("DODOMA-CC").contains("Institutions trained");

		for (String lang : List.of("sw", "en")) {
			byte[] pdf = mvc.perform(get("/plans/" + plan + "/report.pdf?year=2021&quarter=2&lang=" + lang).with(as(context, EXECUTIVE)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Q2 FY 2021/22").contains(lang.equals("sw") ? "Taasisi zilizopata mafunzo" : "Institutions trained");
			}
			byte[] xlsx = mvc.perform(get("/plans/" + plan + "/report.xlsx?year=2021&quarter=2&lang=" + lang).with(as(context, EXECUTIVE)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				var rows = workbook.getFirstSheet().read();
				var first11 = rows.stream().filter(r -> "1.1".equals(r.getCellText(1))).findFirst().orElseThrow();
				// by 31 December 2021, 92 days... of 365: the expected share of 200, and the sixteen demo institutions
				assertThat(new BigDecimal(first11.getCellText(7))).isEqualByComparingTo("16");
				assertThat(new BigDecimal(first11.getCellText(6))).isEqualByComparingTo("100.8");
			}
		}
		mvc.perform(get("/plans/" + plan + "/report.pdf?year=2040&quarter=1").with(as(context, EXECUTIVE)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("FY 2040/41 is outside the plan")));
	}

	@Test
	void theFormsShowEveryWrongValueInTheUsersLanguageAndKeepWhatWasTyped() throws Exception {
		UUID plan = jdbc.sql("select id from strategic_plan where kind = 'CYBER_SECURITY'").query(UUID.class).single();
		UUID objective = jdbc.sql("select id from plan_objective where plan_id = :p and code = '1'").param("p", plan)
			.query(UUID.class).single();
		long targets = jdbc.sql("select count(*) from plan_target").query(Long.class).single();
		String page = mvc.perform(post("/plans/" + plan + "/objectives/" + objective + "/targets").with(as(context, ADMIN))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("Accept-Language", "en").param("code", "1.9").param("titleSw", "<script>alert(1)</script>").param("titleEn", "T")
			.param("indicatorSw", "").param("indicatorEn", "Officers").param("unit", "COUNT").param("direction", "SIDEWAYS")
			.param("owner", "Me").param("yearly.2021", "ten").param("baseline", "1e9999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A target needs an indicator, in both languages.").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(page.split("is-invalid").length - 1).as("direction, baseline and the yearly target are wrong too")
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from plan_target").query(Long.class).single()).isEqualTo(targets);

		UUID manual = jdbc.sql("select t.id from plan_target t join plan_objective o on o.id = t.objective_id where o.plan_id = :p"
				+ " and t.code = '3.3'").param("p", plan).query(UUID.class).single();
		String sw = mvc.perform(post("/plans/targets/" + manual + "/values").with(as(context, ANALYST))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("Accept-Language", "sw").param("fiscalYear", "2035").param("value", "-").param("evidence", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sw).contains("Ushahidi").contains("is-invalid");
		mvc.perform(put("/api/v1/targets/" + manual).header("If-Match", "\"999\"")
			.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, ADMIN))
			.contentType("application/json").content("""
					{"code": "3.3", "titleSw": "S", "titleEn": "S", "indicatorSw": "S", "indicatorEn": "S", "unit": "COUNT",
					 "direction": "LOWER_IS_BETTER", "owner": "CSIRT", "yearly": {"2021": 7}}"""))
			.andExpect(status().isConflict());
	}

	/** The hand-checked records of FY 2001/02 (and a few just outside it). */
	private void fixtures() {
		a = institution("FIX-A", "Fixture A");
		b = institution("FIX-B", "Fixture B");
		c = institution("FIX-C", "Fixture C");
		UUID someone = jdbc.sql("select id from app_user where email = :e").param("e", ADMIN).query(UUID.class).single();

		UUID programme = UUID.randomUUID();
		jdbc.sql("insert into training_programme (id, title_sw, title_en, fiscal_year, target_institutions, phases)"
				+ " values (:id, 'P', 'P', 2001, 10, 2)").param("id", programme).update();
		UUID s1 = session(programme, LocalDate.of(2001, 9, 10), "COMPLETED");
		UUID cancelled = session(programme, LocalDate.of(2002, 3, 1), "CANCELLED");
		UUID nextYear = session(programme, LocalDate.of(2002, 7, 1), "COMPLETED");
		participant(s1, a, "APPROVED", "PRESENT", someone);
		participant(s1, a, "APPROVED", "LATE", someone);
		participant(s1, b, "APPROVED", "PRESENT", someone);
		participant(s1, b, "APPROVED", "ABSENT", someone);
		participant(s1, c, "DECLINED", "PRESENT", someone);
		participant(cancelled, b, "APPROVED", "PRESENT", someone);
		participant(nextYear, c, "APPROVED", "PRESENT", someone);
		followUp(s1, a, 6, LocalDate.of(2002, 3, 10), "2002-03-05T10:00:00+03:00",
				"{\"challenges\": {\"STAFF\": \"SOLVED\", \"BUDGET\": \"PARTLY_SOLVED\", \"SKILLS\": \"SOLVED\"}}");
		followUp(s1, b, 6, LocalDate.of(2002, 3, 10), null, null);
		followUp(s1, a, 12, LocalDate.of(2002, 9, 10), "2002-09-01T10:00:00+03:00", "{\"challenges\": {\"STAFF\": \"SOLVED\"}}");

		UUID campaign = jdbc.sql("select id from assessment_campaign limit 1").query(UUID.class).single();
		UUID campaign2 = jdbc.sql("select id from assessment_campaign where id <> :c limit 1").param("c", campaign).query(UUID.class).single();
		assessment(campaign, a, "2001-08-01T10:00:00+03:00", 40);
		assessment(campaign2, a, "2001-10-01T10:00:00+03:00", 60);
		assessment(campaign, b, "2002-02-01T10:00:00+03:00", 80);
		assessment(campaign, c, "2002-08-01T10:00:00+03:00", 10);

		UUID onTime = incident("2001-07-20T10:00:00+03:00", someone);
		stage(onTime, "EARLY_WARNING", "2001-08-01T10:00:00+03:00", "2001-07-31T10:00:00+03:00");
		stage(onTime, "FINAL_REPORT", "2001-08-10T10:00:00+03:00", "2001-08-09T10:00:00+03:00");
		UUID late = incident("2001-08-20T10:00:00+03:00", someone);
		stage(late, "EARLY_WARNING", "2001-09-01T10:00:00+03:00", "2001-09-02T10:00:00+03:00");
		UUID unsent = incident("2001-09-20T10:00:00+03:00", someone);
		stage(unsent, "EARLY_WARNING", "2001-10-01T10:00:00+03:00", null);
		UUID notDue = incident("2001-10-20T10:00:00+03:00", someone);
		stage(notDue, "EARLY_WARNING", "2099-01-01T10:00:00+03:00", null);
		incident("2002-08-01T10:00:00+03:00", someone);

		project(a, LocalDate.of(2001, 10, 10), "2001-10-09T10:00:00+03:00", someone);
		project(b, LocalDate.of(2001, 10, 10), "2001-10-12T10:00:00+03:00", someone);
		project(c, LocalDate.of(2002, 8, 10), "2002-08-01T10:00:00+03:00", someone);

		drilledSystem(a, "CRITICAL", LocalDate.of(2001, 12, 1), someone);
		drilledSystem(b, "CRITICAL", LocalDate.of(2000, 5, 1), someone);
		drilledSystem(c, "LOW", LocalDate.of(2001, 12, 1), someone);
	}

	private UUID institution(String acronym, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into institution (id, name_sw, name_en, acronym, type) values (:id, :n, :n, :a, 'MINISTRY')")
			.param("id", id).param("n", name).param("a", acronym).update();
		return id;
	}

	private UUID session(UUID programme, LocalDate start, String status) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, programme_id, phase, title, starts_on, ends_on, venue, region, capacity,
				  quota_per_institution, status) values (:id, :p, 1, 'S', :start, :start, 'V', 'R', 50, 5, :status)""")
			.param("id", id).param("p", programme).param("start", start).param("status", status).update();
		return id;
	}

	private void participant(UUID session, UUID institution, String status, String mark, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_participant (id, session_id, institution_id, full_name, email, status, nominated_by)
				values (:id, :s, :i, :n, :e, :status, :by)""").param("id", id).param("s", session).param("i", institution)
			.param("n", "Officer " + id.toString().substring(0, 6)).param("e", id + "@fixture.go.tz").param("status", status)
			.param("by", by).update();
		jdbc.sql("insert into training_attendance (participant_id, day, mark) select :p, starts_on, :m from training_session where id = :s")
			.param("p", id).param("m", mark).param("s", session).update();
	}

	private void followUp(UUID session, UUID institution, int months, LocalDate due, String answeredAt, String answers) {
		jdbc.sql("""
				insert into training_follow_up (id, session_id, institution_id, months, due_on, status, answers, answered_at)
				values (:id, :s, :i, :m, :due, :status, cast(:answers as jsonb), cast(:at as timestamptz))""")
			.param("id", UUID.randomUUID()).param("s", session).param("i", institution).param("m", months).param("due", due)
			.param("status", answeredAt == null ? "DUE" : "ANSWERED").param("answers", answers).param("at", answeredAt).update();
	}

	private void assessment(UUID campaign, UUID institution, String acceptedAt, int score) {
		jdbc.sql("""
				insert into assessment (id, campaign_id, institution_id, institution_type, status, deadline, accepted_at, score)
				values (:id, :c, :i, 'MINISTRY', 'ACCEPTED', date '2001-07-01', cast(:at as timestamptz), :score)""")
			.param("id", UUID.randomUUID()).param("c", campaign).param("i", institution).param("at", acceptedAt).param("score", score)
			.update();
	}

	private UUID incident(String createdAt, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into incident (id, reference, institution_id, reported_by, title, description, detected_at, class_code,
				  type_code, severity, tlp, status, created_at)
				values (:id, :ref, :i, :by, 'Fixture', 'Fixture', cast(:at as timestamptz), 'malicious-code', 'malware', 'LOW',
				  'GREEN', 'CLOSED', cast(:at as timestamptz))""")
			.param("id", id).param("ref", "FIX-" + id.toString().substring(0, 8)).param("i", a).param("by", by).param("at", createdAt)
			.update();
		return id;
	}

	private void stage(UUID incident, String code, String due, String submitted) {
		jdbc.sql("""
				insert into incident_stage (incident_id, code, position, due_at, submitted_at)
				values (:i, :code, 1, cast(:due as timestamptz), cast(:sent as timestamptz))""")
			.param("i", incident).param("code", code).param("due", due).param("sent", submitted).update();
	}

	private void project(UUID institution, LocalDate due, String decidedAt, UUID by) {
		jdbc.sql("""
				insert into project (id, institution_id, title_sw, title_en, objectives, budget_tzs, funding_source, planned_start,
				  planned_end, delivery_model, version_id, status, created_by, review_due, decided_at, decision)
				values (:id, :i, 'M', 'P', 'O', 1000, 'GoT', date '2001-01-01', date '2003-01-01', 'VENDOR', :v, 'APPROVED', :by,
				  :due, cast(:at as timestamptz), 'APPROVED')""")
			.param("id", UUID.randomUUID()).param("i", institution).param("v", baselineVersion()).param("by", by).param("due", due)
			.param("at", decidedAt).update();
	}

	private void drilledSystem(UUID institution, String criticality, LocalDate drill, UUID by) {
		UUID system = UUID.randomUUID();
		jdbc.sql("""
				insert into ict_system (id, institution_id, name, purpose, criticality, hosting, data_classification, status, created_by)
				values (:id, :i, :n, 'Fixture', :c, 'GOVERNMENT_DATA_CENTRE', 'INTERNAL', 'LIVE', :by)""")
			.param("id", system).param("i", institution).param("n", "Fixture system " + system.toString().substring(0, 6))
			.param("c", criticality).param("by", by).update();
		UUID plan = UUID.randomUUID();
		jdbc.sql("""
				insert into dr_plan (id, institution_id, system_id, owner, strategy, rto_minutes, rpo_minutes, last_reviewed, next_review_due)
				values (:id, :i, :s, 'Owner', 'WARM_SITE', 60, 60, date '2001-01-01', date '2002-01-01')""")
			.param("id", plan).param("i", institution).param("s", system).update();
		jdbc.sql("""
				insert into dr_drill (id, plan_id, institution_id, system_id, held_on, scenario, participants, achieved_rto_minutes,
				  achieved_rpo_minutes, rto_target, rpo_target, passed, recorded_by)
				values (:id, :p, :i, :s, :held, 'RANSOMWARE', 'Team', 30, 30, 60, 60, true, :by)""")
			.param("id", UUID.randomUUID()).param("p", plan).param("i", institution).param("s", system).param("held", drill)
			.param("by", by).update();
	}
}
