package org.mizani.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.authenticationOf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentManagement;
import org.mizani.reporting.DashboardFilter;
import org.mizani.reporting.DashboardView;
import org.mizani.reporting.ExecutiveDashboard;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference data set at 2 % (20 institutions), generated inside a transaction that the test rolls
 * back, so the shared demo data stays as it was: the counts per institution, the same values from the
 * same seed, scores as the application computes them, and a dashboard over it.
 */
@MizaniIntegrationTest
class ReferenceDataIT extends IntegrationTestSupport {

	private int generate(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = context.getBean(ReferenceDataCommand.class).run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8));
		System.out.print(out.toString(StandardCharsets.UTF_8));
		return status;
	}

	/** Each response's result in the order of cycle, institution number and requirement: what the seed decides. */
	private String results(String prefix) {
		return jdbc.sql("""
				select string_agg(coalesce(r.result, '-'), ',' order by c.opens_on, i.acronym, r.position)
				from assessment_response r join assessment a on a.id = r.assessment_id join institution i on i.id = a.institution_id
				join assessment_campaign c on c.id = a.campaign_id where i.acronym like :p""").param("p", prefix + "-%")
			.query(String.class).single();
	}

	private long count(String sql, String prefix) {
		return jdbc.sql(sql).param("p", prefix + "-%").query(Long.class).single();
	}

	@Test
	void theSetHasItsShapeTheSameSeedGivesTheSameDataAndTheScoresAreTheApplicationsOwn() {
		new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult(tx -> {
				try {
					assertThat(generate("--seed=7", "--scale=0.02", "--prefix=RA")).isZero();
					assertThat(count("select count(*) from institution where acronym like :p", "RA")).isEqualTo(20);
					assertThat(count("select count(*) from app_user u join institution i on i.id = u.institution_id where i.acronym like :p", "RA"))
						.isEqualTo(20 * ReferenceData.USERS_PER_INSTITUTION);
					assertThat(count("select count(*) from catalog_item t join catalog_version v on v.id = t.version_id join catalog_document d on d.id = v.document_id where d.code like :p and t.kind = 'REQUIREMENT'", "RA"))
						.isEqualTo(2 * ReferenceData.AREAS * ReferenceData.REQUIREMENTS_PER_AREA);
					assertThat(count("select count(*) from assessment_response r join assessment a on a.id = r.assessment_id join institution i on i.id = a.institution_id where i.acronym like :p", "RA"))
						.isEqualTo(20L * ReferenceData.CYCLES * ReferenceData.AREAS * ReferenceData.REQUIREMENTS_PER_AREA);
					assertThat(count("select count(*) from ict_system s join institution i on i.id = s.institution_id where i.acronym like :p", "RA"))
						.isEqualTo(20 * ReferenceData.SYSTEMS_PER_INSTITUTION);
					assertThat(count("select count(*) from incident x join institution i on i.id = x.institution_id where i.acronym like :p", "RA"))
						.isEqualTo(20 * ReferenceData.INCIDENTS_PER_INSTITUTION);
					assertThat(count("select count(*) from training_participant p join institution i on i.id = p.institution_id where i.acronym like :p", "RA"))
						.isEqualTo(20 * ReferenceData.OFFICERS_PER_INSTITUTION);

					assertThat(generate("--seed=7", "--scale=0.02", "--prefix=RA")).as("the prefix is taken").isEqualTo(2);
					assertThat(generate("--seed=7", "--scale=0.02", "--prefix=RB")).isZero();
					assertThat(generate("--seed=8", "--scale=0.02", "--prefix=RC")).isZero();
					assertThat(results("RB")).as("same seed, same answers").isEqualTo(results("RA"));
					assertThat(results("RC")).as("another seed, other answers").isNotEqualTo(results("RA"));
					assertThat(generate("--scale=0", "--prefix=RD")).isEqualTo(2);
					assertThat(generate("--seed=x")).isEqualTo(2);

					SecurityContextHolder.getContext().setAuthentication(authenticationOf(context, "compliance@ega.go.tz"));
					AssessmentManagement assessments = context.getBean(AssessmentManagement.class);
					for (UUID id : jdbc.sql("""
							select a.id from assessment a join institution i on i.id = a.institution_id
							where i.acronym like 'RA-%' and a.status = 'ACCEPTED' order by a.id limit 5""").query(UUID.class).list()) {
						BigDecimal stored = jdbc.sql("select score from assessment where id = :id").param("id", id).query(BigDecimal.class).single();
						assertThat(stored).isEqualByComparingTo(assessments.score(new AssessmentId(id)).overall());
					}
					DashboardView board = context.getBean(ExecutiveDashboard.class)
						.dashboard(new DashboardFilter(null, null, null, "RA-EGOV-STANDARDS", null, false));
					assertThat(board.compliance().document()).isEqualTo("RA-EGOV-STANDARDS");
					assertThat(board.compliance().heatmap()).hasSize(20);
					assertThat(board.compliance().trend()).hasSize(ReferenceData.CYCLES);
					assertThat(board.compliance().areas()).hasSize(ReferenceData.AREAS);
				}
				finally {
					SecurityContextHolder.clearContext();
					tx.setRollbackOnly();
				}
			});
		assertThat(count("select count(*) from institution where acronym like :p", "RA")).as("rolled back").isZero();
	}
}
