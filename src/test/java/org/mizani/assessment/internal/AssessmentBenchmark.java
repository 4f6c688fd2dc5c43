package org.mizani.assessment.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.LateRule;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.ImportSummary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.authenticationOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code ./mvnw -Pbenchmark verify}: a campaign of 1,000 institutions × 300 requirements. Launch time
 * against a bulk insert of the same 300,000 response rows into a copy of the table (same run); the
 * workspace of one 300-requirement assessment and the campaign overview, warm, against the sign-in
 * page; the campaign XLSX export of every response, with the heap it needs above the idle heap
 * against the heap an export of a tenth of the rows needs (constant memory: the two are alike).
 */
@MizaniIntegrationTest
class AssessmentBenchmark extends IntegrationTestSupport {

	private static final int INSTITUTIONS = 1_000;
	private static final int REQUIREMENTS = 300;
	private static final int WARMUP = 15;
	private static final int RUNS = 25;

	@Test
	void nationalCampaign() throws Exception {
		insertInstitutions();
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
		CampaignManagement campaigns = context.getBean(CampaignManagement.class);
		UUID campaign;
		double launchMs;
		try {
			ImportSummary imported = context.getBean(CatalogManagement.class).importOscal("bench.json", catalog());
			campaign = campaigns.create(new CampaignForm("Benchmark " + UUID.randomUUID(), imported.versionId().value(), Set.of(),
					List.of("Benchmark"), List.of(), null, List.of(), LocalDate.now(), LocalDate.now().plusDays(30), null, null,
					LateRule.ALLOWED_FLAGGED)).id().value();
			long start = System.nanoTime();
			campaigns.launch(new CampaignId(campaign));
			while (!"OPEN".equals(status(campaign))) {
				if ("DRAFT".equals(status(campaign))) {
					throw new IllegalStateException("launch failed");
				}
				Thread.sleep(50);
			}
			launchMs = (System.nanoTime() - start) / 1e6;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		long rows = jdbc.sql("select count(*) from assessment_response r join assessment a on a.id = r.assessment_id where a.campaign_id = :c")
			.param("c", campaign).query(Long.class).single();
		double bulkMs = bulkInsertOfTheSameRows(campaign);

		UUID assessment = jdbc.sql("select id from assessment where campaign_id = :c limit 1").param("c", campaign).query(UUID.class).single();
		String institution = jdbc.sql("select i.acronym from assessment a join institution i on i.id = a.institution_id where a.id = :a")
			.param("a", assessment).query(String.class).single();
		String officer = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.go.tz";
		org.mizani.identity.internal.TestLogins.createUser(context, officer, org.mizani.identity.Role.ICT_OFFICER, institution, "x");
		double signIn = median(get("/login"));
		double workspace = median(get("/assessments/" + assessment).with(as(context, officer)));
		double overview = median(get("/campaigns/" + campaign).with(as(context, "compliance@ega.go.tz")));

		SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
		long fullHeap;
		long tenthHeap;
		double exportMs;
		long bytes;
		try {
			tenthHeap = exportHeap(campaigns, smallCampaign(campaigns, campaign))[0];
			long[] full = exportHeap(campaigns, campaign);
			fullHeap = full[0];
			exportMs = full[1] / 1e6;
			bytes = full[2];
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		System.out.printf("%n%-58s %12s %12s %8s %s%n", "assessment benchmark (" + INSTITUTIONS + " institutions × " + REQUIREMENTS
				+ " requirements)", "figure", "baseline", "ratio", "budget");
		line("campaign launch, " + rows + " responses", launchMs, bulkMs, launchMs <= 30_000 ? "within ≤ 30 s" : "OVER ≤ 30 s");
		line("workspace page, one assessment (median, warm)", workspace, signIn, workspace <= 150 ? "within ≤ 150 ms" : "OVER ≤ 150 ms");
		line("campaign overview page (median, warm)", overview, signIn, overview <= 150 ? "within ≤ 150 ms" : "OVER ≤ 150 ms");
		System.out.printf("%-58s %10.1fs %10s %8s %s%n", "campaign XLSX export, " + rows + " rows, " + bytes / 1024 + " KB", exportMs / 1000,
				"", "", "");
		System.out.printf("%-58s %10.1fMB %10.1fMB %7.1fx %s%n", "  live heap above idle: all rows vs a tenth of them", fullHeap / 1e6,
				tenthHeap / 1e6, (double) fullHeap / Math.max(1, tenthHeap), fullHeap < 256_000_000 && fullHeap < 3 * Math.max(tenthHeap, 8_000_000) ? "within ≤ 256 MB, flat" : "OVER: grows with rows");
		System.out.println("Baselines: launch vs a bulk INSERT … SELECT of the same rows into a copy of the table (with its indexes);"
				+ " pages vs the sign-in page; export heap vs an export of a tenth of the rows. All in this run.");
	}

	private static void line(String name, double figure, double baseline, String verdict) {
		System.out.printf("%-58s %10.1fms %10.1fms %7.1fx %s%n", name, figure, baseline, figure / baseline, verdict);
	}

	private String status(UUID campaign) {
		return jdbc.sql("select status from assessment_campaign where id = :c").param("c", campaign).query(String.class).single();
	}

	private void insertInstitutions() {
		String[] types = { "MINISTRY", "EXECUTIVE_AGENCY", "LOCAL_GOVERNMENT_AUTHORITY", "PUBLIC_CORPORATION" };
		String run = UUID.randomUUID().toString().substring(0, 6);
		jdbc.sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region)
				select gen_random_uuid(), 'Taasisi ya kipimo ' || :run || '-' || n, 'Benchmark institution ' || :run || '-' || n,
				  'B' || :run || n, (cast(:types as varchar[]))[1 + n % 4], 'Benchmark', 'Dodoma'
				from generate_series(1, :n) n
				""").param("run", run).param("types", "{" + String.join(",", types) + "}").param("n", INSTITUTIONS).update();
	}

	private static byte[] catalog() {
		StringBuilder json = new StringBuilder("{\"catalog\": {\"uuid\": \"" + UUID.randomUUID()
				+ "\", \"metadata\": {\"title\": \"Benchmark standard " + UUID.randomUUID() + "\", \"version\": \"1\"}, \"groups\": [");
		for (int g = 0; g < 10; g++) {
			json.append(g == 0 ? "" : ",").append("{\"id\": \"g").append(g).append("\", \"title\": \"Area ").append(g)
				.append("\", \"controls\": [");
			for (int c = 0; c < REQUIREMENTS / 10; c++) {
				json.append(c == 0 ? "" : ",").append("{\"id\": \"g").append(g).append("-").append(c)
					.append("\", \"title\": \"Requirement ").append(g).append('.').append(c)
					.append("\", \"parts\": [{\"name\": \"statement\", \"prose\": \"Keep records of control ").append(c)
					.append(" and review them every year.\"}]}");
			}
			json.append("]}");
		}
		return json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private double bulkInsertOfTheSameRows(UUID campaign) {
		jdbc.sql("drop table if exists bench_response").update();
		jdbc.sql("create table bench_response (like assessment_response including all)").update();
		long start = System.nanoTime();
		jdbc.sql("""
				insert into bench_response (id, assessment_id, requirement_id, area_code, position)
				select gen_random_uuid(), a.id, q.requirement_id, q.area_code, q.position
				from assessment a join campaign_requirement q on q.campaign_id = a.campaign_id where a.campaign_id = :c
				""").param("c", campaign).update();
		double ms = (System.nanoTime() - start) / 1e6;
		jdbc.sql("drop table bench_response").update();
		return ms;
	}

	/** A campaign with a tenth of the institutions, answered alike, for the export memory baseline. */
	private UUID smallCampaign(CampaignManagement campaigns, UUID big) throws Exception {
		UUID version = jdbc.sql("select version_id from assessment_campaign where id = :c").param("c", big).query(UUID.class).single();
		List<String> acronyms = jdbc.sql("""
				select i.acronym from assessment a join institution i on i.id = a.institution_id where a.campaign_id = :c
				order by i.acronym limit :n""").param("c", big).param("n", INSTITUTIONS / 10).query(String.class).list();
		UUID small = campaigns.create(new CampaignForm("Benchmark tenth " + UUID.randomUUID(), version, Set.of(), List.of(),
				List.of(), null, acronyms, LocalDate.now(), LocalDate.now().plusDays(30), null, null, LateRule.ALLOWED_FLAGGED))
			.id().value();
		campaigns.launch(new CampaignId(small));
		while (!"OPEN".equals(status(small))) {
			Thread.sleep(50);
		}
		return small;
	}

	/** The live heap the campaign's export holds above idle (see HeapSampler), its nanoseconds and bytes. */
	private static long[] exportHeap(CampaignManagement campaigns, UUID campaign) throws Exception {
		return org.mizani.HeapSampler.during(out -> campaigns.exportXlsx(new CampaignId(campaign), out));
	}

	private double median(MockHttpServletRequestBuilder request) throws Exception {
		return org.mizani.Timings.median(mvc, request, WARMUP, RUNS);
	}
}
