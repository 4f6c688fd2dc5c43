package org.mizani.training.internal;

import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./mvnw -Pbenchmark verify -Dit.test=TrainingBenchmark}: a programme of 40 completed sessions with
 * 10,000 participants from 1,000 institutions (attendance for every day, certificates, follow-ups), each
 * institution with two accepted assessments (before and after) scored in nine areas, and 20,000 incidents.
 * Warm medians, as the training coordinator: the plan and the impact (API and page) against the bare
 * {@code /api/v1/me}; then 500 certificates of one session rendered into a ZIP in the background, as
 * certificates per second against rendering one certificate on its own. All baselines in the same run.
 */
@MizaniIntegrationTest
class TrainingBenchmark extends IntegrationTestSupport {

	private static final int INSTITUTIONS = 1_000;
	private static final int SESSIONS = 40;
	private static final int PER_SESSION = 250;
	private static final int BUNDLE = 500;
	private static final int WARMUP = 10;
	private static final int RUNS = 20;
	private static final String COORDINATOR = "training@ega.go.tz";

	@Test
	void nationalTrainingLoad() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		long start = System.nanoTime();
		UUID programme = load(run);
		UUID big = bundleSession(programme, run);
		double loadSeconds = (System.nanoTime() - start) / 1e9;

		double me = median(api(get("/api/v1/me"), COORDINATOR));
		double plan = median(api(get("/api/v1/training/programmes/" + programme + "/plan"), COORDINATOR));
		double planPage = median(get("/training/programmes/" + programme).with(as(context, COORDINATOR)));
		double impact = median(api(get("/api/v1/training/programmes/" + programme + "/impact"), COORDINATOR));
		double impactPage = median(get("/training/programmes/" + programme + "/impact").with(as(context, COORDINATOR)));
		org.mizani.training.TrainingImpact service = context.getBean(org.mizani.training.TrainingImpact.class);
		double[] computed = new double[1];
		org.mizani.platform.SystemCaller.runAs("TRAINING_COORDINATOR", () -> {
			try {
				computed[0] = org.mizani.Timings.median(() -> service.impact(programme), WARMUP, RUNS);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});

		UUID one = jdbc.sql("select p.id from training_participant p where p.session_id = :s limit 1").param("s", big)
			.query(UUID.class).single();
		double single = median(get("/training/participants/" + one + "/certificate.pdf?lang=en").with(as(context, COORDINATOR)));
		JsonNode started = json(mvc.perform(api(post("/api/v1/training/sessions/" + big + "/certificates/bundle"), COORDINATOR)
			.content("{\"language\": \"en\"}")));
		UUID bundle = UUID.fromString(started.get("id").asString());
		Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> !jdbc
			.sql("select status from training_certificate_bundle where id = :id").param("id", bundle).query(String.class).single()
			.equals("RUNNING"));
		double seconds = jdbc.sql("""
				select extract(epoch from finished_at - created_at) from training_certificate_bundle where id = :id and status = 'DONE'
				""").param("id", bundle).query(Double.class).single();
		double rate = BUNDLE / seconds;
		double sequential = 1000.0 / single;

		System.out.printf("%ntraining benchmark (%d sessions, %d participants, %d institutions; loaded in %.1f s)%n", SESSIONS,
				SESSIONS * PER_SESSION, INSTITUTIONS, loadSeconds);
		System.out.printf("%-58s %10s %10s %7s %s%n", "", "figure", "baseline", "ratio", "budget");
		line("plan, API (vs bare /api/v1/me)", plan, me, plan <= 200 ? "within ≤ 200 ms" : "OVER ≤ 200 ms");
		line("plan, programme page HTML (vs bare /api/v1/me)", planPage, me, planPage <= 200 ? "within ≤ 200 ms" : "OVER ≤ 200 ms");
		line("impact, API (vs bare /api/v1/me)", impact, me, impact <= 200 ? "within ≤ 200 ms" : "OVER ≤ 200 ms");
		line("impact, page HTML (vs bare /api/v1/me)", impactPage, me, impactPage <= 200 ? "within ≤ 200 ms" : "OVER ≤ 200 ms");
		line("  the impact computed, without HTTP (vs bare /api/v1/me)", computed[0], me, "");
		System.out.printf("%-58s %8.1f/s %8.1f/s %6.1fx %s%n", BUNDLE + " certificates into a ZIP (vs one PDF at a time)", rate,
				sequential, rate / sequential, rate >= 20 ? "within ≥ 20/s" : "UNDER ≥ 20/s");
		int bytes = mvc.perform(api(get("/api/v1/training/programmes/" + programme + "/impact"), COORDINATOR)).andReturn().getResponse()
			.getContentAsByteArray().length;
		System.out.printf("impact API response: %,d bytes%n", bytes);
		System.out.println("Warm medians of " + RUNS + " requests after " + WARMUP + "; baselines measured in this run.");
	}

	private static void line(String name, double figure, double baseline, String verdict) {
		System.out.printf("%-58s %8.1fms %8.1fms %6.1fx %s%n", name, figure, baseline, figure / baseline, verdict);
	}

	private UUID load(String run) {
		UUID programme = UUID.randomUUID();
		jdbc.sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region)
				select gen_random_uuid(), 'Taasisi ya kipimo ' || :run || '-' || n, 'Bench institution ' || :run || '-' || n,
				  'TB' || :run || n, (array['MINISTRY','LOCAL_GOVERNMENT_AUTHORITY','EXECUTIVE_AGENCY'])[1 + n % 3],
				  (array['Finance','Health','Education','Local government'])[1 + n % 4],
				  (array['Dodoma','Arusha','Mwanza','Mbeya','Tanga'])[1 + n % 5]
				from generate_series(1, :n) n""").param("run", run).param("n", INSTITUTIONS).update();
		jdbc.sql("""
				insert into training_programme (id, title_sw, title_en, fiscal_year, target_institutions, phases)
				values (:id, 'Programu ya kipimo ' || :run, 'Bench programme ' || :run, 2023, 1000, 4)""").param("id", programme)
			.param("run", run).update();
		jdbc.sql("""
				insert into training_session (id, programme_id, phase, title, starts_on, ends_on, venue, region, capacity,
				  quota_per_institution, status)
				select gen_random_uuid(), :p, 1 + (n - 1) / 10, 'Bench session ' || n, date '2023-08-01' + n * 7, date '2023-08-05' + n * 7,
				  'Venue', 'Dodoma', :per, 10, 'COMPLETED'
				from generate_series(1, :sessions) n""").param("p", programme).param("per", PER_SESSION)
			.param("sessions", SESSIONS).update();
		// session n takes institutions 25(n-1)+1 .. 25n, ten officers each
		jdbc.sql("""
				insert into training_participant (id, session_id, institution_id, full_name, email, status, nominated_by)
				select gen_random_uuid(), s.id, i.id, 'Officer ' || k || ' of ' || i.acronym, 'o' || k || '.' || lower(i.acronym) || '@bench.go.tz',
				  'APPROVED', '00000000-0000-0000-0000-000000000000'
				from (select id, row_number() over (order by starts_on) as n from training_session where programme_id = :p) s
				join (select id, acronym, row_number() over (order by acronym) as m from institution where acronym like 'TB' || :run || '%') i
				  on (i.m - 1) / 25 + 1 = s.n
				cross join generate_series(1, 10) k""").param("p", programme).param("run", run).update();
		jdbc.sql("""
				insert into training_attendance (participant_id, day, mark)
				select p.id, d::date, case when (hashtext(p.email) + extract(day from d)::int) % 10 = 0 then 'ABSENT' else 'PRESENT' end
				from training_participant p join training_session s on s.id = p.session_id
				cross join generate_series(s.starts_on, s.ends_on, interval '1 day') d
				where s.programme_id = :p""").param("p", programme).update();
		jdbc.sql("""
				insert into training_certificate (id, participant_id, code)
				select gen_random_uuid(), p.id, upper(substr(md5(p.id::text), 1, 26))
				from training_participant p join training_session s on s.id = p.session_id where s.programme_id = :p""")
			.param("p", programme).update();
		jdbc.sql("""
				insert into training_follow_up (id, session_id, institution_id, months, due_on, status)
				select gen_random_uuid(), s.id, p.institution_id, m, s.ends_on + make_interval(months => m), 'DUE'
				from (select distinct session_id, institution_id from training_participant) p
				join training_session s on s.id = p.session_id cross join (values (3), (6)) v(m)
				where s.programme_id = :p""").param("p", programme).update();
		// two accepted assessments per institution, in the demo's readiness and baseline campaigns
		for (String[] campaign : new String[][] { { "Readiness assessment 2020/21", "2023-06-15" }, { "Baseline assessment 2021/22", "2024-06-15" } }) {
			jdbc.sql("""
					insert into assessment (id, campaign_id, institution_id, institution_type, status, deadline, accepted_at, score)
					select gen_random_uuid(), c.id, i.id, i.type, 'ACCEPTED', date '2024-06-30', cast(:at as timestamptz),
					  40 + (hashtext(i.acronym || :at) & 1023) % 55
					from institution i cross join assessment_campaign c
					where i.acronym like 'TB' || :run || '%' and c.name = :name""").param("run", run).param("name", campaign[0])
				.param("at", Timestamp.valueOf(campaign[1] + " 09:00:00")).update();
		}
		jdbc.sql("""
				insert into assessment_area_score (assessment_id, area_code, score)
				select a.id, ar.code, 30 + (hashtext(a.id::text || ar.code) & 1023) % 70
				from assessment a join institution i on i.id = a.institution_id
				join campaign_area ar on ar.campaign_id = a.campaign_id
				where i.acronym like 'TB' || :run || '%'""").param("run", run).update();
		jdbc.sql("""
				insert into incident (id, reference, institution_id, reported_by, title, description, detected_at, class_code,
				  type_code, severity, tlp, status, created_at)
				select gen_random_uuid(), 'TBI-' || :run || '-' || n, i.id, '00000000-0000-0000-0000-000000000000',
				  'Bench incident ' || n, 'Generated for the benchmark', timestamp '2023-01-01' + (n % 730) * interval '1 day',
				  'fraud', 'phishing', (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + n % 4], 'GREEN', 'CLOSED', now()
				from generate_series(1, :n) n
				join lateral (select id from institution where acronym = 'TB' || :run || (1 + n % :institutions)) i on true
				""").param("run", run).param("n", 20 * INSTITUTIONS).param("institutions", INSTITUTIONS).update();
		jdbc.sql("analyze").update();
		return programme;
	}

	/** One more completed session of the programme with 500 certificate holders, for the bundle. */
	private UUID bundleSession(UUID programme, String run) {
		UUID session = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, programme_id, phase, title, starts_on, ends_on, venue, region, capacity,
				  quota_per_institution, status)
				values (:id, :p, 4, 'Bench certificate session', date '2024-05-06', date '2024-05-10', 'Venue', 'Dodoma', :n, 10, 'COMPLETED')
				""").param("id", session).param("p", programme).param("n", BUNDLE).update();
		jdbc.sql("""
				insert into training_participant (id, session_id, institution_id, full_name, email, status, nominated_by)
				select gen_random_uuid(), :s, i.id, 'Participant ' || k, 'p' || k || '.' || :run || '@bench.go.tz', 'APPROVED',
				  '00000000-0000-0000-0000-000000000000'
				from generate_series(1, :n) k
				join lateral (select id from institution where acronym = 'TB' || :run || (1 + k % 50)) i on true
				""").param("s", session).param("run", run).param("n", BUNDLE).update();
		jdbc.sql("""
				insert into training_certificate (id, participant_id, code)
				select gen_random_uuid(), p.id, upper(substr(md5(p.id::text || 'b'), 1, 26)) from training_participant p where p.session_id = :s
				""").param("s", session).update();
		return session;
	}

	private double median(MockHttpServletRequestBuilder request) throws Exception {
		return org.mizani.Timings.median(mvc, request, WARMUP, RUNS);
	}
}
