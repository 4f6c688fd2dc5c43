package org.mizani.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.mizani.assessment.AssessmentActivity;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.LateRule;
import org.mizani.assessment.Result;
import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.identity.Role;
import org.mizani.identity.UserDirectory;
import org.mizani.identity.UserDirectory.Contact;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionSelection;
import org.mizani.institution.InstitutionType;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.Actor;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.FileStore;
import org.mizani.platform.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: a closed 2020/21 readiness campaign (every institution accepted, June 2021, before the training
 * programme), a completed 2021/22 baseline campaign (every demo institution assessed, reviewed, scored,
 * with remediation actions in every state) and an open 2022/23 campaign in which institutions are at
 * every stage. Results are drawn from a fixed seed, so every start of the demo looks the same.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAssessments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
	static final String BASELINE_CAMPAIGN = "Baseline assessment 2021/22";
	static final String OPEN_CAMPAIGN = "Compliance assessment 2022/23";
	static final String READINESS_CAMPAIGN = "Readiness assessment 2020/21";
	private static final UUID DEMO = SystemCaller.SYSTEM;

	private final Campaigns campaigns;
	private final Assessments assessments;
	private final CatalogManagement catalogs;
	private final InstitutionManagement institutions;
	private final UserDirectory directory;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Today today;

	DemoAssessments(Campaigns campaigns, Assessments assessments, CatalogManagement catalogs,
			InstitutionManagement institutions, UserDirectory directory, FileStore files, JdbcClient jdbc,
			TransactionTemplate transaction, ApplicationEventPublisher events, Today today) {
		this.campaigns = campaigns;
		this.assessments = assessments;
		this.catalogs = catalogs;
		this.institutions = institutions;
		this.directory = directory;
		this.files = files;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!campaigns.all().isEmpty()) {
			return;
		}
		SystemCaller.runAs("COMPLIANCE_OFFICER", () -> {
			CatalogVersionView version = baselineVersion();
			if (version == null) {
				return;
			}
			FrozenCatalog frozen = FrozenCatalog.of(catalogs.tree(version.id()));
			List<InstitutionView> all = institutions.select(InstitutionSelection.everyone()).stream()
				.filter(i -> !i.acronym().equals("eGA")).toList();
			transaction.executeWithoutResult(s -> load(version, frozen, all));
			log.info("Demo assessments loaded: three campaigns over {} institutions", all.size());
		});
	}

	private void load(CatalogVersionView version, FrozenCatalog frozen, List<InstitutionView> all) {
		Random random = new Random(2021);
		Map<UUID, Double> capability = new LinkedHashMap<>();
		all.forEach(i -> capability.put(i.id().value(), 0.35 + random.nextDouble() * 0.5));

		LocalDate today = this.today.date();
		// Before the 2021/22 training programme: a readiness assessment, every institution somewhat less capable
		// than at the baseline a year later (by its own margin), so the training impact has scores before and after.
		Random earlier = new Random(2020);
		UUID readiness = campaign(version, frozen, all, READINESS_CAMPAIGN, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 31),
				"Tathmini ya utayari kabla ya programu ya mafunzo ya 2021/22.",
				"A readiness assessment before the 2021/22 training programme.");
		Map<UUID, UUID> before = assessmentsOf(readiness);
		for (InstitutionView institution : all) {
			double growth = 0.02 + earlier.nextDouble() * 0.16;
			answer(before.get(institution.id().value()), institution,
					Math.max(0.1, capability.get(institution.id().value()) - growth), 1.0, earlier);
			accept(before.get(institution.id().value()), Instant.parse("2021-05-25T09:00:00Z"),
					Instant.parse("2021-06-18T12:00:00Z"), earlier);
		}
		jdbc.sql("update assessment_campaign set status = 'CLOSED' where id = :id").param("id", readiness).update();

		UUID baseline = campaign(version, frozen, all, BASELINE_CAMPAIGN, LocalDate.of(2021, 10, 1),
				LocalDate.of(2022, 3, 31), "Tathmini ya msingi ya kwanza ya uzingatiaji wa viwango vya Serikali Mtandao.",
				"The first baseline assessment of compliance with the e-Government standards.");
		Map<UUID, UUID> first = assessmentsOf(baseline);
		for (InstitutionView institution : all) {
			UUID assessment = first.get(institution.id().value());
			answer(assessment, institution, capability.get(institution.id().value()), 1.0, random);
			accept(assessment, Instant.parse("2022-03-20T09:00:00Z"), Instant.parse("2022-05-10T12:00:00Z"), random);
			plan(assessment, institution.id().value(), random, LocalDate.of(2022, 9, 30), today);
		}
		jdbc.sql("update assessment_campaign set status = 'CLOSED' where id = :id").param("id", baseline).update();

		UUID open = campaign(version, frozen, all, OPEN_CAMPAIGN, today.minusDays(21), today.plusDays(40),
				"Jazeni tathmini kwa ushahidi. Mkuu wa taasisi anawasilisha kabla ya tarehe ya mwisho.",
				"Complete the assessment with evidence. The head of the institution submits it before the deadline.");
		Map<UUID, UUID> second = assessmentsOf(open);
		int n = 0;
		for (InstitutionView institution : all) {
			UUID assessment = second.get(institution.id().value());
			double better = Math.min(0.97, capability.get(institution.id().value()) + random.nextDouble() * 0.15);
			String acronym = institution.acronym();
			if (acronym.equals("DODOMA-CC")) {
				answer(assessment, institution, better, 0.4, random);
				started(assessment);
			}
			else if (acronym.equals("MOF")) {
				answer(assessment, institution, better, 1.0, random);
				submit(assessment, Instant.now().minusSeconds(3 * 86_400));
			}
			else if (n < 6) {
				answer(assessment, institution, better, 1.0, random);
				accept(assessment, Instant.now().minusSeconds(10 * 86_400), Instant.now().minusSeconds(2 * 86_400), random);
				n++;
			}
			else if (n < 9) {
				answer(assessment, institution, better, 1.0, random);
				submit(assessment, Instant.now().minusSeconds(5 * 86_400));
				jdbc.sql("""
						update assessment_response set review_state = 'ACCEPTED', reviewed_by = :by, reviewed_at = now()
						where assessment_id = :a and position < 20
						""").param("a", assessment).param("by", DEMO).update();
				jdbc.sql("update assessment set status = 'UNDER_REVIEW' where id = :a").param("a", assessment).update();
				n++;
			}
			else if (n < 11) {
				answer(assessment, institution, better, 1.0, random);
				submit(assessment, Instant.now().minusSeconds(6 * 86_400));
				jdbc.sql("""
						update assessment_response set review_state = 'MORE_EVIDENCE', reviewed_by = :by, reviewed_at = now(),
						  review_comment = 'Attach the approved policy document, not a draft. / Ambatisha hati ya sera iliyoidhinishwa, si rasimu.'
						where assessment_id = :a and position in (0, 3)
						""").param("a", assessment).param("by", DEMO).update();
				jdbc.sql("""
						update assessment set status = 'RETURNED', returned_at = now(), reviewed_by = :by,
						  review_comment = 'Two responses need stronger evidence. / Majibu mawili yanahitaji ushahidi madhubuti zaidi.'
						where id = :a
						""").param("a", assessment).param("by", DEMO).update();
				n++;
			}
			else if (n < 19) {
				answer(assessment, institution, better, 0.2 + random.nextDouble() * 0.6, random);
				started(assessment);
				n++;
			}
		}
		jdbc.sql("update assessment_campaign set status = 'OPEN' where id = :id").param("id", open).update();
		events.publishEvent(new AssessmentActivity("assessment.campaign.created", "campaign", readiness.toString(), null,
				READINESS_CAMPAIGN + " (demo data)", Actor.anonymous("demo-data")));
		events.publishEvent(new AssessmentActivity("assessment.campaign.created", "campaign", baseline.toString(), null,
				BASELINE_CAMPAIGN + " (demo data)", Actor.anonymous("demo-data")));
		events.publishEvent(new AssessmentActivity("assessment.campaign.created", "campaign", open.toString(), null,
				OPEN_CAMPAIGN + " (demo data)", Actor.anonymous("demo-data")));
	}

	private UUID campaign(CatalogVersionView version, FrozenCatalog frozen, List<InstitutionView> all, String name,
			LocalDate opens, LocalDate deadline, String instructionsSw, String instructionsEn) {
		UUID id = UUID.randomUUID();
		CampaignForm form = new CampaignForm(name, version.id().value(), Set.of(), List.of(), List.of(), null, List.of(),
				opens, deadline, instructionsSw, instructionsEn, LateRule.ALLOWED_FLAGGED);
		campaigns.insert(id, form, new Campaigns.Scope(EnumSet.noneOf(InstitutionType.class), List.of(), List.of(), null,
				List.of()), version, DEMO);
		campaigns.freeze(id, frozen.areas(), frozen.requirements());
		Map<UUID, InstitutionType> targets = new LinkedHashMap<>();
		all.forEach(i -> targets.put(i.id().value(), i.type()));
		campaigns.createAssessments(id, deadline, targets);
		jdbc.sql("""
				update assessment_campaign set status = 'OPEN', launch_total = :n, launch_done = :n,
				  launched_at = cast(:at as timestamptz), launched_by = :by
				where id = :id
				""").param("id", id).param("n", all.size()).param("at", opens.atStartOfDay().toString() + "Z")
			.param("by", DEMO).update();
		return id;
	}

	private Map<UUID, UUID> assessmentsOf(UUID campaign) {
		Map<UUID, UUID> byInstitution = new LinkedHashMap<>();
		jdbc.sql("select id, institution_id from assessment where campaign_id = :c").param("c", campaign)
			.query((rs, i) -> byInstitution.put(rs.getObject("institution_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		return byInstitution;
	}

	/** Answers a share of the responses, better institutions more often compliant, with notes and evidence. */
	private void answer(UUID assessment, InstitutionView institution, double capability, double share, Random random) {
		List<Contact> people = directory.members(institution.id().value(), EnumSet.of(Role.ICT_OFFICER, Role.INSTITUTION_HEAD));
		UUID by = people.isEmpty() ? DEMO : people.get(0).id().value();
		String site = institution.website() == null ? "https://www.example.go.tz" : institution.website();
		List<UUID> responses = jdbc.sql("select id from assessment_response where assessment_id = :a order by position")
			.param("a", assessment).query(UUID.class).list();
		int answered = (int) Math.round(responses.size() * share);
		UUID policyFile = null;
		// the same draws in every campaign: an institution that grows more capable mostly improves, as real ones do
		Random draws = new Random(institution.acronym().hashCode());
		for (int i = 0; i < answered; i++) {
			UUID response = responses.get(i);
			double draw = draws.nextDouble();
			Result result = draw < 0.03 ? Result.NOT_APPLICABLE
					: draw < capability ? Result.COMPLIANT
							: draw < capability + (1 - capability) * 0.5 ? Result.PARTIALLY_COMPLIANT : Result.NON_COMPLIANT;
			Integer maturity = result == Result.NOT_APPLICABLE || random.nextDouble() < 0.3 ? null
					: Math.max(0, Math.min(5, (int) Math.round(1 + capability * 4 + random.nextGaussian() * 0.7
							- (result == Result.COMPLIANT ? 0 : 1.2))));
			String notes = switch (result) {
				case COMPLIANT -> "In place and reviewed annually. / Imetekelezwa na hupitiwa kila mwaka.";
				case PARTIALLY_COMPLIANT -> "Partly in place; approval pending. / Imetekelezwa kwa sehemu; idhini inasubiriwa.";
				case NON_COMPLIANT -> "Not yet started; planned next fiscal year. / Bado haijaanza; imepangwa mwaka ujao wa fedha.";
				case NOT_APPLICABLE -> null;
			};
			jdbc.sql("""
					update assessment_response set result = :result, maturity = :maturity, notes = :notes,
					  justification = :justification, answered_by = :by, answered_at = now(), version = version + 1
					where id = :id
					""").param("id", response).param("result", result.name()).param("maturity", maturity)
				.param("notes", notes)
				.param("justification", result == Result.NOT_APPLICABLE
						? "The institution runs no such service. / Taasisi haitoi huduma ya aina hiyo." : null)
				.param("by", by).update();
			if (result == Result.COMPLIANT && random.nextDouble() < 0.3) {
				assessments.attach(response, null, site + "/documents/ict-policy-" + (i + 1) + ".pdf",
						"ICT policy document " + (i + 1), by);
			}
			if (result != Result.NOT_APPLICABLE && i == 0) {
				policyFile = policyFile != null ? policyFile : evidenceFile(institution, by);
				assessments.attach(response, policyFile, null, "ict-strategy-summary.txt", by);
			}
		}
	}

	private UUID evidenceFile(InstitutionView institution, UUID by) {
		byte[] content = ("ICT strategy summary of " + institution.nameEn() + "\nMuhtasari wa mkakati wa TEHAMA wa "
				+ institution.nameSw() + "\n").getBytes(StandardCharsets.UTF_8);
		try {
			FileStore.StoredFile stored = files.store(new ByteArrayInputStream(content), content.length);
			return assessments.fileByHash(institution.id().value(), stored.sha256())
				.orElseGet(() -> assessments.insertFile(institution.id().value(), stored.sha256(), "ict-strategy-summary.txt",
						"text/plain", stored.size(), by))
				.id().value();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void started(UUID assessment) {
		jdbc.sql("update assessment set status = 'IN_PROGRESS' where id = :a").param("a", assessment).update();
	}

	private void submit(UUID assessment, Instant at) {
		jdbc.sql("update assessment set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by where id = :a")
			.param("a", assessment).param("at", Timestamp.from(at)).param("by", DEMO).update();
	}

	private void accept(UUID assessment, Instant submitted, Instant accepted, Random random) {
		submit(assessment, submitted);
		List<UUID> overridden = jdbc.sql("""
				select id from assessment_response where assessment_id = :a and result = 'COMPLIANT' order by position
				""").param("a", assessment).query(UUID.class).list().stream().filter(r -> random.nextDouble() < 0.04).toList();
		for (UUID r : overridden) {
			jdbc.sql("""
					update assessment_response set review_state = 'OVERRIDDEN', override_result = 'PARTIALLY_COMPLIANT',
					  override_reason = 'The evidence shows a draft, not an approved document. / Ushahidi unaonyesha rasimu, si hati iliyoidhinishwa.',
					  review_comment = 'The evidence shows a draft, not an approved document. / Ushahidi unaonyesha rasimu, si hati iliyoidhinishwa.',
					  reviewed_by = :by, reviewed_at = :at
					where id = :id
					""").param("id", r).param("by", DEMO).param("at", Timestamp.from(accepted)).update();
		}
		assessments.accept(assessment, "Accepted after review. / Imekubaliwa baada ya uhakiki.", DEMO,
				ScoringPolicy.score(assessments.answers(assessment)));
		jdbc.sql("update assessment set accepted_at = :at where id = :a").param("a", assessment)
			.param("at", Timestamp.from(accepted)).update();
	}

	/** Actions for most gaps, in every state, some overdue. */
	private void plan(UUID assessment, UUID institution, Random random, LocalDate firstDue, LocalDate today) {
		List<UUID[]> gaps = new ArrayList<>();
		jdbc.sql("""
				select r.id, r.area_code from assessment_response r where r.assessment_id = :a
				  and coalesce(r.override_result, r.result) in ('NON_COMPLIANT', 'PARTIALLY_COMPLIANT') order by r.position
				""").param("a", assessment)
			.query((rs, i) -> gaps.add(new UUID[] { rs.getObject("id", UUID.class) })).list();
		List<Contact> people = directory.members(institution, EnumSet.of(Role.ICT_OFFICER));
		UUID owner = people.isEmpty() ? null : people.get(0).id().value();
		for (UUID[] gap : gaps) {
			if (random.nextDouble() > 0.6) {
				continue;
			}
			String title = jdbc.sql("""
					select q.display_code || ' ' || q.title_en from assessment_response r join assessment a on a.id = r.assessment_id
					join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id where r.id = :r
					""").param("r", gap[0]).query(String.class).single();
			double draw = random.nextDouble();
			String status = draw < 0.4 ? "VERIFIED" : draw < 0.55 ? "DONE" : draw < 0.75 ? "IN_PROGRESS" : "OPEN";
			LocalDate due = status.equals("OPEN") || status.equals("IN_PROGRESS")
					? (random.nextBoolean() ? today.minusDays(10 + random.nextInt(60)) : today.plusDays(5 + random.nextInt(120)))
					: firstDue.plusDays(random.nextInt(365));
			jdbc.sql("""
					insert into remediation_action (id, institution_id, assessment_id, response_id, title, description, owner_id,
					  due_date, priority, status, closure_note, verified_by, verified_at, created_by, created_at)
					values (:id, :i, :a, :r, :title, :description, :owner, :due, :priority, :status, :note, :verifier, :verified,
					  :by, :created)
					""").param("id", UUID.randomUUID()).param("i", institution).param("a", assessment).param("r", gap[0])
				.param("title", title.length() > 300 ? title.substring(0, 300) : title)
				.param("description", "Close the gap found in the 2021/22 baseline. / Ziba pengo lililobainika katika tathmini ya msingi ya 2021/22.")
				.param("owner", owner).param("due", due)
				.param("priority", List.of("HIGH", "MEDIUM", "LOW").get(random.nextInt(3))).param("status", status)
				.param("note", status.equals("DONE") || status.equals("VERIFIED")
						? "Approved by management; evidence uploaded. / Imeidhinishwa na menejimenti; ushahidi umepakiwa." : null)
				.param("verifier", status.equals("VERIFIED") ? DEMO : null)
				.param("verified", status.equals("VERIFIED") ? Timestamp.from(due.atStartOfDay().toInstant(ZoneOffset.UTC)) : null)
				.param("by", DEMO).param("created", Timestamp.from(Instant.parse("2022-05-15T08:00:00Z"))).update();
		}
	}

	private CatalogVersionView baselineVersion() {
		for (CatalogDocumentView d : catalogs.documents()) {
			if (d.code().equals("MIZANI-EGOV-BASELINE") && d.currentVersion() != null) {
				return catalogs.version(d.currentVersion());
			}
		}
		return null;
	}
}
