package org.mizani.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national reference data set (DESIGN.md): 1,000 institutions with 20 users each, two published
 * catalogues of 300 requirements, four assessment cycles over the first (≈ 1.2 million responses, the
 * first three accepted and scored), 5 systems per institution with DR plans for most critical ones,
 * 50,000 incidents with their reporting stages, and a training programme of 40 sessions with 10,000
 * participants, attendance, certificates and follow-ups. At {@code scale} 0.1 everything per institution
 * stays the same and there are 100 institutions.
 *
 * <p>Written set-wise in SQL, in one transaction on one connection, by the modules' own tables: it is a
 * fixture for benchmarks and capacity planning, not a use case. Every value and identifier is derived
 * from the seed (md5 of the seed and the row's coordinates), so the same seed gives the same data on
 * any PostgreSQL; {@code prefix} names the institutions and documents, so that several sets can live in
 * one database.
 */
final class ReferenceData {

	static final int INSTITUTIONS = 1_000;
	static final int USERS_PER_INSTITUTION = 20;
	static final int AREAS = 10;
	static final int REQUIREMENTS_PER_AREA = 30;
	static final int CYCLES = 4;
	static final int SYSTEMS_PER_INSTITUTION = 5;
	static final int INCIDENTS_PER_INSTITUTION = 50;
	static final int SESSIONS = 40;
	static final int OFFICERS_PER_INSTITUTION = 10;
	/** The password of every generated user, so that benchmarks can sign in. */
	static final String PASSWORD = "Mizani-Reference-2026";

	private static final String SYSTEM_USER = "00000000-0000-0000-0000-000000000000";

	private final JdbcClient jdbc;
	private final long seed;
	private final String prefix;
	private final int institutions;

	ReferenceData(JdbcClient jdbc, long seed, String prefix, double scale) {
		this.jdbc = jdbc;
		this.seed = seed;
		this.prefix = prefix;
		this.institutions = Math.max(1, (int) Math.round(INSTITUTIONS * scale));
	}

	int institutions() {
		return institutions;
	}

	boolean exists() {
		return jdbc.sql("select count(*) from institution where acronym like :p").param("p", prefix + "-%").query(Long.class)
			.single() > 0;
	}

	/** Writes the set; returns the rows written per table, in the order written. */
	Map<String, Long> generate(String passwordHash, java.util.function.Consumer<String> progress) {
		Map<String, Long> rows = new LinkedHashMap<>();
		helpers();
		step(rows, progress, "institution", this::insertInstitutions);
		step(rows, progress, "app_user", () -> users(passwordHash));
		step(rows, progress, "catalog_item", this::catalogues);
		step(rows, progress, "campaign_requirement", this::campaigns);
		step(rows, progress, "assessment", this::assessments);
		step(rows, progress, "assessment_response", this::responses);
		step(rows, progress, "assessment_area_score", this::scores);
		step(rows, progress, "ict_system", this::systems);
		step(rows, progress, "dr_plan", this::plans);
		step(rows, progress, "incident", this::incidents);
		step(rows, progress, "incident_stage", this::stages);
		step(rows, progress, "training_participant", this::training);
		progress.accept("analyze");
		jdbc.sql("analyze").update();
		return rows;
	}

	private static void step(Map<String, Long> rows, java.util.function.Consumer<String> progress, String table, LongSupplier work) {
		long start = System.nanoTime();
		long n = work.getAsLong();
		rows.put(table, n);
		progress.accept(String.format("%-24s %,10d rows %7.1f s", table, n, (System.nanoTime() - start) / 1e9));
	}

	/** Session-local helpers: a uniform number from 0 up to 1 and a UUID, both from md5 of the seed and a key. */
	private void helpers() {
		jdbc.sql("""
				create or replace function pg_temp.rnd(key text) returns double precision language sql immutable as
				$$ select ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0 $$""").update();
		jdbc.sql("create or replace function pg_temp.uid(key text) returns uuid language sql immutable as $$ select md5(key)::uuid $$")
			.update();
	}

	private JdbcClient.StatementSpec sql(String sql) {
		return jdbc.sql(sql).param("seed", seed + ":").param("prefix", prefix).param("n", institutions);
	}

	private long insertInstitutions() {
		return sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region, email)
				select pg_temp.uid(:seed || :prefix || ':i:' || n), 'Taasisi ya marejeo ' || :prefix || ' ' || n, 'Reference institution ' || :prefix || ' ' || n,
				  :prefix || '-' || lpad(n::text, 4, '0'),
				  (array['MINISTRY','INDEPENDENT_DEPARTMENT','EXECUTIVE_AGENCY','REGIONAL_SECRETARIAT','LOCAL_GOVERNMENT_AUTHORITY',
				         'LOCAL_GOVERNMENT_AUTHORITY','LOCAL_GOVERNMENT_AUTHORITY','PUBLIC_CORPORATION'])[1 + floor(pg_temp.rnd(:seed || 'type' || n) * 8)::int],
				  (array['Agriculture','Education','Energy','Finance','Health','ICT','Justice','Lands','Local government','Mining',
				         'Natural resources','Public service','Security','Social welfare','Tourism','Trade','Transport','Water',
				         'Works','Statistics'])[1 + floor(pg_temp.rnd(:seed || 'sector' || n) * 20)::int],
				  (array['Arusha','Dar es Salaam','Dodoma','Geita','Iringa','Kagera','Katavi','Kigoma','Kilimanjaro','Lindi',
				         'Manyara','Mara','Mbeya','Morogoro','Mtwara','Mwanza','Njombe','Pwani','Rukwa','Ruvuma','Shinyanga',
				         'Simiyu','Singida','Songwe','Tabora','Tanga'])[1 + floor(pg_temp.rnd(:seed || 'region' || n) * 26)::int],
				  'info' || n || '@' || lower(:prefix) || '.ref.go.tz'
				from generate_series(1, :n) n""").update();
	}

	private long users(String passwordHash) {
		return sql("""
				insert into app_user (id, email, full_name, institution_id, roles, preferred_language, password_hash, password_changed_at)
				select pg_temp.uid(:seed || :prefix || ':u:' || n || ':' || k),
				  'officer' || k || '@' || lower(:prefix) || '-' || n || '.ref.go.tz', 'Officer ' || k || ' of ' || i.acronym, i.id,
				  case when k = 1 then array['INSTITUTION_HEAD'] else array['ICT_OFFICER'] end,
				  case when k % 3 = 0 then 'en' else 'sw' end, :hash, now()
				from generate_series(1, :n) n
				join institution i on i.id = pg_temp.uid(:seed || :prefix || ':i:' || n)
				cross join generate_series(1, :per) k""").param("hash", passwordHash).param("per", USERS_PER_INSTITUTION).update();
	}

	/** Two published catalogues of ten areas with thirty requirements each. */
	private long catalogues() {
		long items = 0;
		for (int d = 1; d <= 2; d++) {
			String code = prefix + (d == 1 ? "-EGOV-STANDARDS" : "-SECURITY-GUIDELINES");
			sql("""
					insert into catalog_document (id, code, kind, title_sw, title_en, issuing_body, source)
					values (pg_temp.uid(:seed || :prefix || ':doc:' || :d), :code, 'STANDARD',
					  'Viwango vya marejeo ' || :prefix || ' ' || :d, 'Reference standards ' || :prefix || ' ' || :d, 'e-Government Authority', 'MANUAL')""")
				.param("d", d).param("code", code).update();
			sql("""
					insert into catalog_version (id, document_id, label, effective_date, status, oscal_uuid, content_hash, published_at)
					values (pg_temp.uid(:seed || :prefix || ':ver:' || :d), pg_temp.uid(:seed || :prefix || ':doc:' || :d), '1.0',
					  date '2022-07-01', 'PUBLISHED', pg_temp.uid(:seed || :prefix || ':oscal:' || :d),
					  md5(:seed || :prefix || :d) || md5(:prefix || :d || :seed), timestamp '2022-07-01 09:00')""").param("d", d).update();
			items += sql("""
					insert into catalog_item (id, version_id, kind, code, label, sort_key, position, depth, title_sw, title_en)
					select pg_temp.uid(:seed || :prefix || ':area:' || :d || ':' || g), pg_temp.uid(:seed || :prefix || ':ver:' || :d),
					  'GROUP', 'A' || lpad(g::text, 2, '0'), 'A' || lpad(g::text, 2, '0'), lpad(g::text, 4, '0'),
					  (g - 1) * (:per + 1), 0, 'Eneo ' || g, 'Area ' || g
					from generate_series(1, :areas) g""").param("d", d).param("areas", AREAS).param("per", REQUIREMENTS_PER_AREA).update();
			items += sql("""
					insert into catalog_item (id, version_id, parent_id, kind, code, label, sort_key, position, depth, title_sw, title_en,
					  statement_sw, statement_en, weight, level)
					select pg_temp.uid(:seed || :prefix || ':req:' || :d || ':' || g || ':' || r), pg_temp.uid(:seed || :prefix || ':ver:' || :d),
					  pg_temp.uid(:seed || :prefix || ':area:' || :d || ':' || g), 'REQUIREMENT',
					  'A' || lpad(g::text, 2, '0') || '-' || lpad(r::text, 2, '0'), 'A' || lpad(g::text, 2, '0') || '-' || lpad(r::text, 2, '0'),
					  lpad(g::text, 4, '0') || '.' || lpad(r::text, 4, '0'), (g - 1) * (:per + 1) + r, 1,
					  'Sharti ' || g || '.' || r, 'Requirement ' || g || '.' || r,
					  'Taasisi itatekeleza sharti ' || g || '.' || r || '.', 'The institution shall meet requirement ' || g || '.' || r || '.',
					  1 + floor(pg_temp.rnd(:seed || 'w' || :d || g || r) * 3),
					  case when pg_temp.rnd(:seed || 'l' || :d || g || r) < 0.2 then 'RECOMMENDED' else 'MANDATORY' end
					from generate_series(1, :areas) g cross join generate_series(1, :per) r""").param("d", d).param("areas", AREAS)
				.param("per", REQUIREMENTS_PER_AREA).update();
		}
		return items;
	}

	/** Four yearly cycles on the first catalogue, from 2022/23; the last one still open. */
	private long campaigns() {
		sql("""
				insert into assessment_campaign (id, name, document_id, version_id, document_code, document_title_sw, document_title_en,
				  version_label, scope, opens_on, deadline, late_rule, status, launch_total, launch_done, launched_at, created_by)
				select pg_temp.uid(:seed || :prefix || ':c:' || c), :prefix || ' cycle ' || (2021 + c) || '/' || lpad(((22 + c) % 100)::text, 2, '0'),
				  d.id, v.id, d.code, d.title_sw, d.title_en, v.label,
				  cast('{"types": [], "sectors": [], "regions": [], "parent": null, "institutions": []}' as jsonb),
				  make_date(2021 + c, 8, 1), make_date(2021 + c, 10, 31), 'ALLOWED_FLAGGED',
				  case when c < :cycles then 'CLOSED' else 'OPEN' end, :n, :n, make_date(2021 + c, 8, 1), cast(:system as uuid)
				from generate_series(1, :cycles) c
				join catalog_document d on d.id = pg_temp.uid(:seed || :prefix || ':doc:1')
				join catalog_version v on v.id = pg_temp.uid(:seed || :prefix || ':ver:1')""").param("cycles", CYCLES)
			.param("system", SYSTEM_USER).update();
		sql("""
				insert into campaign_area (campaign_id, code, title_sw, title_en, position)
				select pg_temp.uid(:seed || :prefix || ':c:' || c), i.code, i.title_sw, i.title_en, i.position
				from generate_series(1, :cycles) c cross join catalog_item i
				where i.version_id = pg_temp.uid(:seed || :prefix || ':ver:1') and i.kind = 'GROUP'""").param("cycles", CYCLES).update();
		return sql("""
				insert into campaign_requirement (campaign_id, requirement_id, code, display_code, area_code, title_sw, title_en,
				  statement_sw, statement_en, weight, mandatory, position)
				select pg_temp.uid(:seed || :prefix || ':c:' || c), i.id, i.code, i.label, g.code, i.title_sw, i.title_en,
				  i.statement_sw, i.statement_en, i.weight, i.level = 'MANDATORY', i.position
				from generate_series(1, :cycles) c cross join catalog_item i join catalog_item g on g.id = i.parent_id
				where i.version_id = pg_temp.uid(:seed || :prefix || ':ver:1') and i.kind = 'REQUIREMENT'""").param("cycles", CYCLES)
			.update();
	}

	/** Every institution in every cycle: the first three accepted; in the open one, half accepted, the rest under way. */
	private long assessments() {
		return sql("""
				insert into assessment (id, campaign_id, institution_id, institution_type, status, deadline, submitted_at, accepted_at)
				select pg_temp.uid(:seed || :prefix || ':a:' || c || ':' || n), pg_temp.uid(:seed || :prefix || ':c:' || c), i.id, i.type,
				  x.status, make_date(2021 + c, 10, 31),
				  case when x.status in ('SUBMITTED', 'ACCEPTED') then make_date(2021 + c, 10, 1) + (x.p * 40)::int * interval '1 day' end,
				  case when x.status = 'ACCEPTED' then make_date(2021 + c, 11, 15) + (x.p * 60)::int * interval '1 day' end
				from generate_series(1, :cycles) c cross join generate_series(1, :n) n
				join institution i on i.id = pg_temp.uid(:seed || :prefix || ':i:' || n)
				cross join lateral (select pg_temp.rnd(:seed || 'status' || c || ':' || n) as p) r
				cross join lateral (select r.p, case when c < :cycles or r.p < 0.5 then 'ACCEPTED' when r.p < 0.7 then 'SUBMITTED'
				  when r.p < 0.9 then 'IN_PROGRESS' else 'NOT_STARTED' end as status) x""").param("cycles", CYCLES).update();
	}

	/**
	 * One response per requirement: an institution's capability (0.35–0.85) rises six points a cycle, and
	 * a requirement is compliant with that probability, partly or not compliant otherwise; 5 % are not
	 * applicable. Assessments not started have no answers; those in progress, about half.
	 */
	private long responses() {
		return sql("""
				insert into assessment_response (id, assessment_id, requirement_id, area_code, position, result, maturity, answered_at,
				  review_state)
				select pg_temp.uid(:seed || :prefix || ':r:' || c || ':' || n || ':' || q.position), a.id, q.requirement_id, q.area_code,
				  q.position, x.result, case when x.result is null or x.result = 'NOT_APPLICABLE' then null
				    else least(5, floor((x.cap + x.p2) * 3.5))::int end,
				  case when x.result is not null then a.deadline - 30 end,
				  case when a.status = 'ACCEPTED' then 'ACCEPTED' else 'PENDING' end
				from generate_series(1, :cycles) c cross join generate_series(1, :n) n
				join assessment a on a.id = pg_temp.uid(:seed || :prefix || ':a:' || c || ':' || n)
				join campaign_requirement q on q.campaign_id = a.campaign_id
				cross join lateral (select pg_temp.rnd(:seed || 'resp' || c || ':' || n || ':' || q.position) as p,
				  pg_temp.rnd(:seed || 'mat' || c || ':' || n || ':' || q.position) as p2,
				  0.35 + 0.5 * pg_temp.rnd(:seed || 'cap' || n) + 0.06 * (c - 1) as cap) v
				cross join lateral (select v.cap, v.p2, case
				  when a.status = 'NOT_STARTED' or (a.status = 'IN_PROGRESS' and v.p2 < 0.5) then null
				  when v.p < 0.05 then 'NOT_APPLICABLE'
				  when v.p < 0.05 + 0.95 * v.cap then 'COMPLIANT'
				  when v.p < 0.05 + 0.95 * (v.cap + (1 - v.cap) / 2) then 'PARTIALLY_COMPLIANT'
				  else 'NON_COMPLIANT' end as result) x""").param("cycles", CYCLES).update();
	}

	/** The accepted assessments scored as ScoringPolicy does: weighted share in percent per area and overall, maturity averaged. */
	private long scores() {
		String share = """
				round(100 * sum(q.weight * case r.result when 'COMPLIANT' then 1 when 'PARTIALLY_COMPLIANT' then 0.5 else 0 end)
				  filter (where r.result is distinct from 'NOT_APPLICABLE')
				  / nullif(sum(q.weight) filter (where r.result is distinct from 'NOT_APPLICABLE'), 0), 2)""";
		String maturity = """
				round(sum(q.weight * r.maturity) filter (where r.maturity is not null and r.result <> 'NOT_APPLICABLE')
				  / nullif(sum(q.weight) filter (where r.maturity is not null and r.result <> 'NOT_APPLICABLE'), 0), 2)""";
		String accepted = """
				from assessment a join assessment_response r on r.assessment_id = a.id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				join institution i on i.id = a.institution_id
				where a.status = 'ACCEPTED' and i.acronym like :prefix || '-%'""";
		long rows = sql("insert into assessment_area_score (assessment_id, area_code, score, maturity) select a.id, r.area_code, "
				+ share + ", " + maturity + " " + accepted + " group by a.id, r.area_code").update();
		sql("update assessment t set score = s.score, maturity = s.maturity from (select a.id, " + share + " as score, " + maturity
				+ " as maturity " + accepted + " group by a.id) s where t.id = s.id").update();
		return rows;
	}

	private long systems() {
		return sql("""
				insert into ict_system (id, institution_id, name, purpose, owning_unit, business_owner, criticality, hosting,
				  data_classification, personal_data, go_live_date, status, rto_minutes, rpo_minutes, created_by)
				select pg_temp.uid(:seed || :prefix || ':s:' || n || ':' || k), i.id,
				  (array['Revenue collection','Human resources','Case management','Licensing','Records management','Payments',
				         'Citizen portal','Procurement','Asset register','Service desk'])[1 + (n + k) % 10] || ' system ' || k,
				  'Serves the institution''s business', 'ICT unit', case when x.p < 0.9 then 'Director of ICT' end, x.criticality,
				  (array['GOVERNMENT_DATA_CENTRE','INSTITUTION_PREMISES','CLOUD','VENDOR_HOSTED'])[1 + floor(x.p * 4)::int],
				  (array['PUBLIC','INTERNAL','RESTRICTED','CONFIDENTIAL'])[1 + floor(x.p2 * 4)::int], x.p2 < 0.5,
				  date '2015-01-01' + floor(x.p * 3000)::int, case when x.p2 < 0.92 then 'LIVE' else 'IN_DEVELOPMENT' end,
				  case x.criticality when 'CRITICAL' then 240 when 'HIGH' then 1440 else 4320 end,
				  case x.criticality when 'CRITICAL' then 60 when 'HIGH' then 240 else 1440 end, cast(:system as uuid)
				from generate_series(1, :n) n join institution i on i.id = pg_temp.uid(:seed || :prefix || ':i:' || n)
				cross join generate_series(1, :per) k
				cross join lateral (select pg_temp.rnd(:seed || 'sys' || n || ':' || k) as p, pg_temp.rnd(:seed || 'sys2' || n || ':' || k) as p2) r
				cross join lateral (select r.p, r.p2, case when r.p2 < 0.15 then 'CRITICAL' when r.p2 < 0.4 then 'HIGH'
				  when r.p2 < 0.75 then 'MEDIUM' else 'LOW' end as criticality) x""").param("per", SYSTEMS_PER_INSTITUTION)
			.param("system", SYSTEM_USER).update();
	}

	/** Seven in ten critical systems have a DR plan; one plan in eight is overdue for review. */
	private long plans() {
		return sql("""
				insert into dr_plan (id, institution_id, system_id, owner, strategy, rto_minutes, rpo_minutes, last_reviewed, next_review_due)
				select pg_temp.uid(:seed || :prefix || ':p:' || s.id), s.institution_id, s.id, 'Director of ICT',
				  (array['HOT_SITE','WARM_SITE','BACKUP_RESTORE','CLOUD_FAILOVER'])[1 + floor(pg_temp.rnd(:seed || 'st' || s.id) * 4)::int],
				  s.rto_minutes, s.rpo_minutes, date '2025-06-01', case when pg_temp.rnd(:seed || 'rv' || s.id) < 0.125
				    then date '2026-06-01' else date '2027-06-01' end
				from ict_system s join institution i on i.id = s.institution_id
				where i.acronym like :prefix || '-%' and s.criticality = 'CRITICAL' and pg_temp.rnd(:seed || 'plan' || s.id) < 0.7""")
			.update();
	}

	/** Fifty incidents per institution over four years, most closed, the recent ones still in hand. */
	private long incidents() {
		return sql("""
				insert into incident (id, reference, institution_id, reported_by, title, description, detected_at, class_code, type_code,
				  severity, tlp, status, created_at, triaged_at, contained_at, closed_at)
				select pg_temp.uid(:seed || :prefix || ':x:' || m), :prefix || '-' || lpad(m::text, 6, '0'), i.id, cast(:system as uuid),
				  'Reference incident ' || m, 'Generated for the reference data set', x.detected, t.class_code, t.type_code,
				  case when x.p < 0.4 then 'LOW' when x.p < 0.75 then 'MEDIUM' when x.p < 0.93 then 'HIGH' else 'CRITICAL' end,
				  (array['CLEAR','GREEN','AMBER','AMBER_STRICT','RED'])[1 + floor(x.p2 * 5)::int],
				  case when x.detected > now() - interval '30 days' then (array['REPORTED','TRIAGED','CONTAINED','RECOVERED'])[1 + floor(x.p2 * 4)::int]
				       when x.p2 < 0.04 then 'REJECTED' else 'CLOSED' end,
				  x.detected + interval '1 hour', x.detected + interval '3 hours', x.detected + interval '20 hours',
				  case when x.detected <= now() - interval '30 days' then x.detected + interval '9 days' end
				from generate_series(1, :n * :per) m
				join institution i on i.id = pg_temp.uid(:seed || :prefix || ':i:' || (1 + (m - 1) % :n))
				cross join lateral (select pg_temp.rnd(:seed || 'sev' || m) as p, pg_temp.rnd(:seed || 'st' || m) as p2,
				  timestamp '2022-12-01' + pg_temp.rnd(:seed || 'day' || m) * (now() - timestamp '2022-12-01') as detected) x
				join lateral (select class_code, type_code from incident_taxonomy where active
				  order by position offset floor(pg_temp.rnd(:seed || 'cls' || m) * 20)::int limit 1) t on true""")
			.param("per", INCIDENTS_PER_INSTITUTION).param("system", SYSTEM_USER).update();
	}

	private long stages() {
		return sql("""
				insert into incident_stage (incident_id, code, position, due_at, submitted_at)
				select x.id, st.code, st.position, x.detected_at + st.within,
				  case when x.detected_at + st.within < now() or pg_temp.rnd(:seed || 'sub' || x.id || st.code) < 0.5 then
				    x.detected_at + st.within + (pg_temp.rnd(:seed || 'late' || x.id || st.code) - 0.8) * st.within end
				from incident x join institution i on i.id = x.institution_id
				cross join (values ('EARLY_WARNING', 0, interval '24 hours'), ('NOTIFICATION', 1, interval '72 hours'),
				  ('FINAL_REPORT', 2, interval '33 days')) st(code, position, within)
				where i.acronym like :prefix || '-%' and x.status <> 'REJECTED'""").update();
	}

	/**
	 * One programme of 2023/24 in four phases of ten sessions; session s trains ten officers of each of
	 * its institutions (institution n goes to session 1 + (n - 1) mod 40), with attendance, certificates
	 * and follow-ups at three and six months.
	 */
	private long training() {
		sql("""
				insert into training_programme (id, title_sw, title_en, fiscal_year, target_institutions, phases)
				values (pg_temp.uid(:seed || :prefix || ':prog'), 'Mafunzo ya marejeo ya usalama wa TEHAMA ' || :prefix,
				  'Reference ICT security training ' || :prefix, 2023, :n, 4)""").update();
		sql("""
				insert into training_session (id, programme_id, phase, title, starts_on, ends_on, venue, region, capacity,
				  quota_per_institution, status)
				select pg_temp.uid(:seed || :prefix || ':ses:' || s), pg_temp.uid(:seed || :prefix || ':prog'), 1 + (s - 1) / 10,
				  :prefix || ' session ' || s, date '2023-09-04' + (s - 1) * 7, date '2023-09-08' + (s - 1) * 7, 'Training centre',
				  (array['Dodoma','Dar es Salaam','Arusha','Mwanza'])[1 + (s - 1) / 10], 1000, :officers, 'COMPLETED'
				from generate_series(1, :sessions) s""").param("sessions", SESSIONS).param("officers", OFFICERS_PER_INSTITUTION)
			.update();
		long participants = sql("""
				insert into training_participant (id, session_id, institution_id, user_id, full_name, email, status, nominated_by, decided_at)
				select pg_temp.uid(:seed || :prefix || ':tp:' || n || ':' || k), pg_temp.uid(:seed || :prefix || ':ses:' || (1 + (n - 1) % :sessions)),
				  i.id, pg_temp.uid(:seed || :prefix || ':u:' || n || ':' || (k + 1)), 'Officer ' || (k + 1) || ' of ' || i.acronym,
				  'officer' || (k + 1) || '@' || lower(:prefix) || '-' || n || '.ref.go.tz', 'APPROVED', cast(:system as uuid), now()
				from generate_series(1, :n) n join institution i on i.id = pg_temp.uid(:seed || :prefix || ':i:' || n)
				cross join generate_series(1, :officers) k""").param("sessions", SESSIONS).param("officers", OFFICERS_PER_INSTITUTION)
			.param("system", SYSTEM_USER).update();
		sql("""
				insert into training_attendance (participant_id, day, mark)
				select p.id, d::date, case when pg_temp.rnd(:seed || 'att' || p.id || d) < 0.06 then 'ABSENT' else 'PRESENT' end
				from training_participant p join training_session s on s.id = p.session_id
				cross join generate_series(s.starts_on, s.ends_on, interval '1 day') d
				where s.programme_id = pg_temp.uid(:seed || :prefix || ':prog')""").update();
		sql("""
				insert into training_certificate (id, participant_id, code)
				select pg_temp.uid(:seed || :prefix || ':cert:' || p.id), p.id, upper(substr(md5(:seed || 'code' || p.id), 1, 26))
				from training_participant p join training_session s on s.id = p.session_id
				where s.programme_id = pg_temp.uid(:seed || :prefix || ':prog')""").update();
		sql("""
				insert into training_follow_up (id, session_id, institution_id, months, due_on, status)
				select pg_temp.uid(:seed || :prefix || ':fu:' || p.session_id || p.institution_id || m), p.session_id, p.institution_id, m,
				  s.ends_on + make_interval(months => m), 'DUE'
				from (select distinct session_id, institution_id from training_participant) p
				join training_session s on s.id = p.session_id cross join (values (3), (6)) v(m)
				where s.programme_id = pg_temp.uid(:seed || :prefix || ':prog')""").update();
		return participants;
	}
}
