package org.mizani.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mizani.IntegrationTestSupport;
import org.mizani.Mailbox;
import org.mizani.ProductionLikeTest;
import org.mizani.platform.Today;
import org.springframework.aop.support.AopUtils;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

/** The monthly briefing by real SMTP, once per month, and its schedule held back while another node holds the lock. */
@ProductionLikeTest
class BriefingMailIT extends IntegrationTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String EXECUTIVE = "executive@ega.go.tz";

	private static List<BodyPart> pdfs(MimeMessage message) throws Exception {
		List<BodyPart> pdfs = new ArrayList<>();
		if (message.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
					pdfs.add(parts.getBodyPart(i));
				}
			}
		}
		return pdfs;
	}

	private static String text(BodyPart pdf) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.getDataHandler().writeTo(out);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theMonthlyBriefingGoesToEveryExecutiveOnceInBothLanguages() throws Exception {
		Briefings briefings = context.getBean(Briefings.class);
		YearMonth month = YearMonth.of(2031, 3);
		long executives = jdbc.sql("select count(*) from app_user where active and institution_id is null and 'EXECUTIVE' = any(roles)")
			.query(Long.class).single();

		assertThat(briefings.sendMonthly(month)).isEqualTo(executives).isPositive();
		List<MimeMessage> mails = Mailbox.awaited(smtp, EXECUTIVE, "2031-03");
		assertThat(mails).hasSize(1);
		List<BodyPart> pdfs = pdfs(mails.get(0));
		assertThat(pdfs).extracting(BodyPart::getFileName)
			.containsExactlyInAnyOrder("mizani-briefing-2031-03-sw.pdf", "mizani-briefing-2031-03-en.pdf");
		for (BodyPart pdf : pdfs) {
			assertThat(text(pdf)).contains(pdf.getFileName().endsWith("-sw.pdf") ? "Taarifa fupi ya mwezi kwa viongozi, 2031-03"
					: "Monthly briefing for leadership, 2031-03");
		}
		assertThat(auditEntriesOf("reporting.briefing-sent", "2031-03")).isEqualTo(1);

		// asked again (another node, a retry): nothing more goes out
		assertThat(briefings.sendMonthly(month)).isZero();
		Thread.sleep(1500);
		assertThat(Mailbox.received(smtp, EXECUTIVE, "2031-03")).hasSize(1);
	}

	private long auditEntriesOf(String action, String entity) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and entity_id = :e").param("a", action)
			.param("e", entity).query(Long.class).single();
	}

	@Test
	void theScheduledBriefingWaitsWhileAnotherNodeHoldsItsLock() throws Exception {
		YearMonth last = YearMonth.from(context.getBean(Today.class).date()).minusMonths(1);
		jdbc.sql("delete from reporting_briefing where month = :m").param("m", last.atDay(1)).update();
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('reporting.monthly-briefing', timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'node-2')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""").update();
		Object briefings = context.getBean(Briefings.class);
		Method monthly = AopUtils.getTargetClass(briefings).getMethod("monthly");
		TaskScheduler scheduler = context.getBean(TaskScheduler.class);

		scheduler.schedule(new ScheduledMethodRunnable(briefings, monthly), Instant.now());
		Thread.sleep(2000);
		assertThat(sent(last)).as("skipped while node-2 holds the lock").isZero();

		jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'reporting.monthly-briefing'").update();
		scheduler.schedule(new ScheduledMethodRunnable(briefings, monthly), Instant.now());
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(last) == 1);
		assertThat(jdbc.sql("select locked_by from shedlock where name = 'reporting.monthly-briefing'").query(String.class).single())
			.isNotEqualTo("node-2");
	}

	private long sent(YearMonth month) {
		return jdbc.sql("select count(*) from reporting_briefing where month = :m").param("m", month.atDay(1)).query(Long.class).single();
	}
}
