package org.mizani.incident.internal;

import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=IncidentBenchmark}: 1,000 institutions with 5,000 systems and
 * 50,000 incidents (150,000 reporting stages). Warm medians, as a security analyst: the filtered incident
 * list (API and page) against the bare {@code /api/v1/me} and the same query in raw SQL; the metrics
 * against the same aggregation in raw SQL; the STIX export of an incident with ten indicators against
 * reading the incident. All baselines in the same run.
 */
@MizaniIntegrationTest
class IncidentBenchmark extends IntegrationTestSupport {

	private static final int INSTITUTIONS = 1_000;
	private static final int SYSTEMS = 5_000;
	private static final int INCIDENTS = 50_000;
	private static final int WARMUP = 15;
	private static final int RUNS = 25;

	@Test
	void nationalIncidentLoad() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		long start = System.nanoTime();
		load(run);
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		String token = "security@ega.go.tz";
		UUID stixIncident = jdbc.sql("select id from incident where title like 'Bench%' order by id limit 1").query(UUID.class).single();
		for (int i = 0; i < 10; i++) {
			UUID indicator = jdbc.sql("insert into indicator (id, kind, value) values (gen_random_uuid(), 'IPV4', :v) returning id")
				.param("v", "198.51." + (i + 1) + "." + run.hashCode() % 200 % 200).query(UUID.class).single();
			jdbc.sql("insert into incident_indicator (incident_id, indicator_id) values (:i, :d)").param("i", stixIncident)
				.param("d", indicator).update();
		}

		double me = median(api(get("/api/v1/me"), token));
		double list = median(api(get("/api/v1/incidents?severity=HIGH&flag=OPEN&q=Bench"), token));
		double listSql = medianSql(() -> jdbc.sql("""
				select x.*, i.acronym, (select min(s.due_at) from incident_stage s where s.incident_id = x.id and s.submitted_at is null)
				from incident x join institution i on i.id = x.institution_id
				where x.severity = 'HIGH' and x.status in ('REPORTED','TRIAGED','CONTAINED','ERADICATED','RECOVERED')
				  and (x.title ilike '%Bench%' or x.reference ilike '%Bench%' or i.acronym ilike '%Bench%')
				order by x.created_at desc limit 25""").query().listOfRows());
		double page = median(get("/incidents?flag=OVERDUE").with(as(context, "security@ega.go.tz")));
		double overdueApi = median(api(get("/api/v1/incidents?flag=OVERDUE"), token));
		double metrics = median(api(get("/api/v1/incidents/metrics?by=CATEGORY"), token));
		double metricsMonth = median(api(get("/api/v1/incidents/metrics?by=MONTH"), token));
		double metricsPage = median(get("/incidents/metrics?by=SEVERITY").with(as(context, "security@ega.go.tz")));
		double metricsSql = medianSql(() -> jdbc.sql("""
				select x.class_code, count(*), avg(extract(epoch from x.triaged_at - x.created_at)),
				  avg(extract(epoch from x.contained_at - x.detected_at)), avg(extract(epoch from x.closed_at - x.created_at))
				from incident x where x.status not in ('REJECTED', 'DUPLICATE', 'MERGED') group by x.class_code""").query().listOfRows());
		double read = median(api(get("/api/v1/incidents/" + stixIncident), token));
		double stix = median(api(get("/api/v1/incidents/" + stixIncident + "/stix"), token));

		System.out.printf("%nincident benchmark (%d institutions, %d systems, %d incidents; loaded in %.1f s)%n", INSTITUTIONS, SYSTEMS,
				INCIDENTS, loadSeconds);
		System.out.printf("%-62s %10s %10s %7s %s%n", "", "figure", "baseline", "ratio", "budget");
		line("filtered incident list, API (vs bare /api/v1/me)", list, me, list <= 100 ? "within ≤ 100 ms" : "OVER ≤ 100 ms");
		line("  the same list query in raw SQL", listSql, listSql, "");
		line("overdue incidents, API (vs bare /api/v1/me)", overdueApi, me, overdueApi <= 100 ? "within ≤ 100 ms" : "OVER ≤ 100 ms");
		line("overdue incidents page, HTML (vs bare /api/v1/me)", page, me, page <= 150 ? "within ≤ 150 ms" : "OVER ≤ 150 ms");
		line("metrics by category, all time (vs the aggregation in raw SQL)", metrics, metricsSql, metrics <= 300 ? "within ≤ 300 ms" : "OVER ≤ 300 ms");
		line("metrics by month, all time (vs the aggregation in raw SQL)", metricsMonth, metricsSql, metricsMonth <= 300 ? "within ≤ 300 ms" : "OVER ≤ 300 ms");
		line("metrics page, last 12 months, HTML (vs the raw SQL)", metricsPage, metricsSql, metricsPage <= 300 ? "within ≤ 300 ms" : "OVER ≤ 300 ms");
		line("STIX 2.1 export, 10 indicators (vs reading the incident)", stix, read, stix <= 200 ? "within ≤ 200 ms" : "OVER ≤ 200 ms");
		System.out.println("Warm medians of " + RUNS + " requests after " + WARMUP + "; baselines measured in this run.");
	}

	private static void line(String name, double figure, double baseline, String verdict) {
		System.out.printf("%-62s %8.1fms %8.1fms %6.1fx %s%n", name, figure, baseline, figure / baseline, verdict);
	}

	private void load(String run) {
		jdbc.sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region)
				select gen_random_uuid(), 'Taasisi ya kipimo ' || :run || '-' || n, 'Bench institution ' || :run || '-' || n,
				  'BI' || :run || n, 'MINISTRY', (array['Finance','Health','Education','Local government'])[1 + n % 4], 'Dodoma'
				from generate_series(1, :n) n
				""").param("run", run).param("n", INSTITUTIONS).update();
		jdbc.sql("""
				insert into ict_system (id, institution_id, name, purpose, criticality, hosting, data_classification, status,
				  go_live_date, rto_minutes, rpo_minutes, business_owner, created_by)
				select gen_random_uuid(), i.id, 'Bench system ' || s, 'Serves citizens',
				  (array['CRITICAL','HIGH','MEDIUM','LOW'])[1 + s % 4], 'GOVERNMENT_DATA_CENTRE', 'INTERNAL', 'LIVE', date '2020-01-01',
				  240, 60, case when s % 7 = 0 then null else 'Owner' end, '00000000-0000-0000-0000-000000000000'
				from institution i cross join generate_series(1, :per) s where i.acronym like 'BI' || :run || '%'
				""").param("run", run).param("per", SYSTEMS / INSTITUTIONS).update();
		jdbc.sql("""
				insert into incident (id, reference, institution_id, reported_by, title, description, detected_at, class_code,
				  type_code, severity, tlp, status, created_at, triaged_at, contained_at, closed_at)
				select gen_random_uuid(), 'BEN-' || :run || '-' || n, i.id, '00000000-0000-0000-0000-000000000000',
				  'Bench incident ' || n, 'Generated for the benchmark', now() - (n % 700) * interval '1 day',
				  t.class_code, t.type_code, (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + n % 4],
				  (array['CLEAR','GREEN','AMBER','AMBER_STRICT','RED'])[1 + n % 5],
				  (array['REPORTED','TRIAGED','CONTAINED','CLOSED','CLOSED','REJECTED'])[1 + n % 6],
				  now() - (n % 700) * interval '1 day' + interval '2 hours',
				  now() - (n % 700) * interval '1 day' + interval '5 hours',
				  case when n % 6 in (2, 3, 4) then now() - (n % 700) * interval '1 day' + interval '20 hours' end,
				  case when n % 6 in (3, 4, 5) then now() - (n % 700) * interval '1 day' + interval '50 hours' end
				from generate_series(1, :n) n
				join lateral (select id from institution where acronym = 'BI' || :run || (1 + n % :institutions)) i on true
				join lateral (select class_code, type_code from incident_taxonomy order by position offset (n % 25) limit 1) t on true
				""").param("run", run).param("n", INCIDENTS).param("institutions", INSTITUTIONS).update();
		jdbc.sql("""
				insert into incident_stage (incident_id, code, position, due_at, submitted_at)
				select x.id, st.code, st.position, x.detected_at + st.within,
				  case when (hashtext(x.reference) + st.position) % 3 <> 0 then x.detected_at + st.within - interval '1 hour' end
				from incident x cross join (values ('EARLY_WARNING', 0, interval '24 hours'), ('NOTIFICATION', 1, interval '72 hours'),
				  ('FINAL_REPORT', 2, interval '33 days')) st(code, position, within)
				where x.reference like 'BEN-' || :run || '-%'
				""").param("run", run).update();
		jdbc.sql("analyze").update();
	}

	private double median(MockHttpServletRequestBuilder request) throws Exception {
		return org.mizani.Timings.median(mvc, request, WARMUP, RUNS);
	}

	private double medianSql(Runnable query) throws Exception {
		return org.mizani.Timings.median(query::run, WARMUP, RUNS);
	}
}
