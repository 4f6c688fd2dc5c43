package org.mizani.reporting.internal;

import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.Timings;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=DashboardBenchmark}: generates the national reference data set
 * (1,000 institutions, 1.2 million responses, 50,000 incidents, …) with the CLI's generator, then times, warm,
 * as an executive: the dashboard through the API and as a page against the raw SQL of the same figures (the
 * dashboard is put together from a snapshot of every module's figures, refreshed in the background after a
 * change; the refresh itself is timed too), and an institution's profile against the bare {@code /api/v1/me}. Medians and 95th percentiles; every baseline
 * measured in the same run.
 */
@MizaniIntegrationTest
class DashboardBenchmark extends IntegrationTestSupport {

	private static final int WARMUP = 5;
	private static final int RUNS = 30;
	private static final String EXECUTIVE = "executive@ega.go.tz";

	@Test
	void nationalDashboard() throws Exception {
		String prefix = ReferenceSet.PREFIX;
		double generation = ReferenceSet.ensure(context);
		String document = prefix + "-EGOV-STANDARDS";
		UUID institution = institutionId(prefix + "-0001");

		double[] me = Timings.medianAndP95(mvc, api(get("/api/v1/me"), EXECUTIVE), WARMUP, RUNS);
		double[] raw = Timings.medianAndP95(() -> raw(document), WARMUP, RUNS);
		double[] refresh = Timings.medianAndP95(mvc, api(post("/api/v1/dashboard/refresh?document=" + document), EXECUTIVE), 2, 10);
		double[] board = Timings.medianAndP95(mvc, api(get("/api/v1/dashboard?document=" + document), EXECUTIVE), WARMUP, RUNS);
		double[] page = Timings.medianAndP95(mvc, get("/dashboard?document=" + document).with(as(context, EXECUTIVE)), WARMUP, RUNS);
		double[] profile = Timings.medianAndP95(mvc, api(get("/api/v1/institutions/" + institution + "/profile"), EXECUTIVE),
				WARMUP, RUNS);

		System.out.printf("%ndashboard benchmark (reference data set, prefix %s; generated in %.1f s, %s)%n", prefix, generation,
				generation == 0 ? "generated earlier in this run" : generation <= 600 ? "within ≤ 10 min" : "OVER ≤ 10 min");
		System.out.printf("%-52s %9s %9s %9s %7s %s%n", "", "median", "p95", "baseline", "ratio", "budget");
		line("dashboard, API (vs its figures in raw SQL)", board, raw,
				board[0] / raw[0] <= 1.5 && board[1] <= 200 ? "within ≤ 1.5x, p95 ≤ 200 ms" : "OVER ≤ 1.5x, p95 ≤ 200 ms");
		line("dashboard, page HTML (vs its figures in raw SQL)", page, raw, page[1] <= 200 ? "within p95 ≤ 200 ms" : "OVER p95 ≤ 200 ms");
		line("  refresh: every module read again, API (vs raw SQL)", refresh, raw, "(in the background after a change)");
		line("  the raw SQL of the same figures", raw, raw, "");
		line("institution profile, API (vs bare /api/v1/me)", profile, me, profile[1] <= 200 ? "within p95 ≤ 200 ms" : "OVER p95 ≤ 200 ms");
		System.out.println("Warm, " + RUNS + " requests after " + WARMUP + "; baselines measured in this run; ratio of medians.");
	}

	private static void line(String name, double[] figure, double[] baseline, String verdict) {
		System.out.printf("%-52s %7.1fms %7.1fms %7.1fms %6.1fx %s%n", name, figure[0], figure[1], baseline[0], figure[0] / baseline[0],
				verdict);
	}

	/** The dashboard's figures straight from the tables: scores, trend, incidents (three ways), readiness, pipeline, actions. */
	private void raw(String document) {
		jdbc.sql("""
				select x.institution_id, x.score, s.area_code, s.score from (
				  select distinct on (a.institution_id) a.id, a.institution_id, a.score from assessment a
				  join assessment_campaign c on c.id = a.campaign_id join institution i on i.id = a.institution_id
				  where a.status = 'ACCEPTED' and c.document_code = :d and i.active order by a.institution_id, a.accepted_at desc) x
				join assessment_area_score s on s.assessment_id = x.id""").param("d", document).query().listOfRows();
		jdbc.sql("""
				select a.campaign_id, avg(a.score), count(*) from assessment a join assessment_campaign c on c.id = a.campaign_id
				where a.status = 'ACCEPTED' and c.document_code = :d group by a.campaign_id""").param("d", document).query().listOfRows();
		for (String group : List.of("x.severity", "x.class_code", "date_trunc('month', x.detected_at)")) {
			jdbc.sql("select " + group + ", count(*), count(*) filter (where x.status not in ('CLOSED', 'REJECTED')),"
					+ " sum(s.due), sum(s.on_time) from incident x left join (select incident_id, count(*) as due,"
					+ " count(*) filter (where submitted_at <= due_at) as on_time from incident_stage group by incident_id) s"
					+ " on s.incident_id = x.id where x.detected_at >= now() - interval '12 months' group by 1").query().listOfRows();
		}
		jdbc.sql("""
				select count(*), count(p.id) from ict_system s left join dr_plan p on p.system_id = s.id
				where s.criticality = 'CRITICAL' and s.status = 'LIVE'""").query().listOfRows();
		jdbc.sql("select status, count(*), sum(budget_tzs) from project group by status").query().listOfRows();
		jdbc.sql("select status, count(*) from remediation_action group by status").query().listOfRows();
	}
}
