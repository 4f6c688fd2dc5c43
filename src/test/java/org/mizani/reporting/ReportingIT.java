package org.mizani.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The executive dashboard, its exports and briefing, and the institution profile, on the demo data. */
@MizaniIntegrationTest
class ReportingIT extends IntegrationTestSupport {

	static final String EXECUTIVE = "executive@ega.go.tz";
	static final String ICT = "ict.officer@dodomacc.go.tz";

	/** The latest accepted score of each active institution for one document (the index's definition, in SQL). */
	private static final String LATEST = """
			select distinct on (a.institution_id) a.institution_id, a.score, i.region
			from assessment a join assessment_campaign c on c.id = a.campaign_id join institution i on i.id = a.institution_id
			where a.status = 'ACCEPTED' and c.document_code = :d and i.active
			order by a.institution_id, a.accepted_at desc""";

	/** The compliance part of figures read afresh, to compare with the tables now. */
	private JsonNode compliance(String query) throws Exception {
		return json(mvc.perform(api(post("/api/v1/dashboard/refresh" + query), EXECUTIVE)).andExpect(status().isOk()))
			.get("compliance");
	}

	private JsonNode dashboard() throws Exception {
		return json(mvc.perform(api(get("/api/v1/dashboard"), EXECUTIVE)).andExpect(status().isOk()));
	}

	@Test
	void aChangeReachesTheDashboardWithinMomentsAndNoReaderWaitsForTheAggregation() throws Exception {
		JsonNode before = json(mvc.perform(api(post("/api/v1/dashboard/refresh"), EXECUTIVE)).andExpect(status().isOk()));
		long incidents = before.get("incidents").get("bySeverity").get("overall").get("incidents").asLong();
		mvc.perform(api(post("/api/v1/incidents"), ICT).content(org.mizani.incident.IncidentTestSupport.report("Dashboard freshness",
				java.time.LocalDateTime.now().minusHours(1), "GREEN", ""))).andExpect(status().isCreated());
		// the first read after the change may still serve the figures it has; a refresh starts behind it
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(200))
			.until(() -> dashboard().get("incidents").get("bySeverity").get("overall").get("incidents").asLong() == incidents + 1);
		assertThat(java.time.Instant.parse(dashboard().get("takenAt").asString())).isAfter(java.time.Instant.parse(before.get("takenAt").asString()));
	}

	private static List<BigDecimal> column(JsonNode rows, String field) {
		List<BigDecimal> values = new ArrayList<>();
		rows.forEach(r -> values.add(r.get(field).isNull() ? null : r.get(field).decimalValue()));
		return values;
	}

	@Test
	void theNationalIndexIsTheMeanOfEachActiveInstitutionsLatestAcceptedScoreAndTheTrendOfEachCampaign() throws Exception {
		JsonNode c = compliance("");
		String document = c.get("document").asString();
		BigDecimal expected = jdbc.sql("select round(avg(score), 2) from (" + LATEST + ") x").param("d", document)
			.query(BigDecimal.class).single();
		long assessed = jdbc.sql("select count(*) from (" + LATEST + ") x").param("d", document).query(Long.class).single();
		assertThat(assessed).as("the demo data has accepted assessments").isGreaterThan(10);
		assertThat(c.get("index").decimalValue()).isEqualByComparingTo(expected);
		assertThat(c.get("institutionsAssessed").asLong()).isEqualTo(assessed);
		assertThat(c.get("heatmap")).hasSize((int) assessed);
		assertThat(c.get("trend").size()).isGreaterThanOrEqualTo(2);
		for (JsonNode t : c.get("trend")) {
			BigDecimal mean = jdbc.sql("""
					select round(avg(a.score), 2) from assessment a join institution i on i.id = a.institution_id
					where a.campaign_id = :c and a.status = 'ACCEPTED' and i.active""")
				.param("c", UUID.fromString(t.get("campaignId").asString())).query(BigDecimal.class).single();
			assertThat(t.get("mean").decimalValue()).as(t.get("campaignName").asString()).isEqualByComparingTo(mean);
		}
	}

	@Test
	void theHeatmapNarrowsToARegionAndSortsByAnyColumnWithMissingScoresLast() throws Exception {
		String document = compliance("").get("document").asString();
		String region = jdbc.sql("select region from (" + LATEST + ") x where region is not null group by region order by count(*) desc limit 1")
			.param("d", document).query(String.class).single();
		long inRegion = jdbc.sql("select count(*) from (" + LATEST + ") x where region = :r").param("d", document)
			.param("r", region).query(Long.class).single();

		JsonNode c = compliance("?region=" + region + "&sort=overall&dir=desc");
		assertThat(c.get("heatmap")).hasSize((int) inRegion);
		assertThat(c.get("institutionsInScope").asLong()).isLessThan(institutionCount());
		for (JsonNode row : c.get("heatmap")) {
			assertThat(jdbc.sql("select region from institution where id = :id")
				.param("id", UUID.fromString(row.get("institutionId").asString())).query(String.class).single()).isEqualTo(region);
		}
		List<BigDecimal> overall = column(c.get("heatmap"), "overall");
		assertThat(overall).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));

		String area = c.get("areas").get(0).get("code").asString();
		List<BigDecimal> byArea = new ArrayList<>();
		compliance("?sort=" + area).get("heatmap").forEach(r -> byArea.add(r.get("areas").has(area) ? r.get("areas").get(area).decimalValue() : null));
		assertThat(byArea).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
	}

	@Test
	void theMostImprovedAreTheLargestRisesBetweenEachInstitutionsTwoLatestAssessments() throws Exception {
		JsonNode c = compliance("");
		BigDecimal largest = jdbc.sql("""
				select max(score - previous) from (
				  select a.institution_id, a.score, lag(a.score) over (partition by a.institution_id order by a.accepted_at) as previous,
				         row_number() over (partition by a.institution_id order by a.accepted_at desc) as n
				  from assessment a join assessment_campaign c on c.id = a.campaign_id join institution i on i.id = a.institution_id
				  where a.status = 'ACCEPTED' and c.document_code = :d and i.active) x
				where n = 1 and score > previous""").param("d", c.get("document").asString()).query(BigDecimal.class).single();
		JsonNode improved = c.get("mostImproved");
		assertThat(improved.size()).isBetween(1, 5);
		assertThat(improved.get(0).get("change").decimalValue()).isEqualByComparingTo(largest);
		List<BigDecimal> changes = column(improved, "change");
		assertThat(changes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		for (JsonNode i : improved) {
			assertThat(i.get("after").decimalValue().subtract(i.get("before").decimalValue()))
				.isEqualByComparingTo(i.get("change").decimalValue()).isPositive();
		}
		List<BigDecimal> weakest = column(c.get("weakest"), "overall");
		assertThat(weakest).hasSize(5).isSorted();
		assertThat(weakest.get(0)).isEqualByComparingTo(
				jdbc.sql("select min(score) from (" + LATEST + ") x").param("d", c.get("document").asString()).query(BigDecimal.class).single());
	}

	@Test
	void onlyAuthorityStaffSeeTheDashboardAndItsNumbersLinkToTheListsBehindThem() throws Exception {
		mvc.perform(get("/dashboard").with(as(context, EXECUTIVE)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Executive dashboard")))
			.andExpect(content().string(Matchers.containsString("href=\"/incidents?severity=CRITICAL&amp;flag=OPEN\"")))
			.andExpect(content().string(Matchers.containsString("href=\"/actions?overdue=true\"")))
			.andExpect(content().string(Matchers.containsString("href=\"/projects?flag=LATE\"")))
			.andExpect(content().string(Matchers.containsString("/profile\"")))
			.andExpect(content().string(Matchers.containsString("class=\"heat-")));
		mvc.perform(get("/dashboard").with(as(context, EXECUTIVE)).header("Accept-Language", "sw"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Dashibodi ya viongozi")));
		mvc.perform(post("/dashboard/refresh?region=Dodoma&sort=overall&dir=desc").with(as(context, EXECUTIVE))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/dashboard?region=Dodoma&sort=overall&dir=desc"));
		mvc.perform(get("/dashboard").with(as(context, ICT))).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/dashboard"), ICT)).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/heatmap.csv").with(as(context, ICT))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/briefing.pdf").with(as(context, ICT))).andExpect(status().isForbidden());
	}

	@Test
	void theHeatmapExportsCarryEveryRowAsWorkbookAndCsv() throws Exception {
		int rows = compliance("").get("heatmap").size();
		// the exports serve the figures just read afresh
		String csv = mvc.perform(get("/dashboard/heatmap.csv").with(as(context, EXECUTIVE)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(rows + 1);
		assertThat(lines.get(0)).startsWith("Short name / acronym,Campaign,Overall,");
		byte[] xlsx = mvc.perform(get("/dashboard/heatmap.xlsx").with(as(context, EXECUTIVE)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(rows + 1);
		}
	}

	@Test
	void theBriefingIsAPdfInEitherLanguage() throws Exception {
		assertThat(pdfText("en")).contains("Briefing for leadership", "National compliance index", "Security incidents");
		assertThat(pdfText("sw")).contains("Taarifa fupi kwa viongozi", "Fahirisi ya kitaifa ya uzingatiaji");
	}

	private String pdfText(String language) throws Exception {
		byte[] pdf = mvc.perform(get("/dashboard/briefing.pdf?lang=" + language).with(as(context, EXECUTIVE)))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void anInstitutionSeesItsOwnProfileAndNoOtherAndTheProfileAddsUp() throws Exception {
		UUID own = institutionId("DODOMA-CC");
		UUID other = institutionId("MOF");
		JsonNode profile = json(mvc.perform(api(get("/api/v1/institutions/" + own + "/profile"), ICT)).andExpect(status().isOk()));
		assertThat(profile.get("institution").get("acronym").asString()).isEqualTo("DODOMA-CC");
		assertThat(profile.get("systems")).hasSize(jdbc.sql("select count(*) from ict_system where institution_id = :i")
			.param("i", own).query(Integer.class).single());
		assertThat(profile.get("scores")).hasSize(jdbc.sql("select count(*) from assessment where institution_id = :i and status = 'ACCEPTED'")
			.param("i", own).query(Integer.class).single());
		assertThat(profile.get("openActions").get("total").asLong()).isEqualTo(jdbc.sql("""
				select count(*) from remediation_action where institution_id = :i and status in ('OPEN', 'IN_PROGRESS', 'REOPENED')""")
			.param("i", own).query(Long.class).single());
		assertThat(profile.get("incidents").get("total").asLong()).isEqualTo(jdbc.sql("""
				select count(*) from incident where institution_id = :i""").param("i", own).query(Long.class).single());
		mvc.perform(get("/institutions/" + own + "/profile").with(as(context, ICT)).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Scores over time")));

		mvc.perform(api(get("/api/v1/institutions/" + other + "/profile"), ICT)).andExpect(status().isNotFound());
		mvc.perform(get("/institutions/" + other + "/profile").with(as(context, ICT))).andExpect(status().isNotFound());
		mvc.perform(get("/institutions/" + other + "/profile").with(as(context, EXECUTIVE))).andExpect(status().isOk());
	}

	@Test
	void theListsBehindAProfileAreFilteredToTheInstitution() throws Exception {
		UUID mof = institutionId("MOF");
		String mofSystem = jdbc.sql("select name from ict_system where institution_id = :i limit 1").param("i", mof).query(String.class).single();
		String otherSystem = jdbc.sql("select name from ict_system where institution_id <> :i and name not in (select name from ict_system where institution_id = :i) limit 1")
			.param("i", mof).query(String.class).single();
		mvc.perform(get("/systems?institution=" + mof).with(as(context, EXECUTIVE)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(mofSystem)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(otherSystem))));
		long pending = jdbc.sql("""
				select count(*) from remediation_action where institution_id = :i and status in ('OPEN', 'IN_PROGRESS', 'REOPENED')""")
			.param("i", mof).query(Long.class).single();
		JsonNode actions = json(mvc.perform(api(get("/api/v1/actions?institution=" + mof + "&pending=true&size=1"), EXECUTIVE))
			.andExpect(status().isOk()));
		assertThat(pending).isPositive();
		assertThat(actions.get("total").asLong()).isEqualTo(pending);
		// an institution user asking for another institution's list gets nothing of it
		mvc.perform(get("/systems?institution=" + mof).with(as(context, ICT)))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(mofSystem))));
	}

	private int workbookRows(String url, String email) throws Exception {
		byte[] xlsx = mvc.perform(get(url).with(as(context, email))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read().size();
		}
	}

	@Test
	void theInstitutionAndActionListsExportWhatTheyShowAndNoMore() throws Exception {
		long inDodoma = jdbc.sql("select count(*) from institution where lower(region) = 'dodoma'").query(Long.class).single();
		assertThat(workbookRows("/institutions/export.xlsx?region=Dodoma", EXECUTIVE)).isEqualTo(inDodoma + 1);
		long ownScope = json(mvc.perform(api(get("/api/v1/institutions?size=1"), ICT)).andExpect(status().isOk())).get("total").asLong();
		assertThat(workbookRows("/institutions/export.xlsx", ICT)).isEqualTo(ownScope + 1).isLessThan((int) institutionCount());

		UUID mof = institutionId("MOF");
		long pending = jdbc.sql("""
				select count(*) from remediation_action where institution_id = :i and status in ('OPEN', 'IN_PROGRESS', 'REOPENED')""")
			.param("i", mof).query(Long.class).single();
		assertThat(pending).isPositive();
		assertThat(workbookRows("/actions/export.xlsx?pending=true&institution=" + mof, EXECUTIVE)).isEqualTo(pending + 1);
		// an institution user asking for another institution's actions gets only their own institution's rows
		byte[] xlsx = mvc.perform(get("/actions/export.xlsx?institution=" + mof).with(as(context, ICT))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> acronyms = workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(0)).distinct().toList();
			assertThat(acronyms).doesNotContain("MOF").allMatch("DODOMA-CC"::equals);
		}
	}

	@Test
	void trainingParticipantsAndFollowUpsExportWithinWhatTheReaderMaySee() throws Exception {
		UUID session = jdbc.sql("""
				select p.session_id from training_participant p join institution i on i.id = p.institution_id
				group by p.session_id having count(distinct p.institution_id) > 1
				  and bool_or(i.acronym = 'DODOMA-CC') order by count(*) desc limit 1""").query(UUID.class).single();
		long all = jdbc.sql("select count(*) from training_participant where session_id = :s").param("s", session).query(Long.class).single();
		long own = jdbc.sql("""
				select count(*) from training_participant p join institution i on i.id = p.institution_id
				where p.session_id = :s and i.acronym = 'DODOMA-CC'""").param("s", session).query(Long.class).single();
		assertThat(workbookRows("/training/sessions/" + session + "/participants.xlsx", "training@ega.go.tz")).isEqualTo(all + 1);
		assertThat(workbookRows("/training/sessions/" + session + "/participants.xlsx", ICT)).isEqualTo(own + 1).isLessThan((int) all + 1);

		long followUps = jdbc.sql("select count(*) from training_follow_up").query(Long.class).single();
		assertThat(followUps).isPositive();
		assertThat(workbookRows("/training/follow-ups.xlsx", "training@ega.go.tz")).isEqualTo(followUps + 1);
	}
}
